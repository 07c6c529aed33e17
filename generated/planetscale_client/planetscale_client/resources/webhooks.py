# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.webhooks``: Manage webhook configurations for database event notifications."""

from __future__ import annotations

import builtins
from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.webhooks import create_webhook as _create_webhook
from ..api.webhooks import list_webhooks as _list_webhooks
from ..models.create_webhook_body import CreateWebhookBody
from ..models.webhook import Webhook
from ..models.webhook_list import WebhookList
from ..types import UNSET, RequestOptions, Unset


class Webhooks(SyncAPIResource):
    """``client.webhooks``: Manage webhook configurations for database event notifications.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(self, organization: str, database: str, *, options: RequestOptions | None = None) -> WebhookList:
        """List webhooks

        ``GET /organizations/{organization}/databases/{database}/webhooks`` (functional layer: ``api.webhooks.list_webhooks.sync``).

        Returns a list of webhook configurations for the specified database. Each database can have
        up to 5 webhooks.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``WebhookList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        return self._call(_list_webhooks.OPERATION, {"organization": organization, "database": database}, options)

    def create(
        self,
        organization: str,
        database: str,
        *,
        url: str,
        events: builtins.list[str],
        secret: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Webhook:
        """Create a webhook

        ``POST /organizations/{organization}/databases/{database}/webhooks`` (functional layer: ``api.webhooks.create_webhook.sync``).

        Creates a new webhook configuration for the specified database to receive event
        notifications via HTTP POST callbacks.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            url: The HTTPS URL to receive webhook POST callbacks.
            events: The list of event types to subscribe to.
            secret: The shared secret used to sign webhook payloads for verification.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Webhook``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            UnprocessableEntityError: 422 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        body = CreateWebhookBody(url=url, events=events, secret=secret)
        return self._call(
            _create_webhook.OPERATION, {"organization": organization, "database": database, "body": body}, options
        )

    @cached_property
    def with_raw_response(self) -> WebhooksRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return WebhooksRaw(self)


class AsyncWebhooks(AsyncAPIResource):
    """``async_client.webhooks``: Manage webhook configurations for database event notifications.

    The same methods as ``Webhooks``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(self, organization: str, database: str, *, options: RequestOptions | None = None) -> WebhookList:
        """List webhooks

        ``GET /organizations/{organization}/databases/{database}/webhooks`` (functional layer: ``api.webhooks.list_webhooks.asyncio``).

        Returns a list of webhook configurations for the specified database. Each database can have
        up to 5 webhooks.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``WebhookList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        return await self._call(_list_webhooks.OPERATION, {"organization": organization, "database": database}, options)

    async def create(
        self,
        organization: str,
        database: str,
        *,
        url: str,
        events: builtins.list[str],
        secret: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Webhook:
        """Create a webhook

        ``POST /organizations/{organization}/databases/{database}/webhooks`` (functional layer: ``api.webhooks.create_webhook.asyncio``).

        Creates a new webhook configuration for the specified database to receive event
        notifications via HTTP POST callbacks.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            url: The HTTPS URL to receive webhook POST callbacks.
            events: The list of event types to subscribe to.
            secret: The shared secret used to sign webhook payloads for verification.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Webhook``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            UnprocessableEntityError: 422 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        body = CreateWebhookBody(url=url, events=events, secret=secret)
        return await self._call(
            _create_webhook.OPERATION, {"organization": organization, "database": database, "body": body}, options
        )

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncWebhooksRaw(self)


class WebhooksRaw:
    """``client.webhooks.with_raw_response``."""

    def __init__(self, resource: Webhooks) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncWebhooksRaw:
    """``async_client.webhooks.with_raw_response``."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)

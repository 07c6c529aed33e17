# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.webhooks``: Manage webhook configurations for database event notifications."""

from __future__ import annotations

import builtins
from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.webhooks import create_webhook, list_webhooks
from ..models.create_webhook_body import CreateWebhookBody
from ..models.list_webhooks_response_200 import ListWebhooksResponse200
from ..models.webhook import Webhook
from ..types import UNSET, RequestOptions, Unset


class Webhooks(SyncAPIResource):
    """``client.webhooks``: Manage webhook configurations for database event notifications."""

    def list(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> ListWebhooksResponse200:
        """List webhooks

        Returns a list of webhook configurations for the specified database. Each database can have
        up to 5 webhooks.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListWebhooksResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(list_webhooks.OPERATION, {"organization": organization, "database": database}, options)

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
            Webhook

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        body = CreateWebhookBody(url=url, events=events, secret=secret)
        return self._call(
            create_webhook.OPERATION, {"organization": organization, "database": database, "body": body}, options
        )

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return WebhooksWithRawResponse(self)


class AsyncWebhooks(AsyncAPIResource):
    """``async_client.webhooks``: Manage webhook configurations for database event notifications."""

    async def list(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> ListWebhooksResponse200:
        """List webhooks

        Returns a list of webhook configurations for the specified database. Each database can have
        up to 5 webhooks.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListWebhooksResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(list_webhooks.OPERATION, {"organization": organization, "database": database}, options)

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
            Webhook

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        body = CreateWebhookBody(url=url, events=events, secret=secret)
        return await self._call(
            create_webhook.OPERATION, {"organization": organization, "database": database, "body": body}, options
        )

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncWebhooksWithRawResponse(self)


class WebhooksWithRawResponse:
    """``client.webhooks.with_raw_response``."""

    def __init__(self, resource: Webhooks) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncWebhooksWithRawResponse:
    """``async_client.webhooks.with_raw_response``."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)

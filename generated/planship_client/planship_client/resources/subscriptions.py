# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.subscriptions``"""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.subscriptions import force_renew_subscription as _force_renew_subscription
from ..models.subscription_with_plan import SubscriptionWithPlan
from ..types import RequestOptions


class Subscriptions(SyncAPIResource):
    """``client.subscriptions``

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def force_renew(self, subscription_id: str, *, options: RequestOptions | None = None) -> SubscriptionWithPlan:
        """Force Renew Subscription

        ``POST /api/v1/subscriptions/{subscription_id}/renewals`` (functional layer: ``api.subscriptions.force_renew_subscription.sync``).

        Args:
            subscription_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SubscriptionWithPlan``, read from the response body.

        Raises:
            UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
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

        return self._call(_force_renew_subscription.OPERATION, {"subscription_id": subscription_id}, options)

    @cached_property
    def with_raw_response(self) -> SubscriptionsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return SubscriptionsRaw(self)


class AsyncSubscriptions(AsyncAPIResource):
    """``async_client.subscriptions``

    The same methods as ``Subscriptions``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def force_renew(self, subscription_id: str, *, options: RequestOptions | None = None) -> SubscriptionWithPlan:
        """Force Renew Subscription

        ``POST /api/v1/subscriptions/{subscription_id}/renewals`` (functional layer: ``api.subscriptions.force_renew_subscription.asyncio``).

        Args:
            subscription_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SubscriptionWithPlan``, read from the response body.

        Raises:
            UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
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

        return await self._call(_force_renew_subscription.OPERATION, {"subscription_id": subscription_id}, options)

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncSubscriptionsRaw(self)


class SubscriptionsRaw:
    """``client.subscriptions.with_raw_response``."""

    def __init__(self, resource: Subscriptions) -> None:
        self.force_renew = to_raw_response(resource.force_renew)


class AsyncSubscriptionsRaw:
    """``async_client.subscriptions.with_raw_response``."""

    def __init__(self, resource: AsyncSubscriptions) -> None:
        self.force_renew = to_async_raw_response(resource.force_renew)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.customer_subscriptions``"""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from uuid import UUID

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.customer_subscriptions import create_plan_subscription_for_customer as _create_plan_subscription_for_customer
from ..api.customer_subscriptions import get_customer_plan_subscription as _get_customer_plan_subscription
from ..api.customer_subscriptions import list_customer_plan_subscriptions as _list_customer_plan_subscriptions
from ..api.customer_subscriptions import modify_customer_plan_subscription as _modify_customer_plan_subscription
from ..models.customer_subscription_with_plan import CustomerSubscriptionWithPlan
from ..models.subscription_create import SubscriptionCreate
from ..models.subscription_update_with_slugs import SubscriptionUpdateWithSlugs
from ..models.subscription_with_plan import SubscriptionWithPlan
from ..types import UNSET, RequestOptions, Unset


class CustomerSubscriptions(SyncAPIResource):
    """``client.customer_subscriptions``

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(
        self, customer_id: str, *, options: RequestOptions | None = None
    ) -> builtins.list[CustomerSubscriptionWithPlan]:
        """List Customer Plan Subscriptions

        ``GET /api/v1/customers/{customer_id}/subscriptions`` (functional layer: ``api.customer_subscriptions.list_customer_plan_subscriptions.sync``).

        Args:
            customer_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[CustomerSubscriptionWithPlan]``, read from the response body.

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

        return self._call(_list_customer_plan_subscriptions.OPERATION, {"customer_id": customer_id}, options)

    def create(
        self,
        customer_id: str,
        *,
        auto_renew: bool,
        is_active: bool,
        plan_id: UUID,
        renew_plan_id: UUID,
        renew_at: datetime.datetime,
        last_renewed_at: datetime.datetime,
        start_at: datetime.datetime,
        max_subscribers: int | Unset = 1,
        options: RequestOptions | None = None,
    ) -> SubscriptionWithPlan:
        """Create Plan Subscription For Customer

        ``POST /api/v1/customers/{customer_id}/subscriptions`` (functional layer: ``api.customer_subscriptions.create_plan_subscription_for_customer.sync``).

        Args:
            customer_id:
            auto_renew:
            is_active:
            plan_id:
            renew_plan_id:
            renew_at:
            last_renewed_at:
            start_at:
            max_subscribers:
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

        body = SubscriptionCreate(
            auto_renew=auto_renew,
            is_active=is_active,
            plan_id=plan_id,
            renew_plan_id=renew_plan_id,
            renew_at=renew_at,
            last_renewed_at=last_renewed_at,
            start_at=start_at,
            max_subscribers=max_subscribers,
        )
        return self._call(
            _create_plan_subscription_for_customer.OPERATION, {"customer_id": customer_id, "body": body}, options
        )

    def get(
        self, customer_id: str, subscription_id: str, *, options: RequestOptions | None = None
    ) -> CustomerSubscriptionWithPlan:
        """Get Customer Plan Subscription

        ``GET /api/v1/customers/{customer_id}/subscriptions/{subscription_id}`` (functional layer: ``api.customer_subscriptions.get_customer_plan_subscription.sync``).

        Args:
            customer_id:
            subscription_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``CustomerSubscriptionWithPlan``, read from the response body.

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

        return self._call(
            _get_customer_plan_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id},
            options,
        )

    def modify(
        self,
        customer_id: str,
        subscription_id: str,
        *,
        plan_id: UUID | Unset = UNSET,
        renew_plan_id: UUID | Unset = UNSET,
        plan_slug: str | Unset = UNSET,
        renew_plan_slug: str | Unset = UNSET,
        max_subscribers: int | Unset = 1,
        is_active: bool | Unset = True,
        options: RequestOptions | None = None,
    ) -> CustomerSubscriptionWithPlan:
        """Modify Customer Plan Subscription

        ``PATCH /api/v1/customers/{customer_id}/subscriptions/{subscription_id}`` (functional layer: ``api.customer_subscriptions.modify_customer_plan_subscription.sync``).

        Args:
            customer_id:
            subscription_id:
            plan_id:
            renew_plan_id:
            plan_slug:
            renew_plan_slug:
            max_subscribers:
            is_active:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``CustomerSubscriptionWithPlan``, read from the response body.

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

        body = SubscriptionUpdateWithSlugs(
            plan_id=plan_id,
            renew_plan_id=renew_plan_id,
            plan_slug=plan_slug,
            renew_plan_slug=renew_plan_slug,
            max_subscribers=max_subscribers,
            is_active=is_active,
        )
        return self._call(
            _modify_customer_plan_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id, "body": body},
            options,
        )

    @cached_property
    def with_raw_response(self) -> CustomerSubscriptionsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return CustomerSubscriptionsRaw(self)


class AsyncCustomerSubscriptions(AsyncAPIResource):
    """``async_client.customer_subscriptions``

    The same methods as ``CustomerSubscriptions``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(
        self, customer_id: str, *, options: RequestOptions | None = None
    ) -> builtins.list[CustomerSubscriptionWithPlan]:
        """List Customer Plan Subscriptions

        ``GET /api/v1/customers/{customer_id}/subscriptions`` (functional layer: ``api.customer_subscriptions.list_customer_plan_subscriptions.asyncio``).

        Args:
            customer_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[CustomerSubscriptionWithPlan]``, read from the response body.

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

        return await self._call(_list_customer_plan_subscriptions.OPERATION, {"customer_id": customer_id}, options)

    async def create(
        self,
        customer_id: str,
        *,
        auto_renew: bool,
        is_active: bool,
        plan_id: UUID,
        renew_plan_id: UUID,
        renew_at: datetime.datetime,
        last_renewed_at: datetime.datetime,
        start_at: datetime.datetime,
        max_subscribers: int | Unset = 1,
        options: RequestOptions | None = None,
    ) -> SubscriptionWithPlan:
        """Create Plan Subscription For Customer

        ``POST /api/v1/customers/{customer_id}/subscriptions`` (functional layer: ``api.customer_subscriptions.create_plan_subscription_for_customer.asyncio``).

        Args:
            customer_id:
            auto_renew:
            is_active:
            plan_id:
            renew_plan_id:
            renew_at:
            last_renewed_at:
            start_at:
            max_subscribers:
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

        body = SubscriptionCreate(
            auto_renew=auto_renew,
            is_active=is_active,
            plan_id=plan_id,
            renew_plan_id=renew_plan_id,
            renew_at=renew_at,
            last_renewed_at=last_renewed_at,
            start_at=start_at,
            max_subscribers=max_subscribers,
        )
        return await self._call(
            _create_plan_subscription_for_customer.OPERATION, {"customer_id": customer_id, "body": body}, options
        )

    async def get(
        self, customer_id: str, subscription_id: str, *, options: RequestOptions | None = None
    ) -> CustomerSubscriptionWithPlan:
        """Get Customer Plan Subscription

        ``GET /api/v1/customers/{customer_id}/subscriptions/{subscription_id}`` (functional layer: ``api.customer_subscriptions.get_customer_plan_subscription.asyncio``).

        Args:
            customer_id:
            subscription_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``CustomerSubscriptionWithPlan``, read from the response body.

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

        return await self._call(
            _get_customer_plan_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id},
            options,
        )

    async def modify(
        self,
        customer_id: str,
        subscription_id: str,
        *,
        plan_id: UUID | Unset = UNSET,
        renew_plan_id: UUID | Unset = UNSET,
        plan_slug: str | Unset = UNSET,
        renew_plan_slug: str | Unset = UNSET,
        max_subscribers: int | Unset = 1,
        is_active: bool | Unset = True,
        options: RequestOptions | None = None,
    ) -> CustomerSubscriptionWithPlan:
        """Modify Customer Plan Subscription

        ``PATCH /api/v1/customers/{customer_id}/subscriptions/{subscription_id}`` (functional layer: ``api.customer_subscriptions.modify_customer_plan_subscription.asyncio``).

        Args:
            customer_id:
            subscription_id:
            plan_id:
            renew_plan_id:
            plan_slug:
            renew_plan_slug:
            max_subscribers:
            is_active:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``CustomerSubscriptionWithPlan``, read from the response body.

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

        body = SubscriptionUpdateWithSlugs(
            plan_id=plan_id,
            renew_plan_id=renew_plan_id,
            plan_slug=plan_slug,
            renew_plan_slug=renew_plan_slug,
            max_subscribers=max_subscribers,
            is_active=is_active,
        )
        return await self._call(
            _modify_customer_plan_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id, "body": body},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncCustomerSubscriptionsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncCustomerSubscriptionsRaw(self)


class CustomerSubscriptionsRaw:
    """``client.customer_subscriptions.with_raw_response``."""

    def __init__(self, resource: CustomerSubscriptions) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.modify = to_raw_response(resource.modify)


class AsyncCustomerSubscriptionsRaw:
    """``async_client.customer_subscriptions.with_raw_response``."""

    def __init__(self, resource: AsyncCustomerSubscriptions) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.modify = to_async_raw_response(resource.modify)

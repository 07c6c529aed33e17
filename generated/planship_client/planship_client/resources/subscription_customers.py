# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.subscription_customers``"""

from __future__ import annotations

import builtins
from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.subscription_customers import add_customer_to_subscription as _add_customer_to_subscription
from ..api.subscription_customers import list_subscription_customers as _list_subscription_customers
from ..api.subscription_customers import remove_customer_from_subscription as _remove_customer_from_subscription
from ..models.subscription_customer import SubscriptionCustomer
from ..models.subscription_customer_add import SubscriptionCustomerAdd
from ..models.subscription_customer_in_db_base import SubscriptionCustomerInDbBase
from ..types import RequestOptions


class SubscriptionCustomers(SyncAPIResource):
    """``client.subscription_customers``
    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(
        self, customer_id: str, subscription_id: str, *, options: RequestOptions | None = None
    ) -> builtins.list[SubscriptionCustomer]:
        """List Subscription Customers

        Args:
            customer_id:
            subscription_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _list_subscription_customers.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id},
            options,
        )

    def add(
        self,
        customer_id: str,
        subscription_id: str,
        *,
        body: SubscriptionCustomerAdd,
        options: RequestOptions | None = None,
    ) -> SubscriptionCustomer:
        """Add Customer To Subscription

        Args:
            customer_id:
            subscription_id:
            body: The request body.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _add_customer_to_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id, "body": body},
            options,
        )

    def remove(
        self, customer_id: str, subscription_id: str, id: str, *, options: RequestOptions | None = None
    ) -> SubscriptionCustomerInDbBase:
        """Remove Customer From Subscription

        Args:
            customer_id:
            subscription_id:
            id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _remove_customer_from_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id, "id": id},
            options,
        )

    @cached_property
    def with_raw_response(self) -> SubscriptionCustomersRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return SubscriptionCustomersRaw(self)


class AsyncSubscriptionCustomers(AsyncAPIResource):
    """``async_client.subscription_customers``
    The same methods as ``SubscriptionCustomers``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(
        self, customer_id: str, subscription_id: str, *, options: RequestOptions | None = None
    ) -> builtins.list[SubscriptionCustomer]:
        """List Subscription Customers: see ``SubscriptionCustomers.list``."""
        return await self._call(
            _list_subscription_customers.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id},
            options,
        )

    async def add(
        self,
        customer_id: str,
        subscription_id: str,
        *,
        body: SubscriptionCustomerAdd,
        options: RequestOptions | None = None,
    ) -> SubscriptionCustomer:
        """Add Customer To Subscription: see ``SubscriptionCustomers.add``."""
        return await self._call(
            _add_customer_to_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id, "body": body},
            options,
        )

    async def remove(
        self, customer_id: str, subscription_id: str, id: str, *, options: RequestOptions | None = None
    ) -> SubscriptionCustomerInDbBase:
        """Remove Customer From Subscription: see ``SubscriptionCustomers.remove``."""
        return await self._call(
            _remove_customer_from_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id, "id": id},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionCustomersRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncSubscriptionCustomersRaw(self)


class SubscriptionCustomersRaw:
    """``client.subscription_customers.with_raw_response``."""

    def __init__(self, resource: SubscriptionCustomers) -> None:
        self.list = to_raw_response(resource.list)
        self.add = to_raw_response(resource.add)
        self.remove = to_raw_response(resource.remove)


class AsyncSubscriptionCustomersRaw:
    """``async_client.subscription_customers.with_raw_response``."""

    def __init__(self, resource: AsyncSubscriptionCustomers) -> None:
        self.list = to_async_raw_response(resource.list)
        self.add = to_async_raw_response(resource.add)
        self.remove = to_async_raw_response(resource.remove)

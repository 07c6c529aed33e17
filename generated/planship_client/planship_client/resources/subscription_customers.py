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

        ``GET /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers`` (functional layer: ``api.subscription_customers.list_subscription_customers.sync``).

        Args:
            customer_id:
            subscription_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[SubscriptionCustomer]``, read from the response body.

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

        ``POST /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers`` (functional layer: ``api.subscription_customers.add_customer_to_subscription.sync``).

        Args:
            customer_id:
            subscription_id:
            body: The request body.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SubscriptionCustomer``, read from the response body.

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
            _add_customer_to_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id, "body": body},
            options,
        )

    def remove(
        self, customer_id: str, subscription_id: str, id: str, *, options: RequestOptions | None = None
    ) -> SubscriptionCustomerInDbBase:
        """Remove Customer From Subscription

        ``DELETE /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers/{id}`` (functional layer: ``api.subscription_customers.remove_customer_from_subscription.sync``).

        Args:
            customer_id:
            subscription_id:
            id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SubscriptionCustomerInDbBase``, read from the response body.

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
        """List Subscription Customers

        ``GET /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers`` (functional layer: ``api.subscription_customers.list_subscription_customers.asyncio``).

        Args:
            customer_id:
            subscription_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[SubscriptionCustomer]``, read from the response body.

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
        """Add Customer To Subscription

        ``POST /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers`` (functional layer: ``api.subscription_customers.add_customer_to_subscription.asyncio``).

        Args:
            customer_id:
            subscription_id:
            body: The request body.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SubscriptionCustomer``, read from the response body.

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
            _add_customer_to_subscription.OPERATION,
            {"customer_id": customer_id, "subscription_id": subscription_id, "body": body},
            options,
        )

    async def remove(
        self, customer_id: str, subscription_id: str, id: str, *, options: RequestOptions | None = None
    ) -> SubscriptionCustomerInDbBase:
        """Remove Customer From Subscription

        ``DELETE /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers/{id}`` (functional layer: ``api.subscription_customers.remove_customer_from_subscription.asyncio``).

        Args:
            customer_id:
            subscription_id:
            id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SubscriptionCustomerInDbBase``, read from the response body.

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

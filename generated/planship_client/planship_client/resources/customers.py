# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.customers``"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.customers import create_customer as _create_customer
from ..api.customers import delete_customer as _delete_customer
from ..models.customer import Customer
from ..models.customer_in_db_base import CustomerInDbBase
from ..models.organization_customer_create import OrganizationCustomerCreate
from ..types import UNSET, RequestOptions, Unset


class Customers(SyncAPIResource):
    """``client.customers``

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def create(
        self,
        *,
        metadata: dict[str, Any] | Unset = UNSET,
        name: str | Unset = "",
        email: str | Unset = "",
        alternative_id: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Customer:
        """Create Customer

        ``POST /api/v1/customers`` (functional layer: ``api.customers.create_customer.sync``).

        Create a new customer in the current organization.

        Args:
            metadata:
            name:
            email:
            alternative_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Customer``, read from the response body.

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

        body = OrganizationCustomerCreate(metadata=metadata, name=name, email=email, alternative_id=alternative_id)
        return self._call(_create_customer.OPERATION, {"body": body}, options)

    def delete(self, customer_id: str, *, options: RequestOptions | None = None) -> CustomerInDbBase:
        """Delete Customer

        ``DELETE /api/v1/customers/{customer_id}`` (functional layer: ``api.customers.delete_customer.sync``).

        Delete the customer with a given id from the current organization.

        Args:
            customer_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``CustomerInDbBase``, read from the response body.

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

        return self._call(_delete_customer.OPERATION, {"customer_id": customer_id}, options)

    @cached_property
    def with_raw_response(self) -> CustomersRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return CustomersRaw(self)


class AsyncCustomers(AsyncAPIResource):
    """``async_client.customers``

    The same methods as ``Customers``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def create(
        self,
        *,
        metadata: dict[str, Any] | Unset = UNSET,
        name: str | Unset = "",
        email: str | Unset = "",
        alternative_id: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Customer:
        """Create Customer

        ``POST /api/v1/customers`` (functional layer: ``api.customers.create_customer.asyncio``).

        Create a new customer in the current organization.

        Args:
            metadata:
            name:
            email:
            alternative_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Customer``, read from the response body.

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

        body = OrganizationCustomerCreate(metadata=metadata, name=name, email=email, alternative_id=alternative_id)
        return await self._call(_create_customer.OPERATION, {"body": body}, options)

    async def delete(self, customer_id: str, *, options: RequestOptions | None = None) -> CustomerInDbBase:
        """Delete Customer

        ``DELETE /api/v1/customers/{customer_id}`` (functional layer: ``api.customers.delete_customer.asyncio``).

        Delete the customer with a given id from the current organization.

        Args:
            customer_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``CustomerInDbBase``, read from the response body.

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

        return await self._call(_delete_customer.OPERATION, {"customer_id": customer_id}, options)

    @cached_property
    def with_raw_response(self) -> AsyncCustomersRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncCustomersRaw(self)


class CustomersRaw:
    """``client.customers.with_raw_response``."""

    def __init__(self, resource: Customers) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)


class AsyncCustomersRaw:
    """``async_client.customers.with_raw_response``."""

    def __init__(self, resource: AsyncCustomers) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)

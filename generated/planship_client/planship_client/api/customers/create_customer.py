# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.customers.create()`` (POST /api/v1/customers) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Reply
from ...models.customer import Customer
from ...models.http_validation_error import HTTPValidationError
from ...models.organization_customer_create import OrganizationCustomerCreate
from ...types import RequestOptions, Response

OPERATION: Operation[Customer] = Operation(
    "create_customer",
    "POST",
    "/api/v1/customers",
    bodies=(Body("json", "application/json"),),
    replies={200: Reply(Customer)},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    *, client: BaseClient, body: OrganizationCustomerCreate, options: RequestOptions | None = None
) -> Response[Customer]:
    """Return the whole response of ``client.customers.create()`` (``POST /api/v1/customers``).

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
    return client.send(OPERATION, {"body": body}, options)


def sync(*, client: BaseClient, body: OrganizationCustomerCreate, options: RequestOptions | None = None) -> Customer:
    """The same as ``client.customers.create()`` (``POST /api/v1/customers``).

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
    return client.send(OPERATION, {"body": body}, options).parsed


async def asyncio_detailed(
    *, client: BaseClient, body: OrganizationCustomerCreate, options: RequestOptions | None = None
) -> Response[Customer]:
    """Return the whole response of ``await client.customers.create()`` (``POST /api/v1/customers``).

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
    return await client.asend(OPERATION, {"body": body}, options)


async def asyncio(
    *, client: BaseClient, body: OrganizationCustomerCreate, options: RequestOptions | None = None
) -> Customer:
    """The same as ``await client.customers.create()`` (``POST /api/v1/customers``).

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
    return (await client.asend(OPERATION, {"body": body}, options)).parsed

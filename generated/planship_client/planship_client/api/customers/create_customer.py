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
    """Return the whole response of ``client.customers.create()``."""
    return client.send(OPERATION, {"body": body}, options)


def sync(*, client: BaseClient, body: OrganizationCustomerCreate, options: RequestOptions | None = None) -> Customer:
    """The same as ``client.customers.create()``."""
    return client.send(OPERATION, {"body": body}, options).parsed


async def asyncio_detailed(
    *, client: BaseClient, body: OrganizationCustomerCreate, options: RequestOptions | None = None
) -> Response[Customer]:
    """Return the whole response of ``await client.customers.create()``."""
    return await client.asend(OPERATION, {"body": body}, options)


async def asyncio(
    *, client: BaseClient, body: OrganizationCustomerCreate, options: RequestOptions | None = None
) -> Customer:
    """The same as ``await client.customers.create()``."""
    return (await client.asend(OPERATION, {"body": body}, options)).parsed

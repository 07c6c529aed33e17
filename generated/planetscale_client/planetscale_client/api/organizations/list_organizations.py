# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.organizations.list()`` (GET /organizations) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Reply
from ...models.error import Error
from ...models.organization_list import OrganizationList
from ...types import RequestOptions, Response

OPERATION: Operation[OrganizationList] = Operation(
    "list_organizations",
    "GET",
    "/organizations",
    replies={200: Reply(OrganizationList)},
    errors={401: Reply(Error)},
)


def sync_detailed(*, client: BaseClient, options: RequestOptions | None = None) -> Response[OrganizationList]:
    """Return the whole response of ``client.organizations.list()``."""
    return client.send(OPERATION, {}, options)


def sync(*, client: BaseClient, options: RequestOptions | None = None) -> OrganizationList:
    """The same as ``client.organizations.list()``."""
    return client.send(OPERATION, {}, options).parsed


async def asyncio_detailed(*, client: BaseClient, options: RequestOptions | None = None) -> Response[OrganizationList]:
    """Return the whole response of ``await client.organizations.list()``."""
    return await client.asend(OPERATION, {}, options)


async def asyncio(*, client: BaseClient, options: RequestOptions | None = None) -> OrganizationList:
    """The same as ``await client.organizations.list()``."""
    return (await client.asend(OPERATION, {}, options)).parsed

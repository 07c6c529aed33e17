# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""List organizations: GET /organizations

The operation behind ``client.organizations.list()`` (documented there), as functions that
take the client as ``client=``.
"""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Reply
from ...models.error import Error
from ...models.list_organizations_response_200 import ListOrganizationsResponse200
from ...types import RequestOptions, Response

OPERATION: Operation[ListOrganizationsResponse200] = Operation(
    "list_organizations",
    "GET",
    "/organizations",
    replies={200: Reply(ListOrganizationsResponse200)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListOrganizationsResponse200]:
    """Return the whole response of ``client.organizations.list()``."""
    return client.send(OPERATION, {}, options)


def sync(*, client: BaseClient, options: RequestOptions | None = None) -> ListOrganizationsResponse200:
    """The same as ``client.organizations.list()``."""
    return client.send(OPERATION, {}, options).parsed


async def asyncio_detailed(
    *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListOrganizationsResponse200]:
    """Return the whole response of ``await client.organizations.list()``."""
    return await client.asend(OPERATION, {}, options)


async def asyncio(*, client: BaseClient, options: RequestOptions | None = None) -> ListOrganizationsResponse200:
    """The same as ``await client.organizations.list()``."""
    return (await client.asend(OPERATION, {}, options)).parsed

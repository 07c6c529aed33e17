# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""List IP restrictions: GET /organizations/{organization}/databases/{database}/postgres-cidrs

The operation behind ``client.ip_restrictions.list()`` (documented there), as functions that
take the client as ``client=``.
"""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.list_ip_restrictions_response_200 import ListIpRestrictionsResponse200
from ...types import RequestOptions, Response

OPERATION: Operation[ListIpRestrictionsResponse200] = Operation(
    "list_ip_restrictions",
    "GET",
    "/organizations/{organization}/databases/{database}/postgres-cidrs",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
    ),
    replies={200: Reply(ListIpRestrictionsResponse200)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListIpRestrictionsResponse200]:
    """Return the whole response of ``client.ip_restrictions.list()``."""
    return client.send(OPERATION, {"organization": organization, "database": database}, options)


def sync(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListIpRestrictionsResponse200:
    """The same as ``client.ip_restrictions.list()``."""
    return client.send(OPERATION, {"organization": organization, "database": database}, options).parsed


async def asyncio_detailed(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListIpRestrictionsResponse200]:
    """Return the whole response of ``await client.ip_restrictions.list()``."""
    return await client.asend(OPERATION, {"organization": organization, "database": database}, options)


async def asyncio(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListIpRestrictionsResponse200:
    """The same as ``await client.ip_restrictions.list()``."""
    return (await client.asend(OPERATION, {"organization": organization, "database": database}, options)).parsed

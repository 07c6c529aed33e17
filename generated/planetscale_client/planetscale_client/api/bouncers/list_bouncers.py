# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.bouncers.list()`` (GET /organizations/{organization}/databases/{database}/branches/{branch}/bouncers) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.bouncer_list import BouncerList
from ...models.error import Error
from ...types import RequestOptions, Response

OPERATION: Operation[BouncerList] = Operation(
    "list_bouncers",
    "GET",
    "/organizations/{organization}/databases/{database}/branches/{branch}/bouncers",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
        Param("branch", "path"),
    ),
    replies={200: Reply(BouncerList)},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[BouncerList]:
    """Return the whole response of ``client.bouncers.list()``."""
    return client.send(OPERATION, {"organization": organization, "database": database, "branch": branch}, options)


def sync(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> BouncerList:
    """The same as ``client.bouncers.list()``."""
    return client.send(
        OPERATION, {"organization": organization, "database": database, "branch": branch}, options
    ).parsed


async def asyncio_detailed(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[BouncerList]:
    """Return the whole response of ``await client.bouncers.list()``."""
    return await client.asend(
        OPERATION, {"organization": organization, "database": database, "branch": branch}, options
    )


async def asyncio(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> BouncerList:
    """The same as ``await client.bouncers.list()``."""
    return (
        await client.asend(OPERATION, {"organization": organization, "database": database, "branch": branch}, options)
    ).parsed

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""List backups: GET /organizations/{organization}/databases/{database}/branches/{branch}/backups

The operation behind ``client.backups.list()`` (documented there), as functions that
take the client as ``client=``.
"""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ..._pagination import Pagination
from ...models.backup import Backup
from ...models.error import Error
from ...models.list_backups_response_200 import ListBackupsResponse200
from ...types import RequestOptions, Response, Unset

PAGINATION: Pagination[Backup] = Pagination(
    "page",
    items="data",
    position="page",
    size="per_page",
    next="next_page",
)
"""How ``client.paginate`` moves through this operation's pages."""

OPERATION: Operation[ListBackupsResponse200] = Operation(
    "list_backups",
    "GET",
    "/organizations/{organization}/databases/{database}/branches/{branch}/backups",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
        Param("branch", "path"),
        Param("page", "query"),
        Param("per_page", "query"),
    ),
    replies={200: Reply(ListBackupsResponse200)},
    errors={401: Reply(Error), 404: Reply(Error)},
    pagination=PAGINATION,
)


def sync_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: BaseClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> Response[ListBackupsResponse200]:
    """Return the whole response of ``client.backups.list()``."""
    return client.send(
        OPERATION,
        {"organization": organization, "database": database, "branch": branch, "page": page, "per_page": per_page},
        options,
    )


def sync(
    organization: str,
    database: str,
    branch: str,
    *,
    client: BaseClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> ListBackupsResponse200:
    """The same as ``client.backups.list()``."""
    return client.send(
        OPERATION,
        {"organization": organization, "database": database, "branch": branch, "page": page, "per_page": per_page},
        options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: BaseClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> Response[ListBackupsResponse200]:
    """Return the whole response of ``await client.backups.list()``."""
    return await client.asend(
        OPERATION,
        {"organization": organization, "database": database, "branch": branch, "page": page, "per_page": per_page},
        options,
    )


async def asyncio(
    organization: str,
    database: str,
    branch: str,
    *,
    client: BaseClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> ListBackupsResponse200:
    """The same as ``await client.backups.list()``."""
    return (
        await client.asend(
            OPERATION,
            {"organization": organization, "database": database, "branch": branch, "page": page, "per_page": per_page},
            options,
        )
    ).parsed

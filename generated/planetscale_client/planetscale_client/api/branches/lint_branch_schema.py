# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Lint a branch schema: GET /organizations/{organization}/databases/{database}/branches/{branch}/schema-lint

The operation behind ``client.branches.lint_schema()`` (documented there), as functions that
take the client as ``client=``.
"""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.lint_branch_schema_response_200 import LintBranchSchemaResponse200
from ...types import RequestOptions, Response

OPERATION: Operation[LintBranchSchemaResponse200] = Operation(
    "lint_branch_schema",
    "GET",
    "/organizations/{organization}/databases/{database}/branches/{branch}/schema-lint",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
        Param("branch", "path"),
    ),
    replies={200: Reply(LintBranchSchemaResponse200)},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[LintBranchSchemaResponse200]:
    """Return the whole response of ``client.branches.lint_schema()``."""
    return client.send(OPERATION, {"organization": organization, "database": database, "branch": branch}, options)


def sync(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> LintBranchSchemaResponse200:
    """The same as ``client.branches.lint_schema()``."""
    return client.send(
        OPERATION, {"organization": organization, "database": database, "branch": branch}, options
    ).parsed


async def asyncio_detailed(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[LintBranchSchemaResponse200]:
    """Return the whole response of ``await client.branches.lint_schema()``."""
    return await client.asend(
        OPERATION, {"organization": organization, "database": database, "branch": branch}, options
    )


async def asyncio(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> LintBranchSchemaResponse200:
    """The same as ``await client.branches.lint_schema()``."""
    return (
        await client.asend(OPERATION, {"organization": organization, "database": database, "branch": branch}, options)
    ).parsed

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.branches.lint_schema()`` (GET /organizations/{organization}/databases/{database}/branches/{branch}/schema-lint) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.schema_lint_error_list import SchemaLintErrorList
from ...types import RequestOptions, Response

OPERATION: Operation[SchemaLintErrorList] = Operation(
    "lint_branch_schema",
    "GET",
    "/organizations/{organization}/databases/{database}/branches/{branch}/schema-lint",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
        Param("branch", "path"),
    ),
    replies={200: Reply(SchemaLintErrorList)},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[SchemaLintErrorList]:
    """Return the whole response of ``client.branches.lint_schema()`` (``GET /organizations/{organization}/databases/{database}/branches/{branch}/schema-lint``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        NotFoundError: 404 (``.body``: ``Error``).
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
    return client.send(OPERATION, {"organization": organization, "database": database, "branch": branch}, options)


def sync(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> SchemaLintErrorList:
    """The same as ``client.branches.lint_schema()`` (``GET /organizations/{organization}/databases/{database}/branches/{branch}/schema-lint``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        NotFoundError: 404 (``.body``: ``Error``).
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
    return client.send(
        OPERATION, {"organization": organization, "database": database, "branch": branch}, options
    ).parsed


async def asyncio_detailed(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[SchemaLintErrorList]:
    """Return the whole response of ``await client.branches.lint_schema()`` (``GET /organizations/{organization}/databases/{database}/branches/{branch}/schema-lint``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        NotFoundError: 404 (``.body``: ``Error``).
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
    return await client.asend(
        OPERATION, {"organization": organization, "database": database, "branch": branch}, options
    )


async def asyncio(
    organization: str, database: str, branch: str, *, client: BaseClient, options: RequestOptions | None = None
) -> SchemaLintErrorList:
    """The same as ``await client.branches.lint_schema()`` (``GET /organizations/{organization}/databases/{database}/branches/{branch}/schema-lint``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        NotFoundError: 404 (``.body``: ``Error``).
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
    return (
        await client.asend(OPERATION, {"organization": organization, "database": database, "branch": branch}, options)
    ).parsed

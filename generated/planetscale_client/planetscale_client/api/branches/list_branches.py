# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.branches.list()`` (GET /organizations/{organization}/databases/{database}/branches) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ..._pagination import Pagination
from ...models.branch import Branch
from ...models.branch_page import BranchPage
from ...models.error import Error
from ...types import RequestOptions, Response, Unset

PAGINATION: Pagination[Branch] = Pagination(
    "page",
    items="data",
    position="page",
    size="per_page",
    next="next_page",
)
"""How ``client.paginate`` moves through this operation's pages."""

OPERATION: Operation[BranchPage] = Operation(
    "list_branches",
    "GET",
    "/organizations/{organization}/databases/{database}/branches",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
        Param("page", "query"),
        Param("per_page", "query"),
    ),
    replies={200: Reply(BranchPage)},
    errors={401: Reply(Error), 404: Reply(Error)},
    pagination=PAGINATION,
)


def sync_detailed(
    organization: str,
    database: str,
    *,
    client: BaseClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> Response[BranchPage]:
    """Return the whole response of ``client.branches.list()`` (``GET /organizations/{organization}/databases/{database}/branches``).

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
        OPERATION, {"organization": organization, "database": database, "page": page, "per_page": per_page}, options
    )


def sync(
    organization: str,
    database: str,
    *,
    client: BaseClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> BranchPage:
    """The same as ``client.branches.list()`` (``GET /organizations/{organization}/databases/{database}/branches``).

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
        OPERATION, {"organization": organization, "database": database, "page": page, "per_page": per_page}, options
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    *,
    client: BaseClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> Response[BranchPage]:
    """Return the whole response of ``await client.branches.list()`` (``GET /organizations/{organization}/databases/{database}/branches``).

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
        OPERATION, {"organization": organization, "database": database, "page": page, "per_page": per_page}, options
    )


async def asyncio(
    organization: str,
    database: str,
    *,
    client: BaseClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> BranchPage:
    """The same as ``await client.branches.list()`` (``GET /organizations/{organization}/databases/{database}/branches``).

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
        await client.asend(
            OPERATION, {"organization": organization, "database": database, "page": page, "per_page": per_page}, options
        )
    ).parsed

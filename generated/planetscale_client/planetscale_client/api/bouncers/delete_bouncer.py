# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.bouncers.delete()`` (DELETE /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}) as functions taking ``client=``."""

from __future__ import annotations

from typing import Any

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...types import RequestOptions, Response

OPERATION: Operation[Any] = Operation(
    "delete_bouncer",
    "DELETE",
    "/organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
        Param("branch", "path"),
        Param("bouncer_name", "path"),
    ),
    replies={204: Reply(Any, "none")},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str,
    database: str,
    branch: str,
    bouncer_name: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Return the whole response of ``client.bouncers.delete()`` (``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}``).

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
        OPERATION,
        {"organization": organization, "database": database, "branch": branch, "bouncer_name": bouncer_name},
        options,
    )


def sync(
    organization: str,
    database: str,
    branch: str,
    bouncer_name: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Any:
    """The same as ``client.bouncers.delete()`` (``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}``).

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
        OPERATION,
        {"organization": organization, "database": database, "branch": branch, "bouncer_name": bouncer_name},
        options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    branch: str,
    bouncer_name: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Return the whole response of ``await client.bouncers.delete()`` (``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}``).

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
        OPERATION,
        {"organization": organization, "database": database, "branch": branch, "bouncer_name": bouncer_name},
        options,
    )


async def asyncio(
    organization: str,
    database: str,
    branch: str,
    bouncer_name: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Any:
    """The same as ``await client.bouncers.delete()`` (``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}``).

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
            OPERATION,
            {"organization": organization, "database": database, "branch": branch, "bouncer_name": bouncer_name},
            options,
        )
    ).parsed

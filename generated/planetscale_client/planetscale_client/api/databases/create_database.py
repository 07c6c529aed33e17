# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.databases.create()`` (POST /organizations/{organization}/databases) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Param, Reply
from ...models.create_database_body import CreateDatabaseBody
from ...models.database import Database
from ...models.error import Error
from ...types import RequestOptions, Response

OPERATION: Operation[Database] = Operation(
    "create_database",
    "POST",
    "/organizations/{organization}/databases",
    params=(Param("organization", "path"),),
    bodies=(Body("json", "application/json"),),
    replies={201: Reply(Database)},
    errors={401: Reply(Error), 422: Reply(Error)},
)


def sync_detailed(
    organization: str, *, client: BaseClient, body: CreateDatabaseBody, options: RequestOptions | None = None
) -> Response[Database]:
    """Return the whole response of ``client.databases.create()`` (``POST /organizations/{organization}/databases``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        UnprocessableEntityError: 422 (``.body``: ``Error``).
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
    return client.send(OPERATION, {"organization": organization, "body": body}, options)


def sync(
    organization: str, *, client: BaseClient, body: CreateDatabaseBody, options: RequestOptions | None = None
) -> Database:
    """The same as ``client.databases.create()`` (``POST /organizations/{organization}/databases``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        UnprocessableEntityError: 422 (``.body``: ``Error``).
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
    return client.send(OPERATION, {"organization": organization, "body": body}, options).parsed


async def asyncio_detailed(
    organization: str, *, client: BaseClient, body: CreateDatabaseBody, options: RequestOptions | None = None
) -> Response[Database]:
    """Return the whole response of ``await client.databases.create()`` (``POST /organizations/{organization}/databases``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        UnprocessableEntityError: 422 (``.body``: ``Error``).
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
    return await client.asend(OPERATION, {"organization": organization, "body": body}, options)


async def asyncio(
    organization: str, *, client: BaseClient, body: CreateDatabaseBody, options: RequestOptions | None = None
) -> Database:
    """The same as ``await client.databases.create()`` (``POST /organizations/{organization}/databases``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        UnprocessableEntityError: 422 (``.body``: ``Error``).
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
    return (await client.asend(OPERATION, {"organization": organization, "body": body}, options)).parsed

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.teams.get()`` (GET /organizations/{organization}/teams/{team_slug}) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.team import Team
from ...types import RequestOptions, Response

OPERATION: Operation[Team] = Operation(
    "get_team",
    "GET",
    "/organizations/{organization}/teams/{team_slug}",
    params=(
        Param("organization", "path"),
        Param("team_slug", "path"),
    ),
    replies={200: Reply(Team)},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str, team_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[Team]:
    """Return the whole response of ``client.teams.get()`` (``GET /organizations/{organization}/teams/{team_slug}``).

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
    return client.send(OPERATION, {"organization": organization, "team_slug": team_slug}, options)


def sync(organization: str, team_slug: str, *, client: BaseClient, options: RequestOptions | None = None) -> Team:
    """The same as ``client.teams.get()`` (``GET /organizations/{organization}/teams/{team_slug}``).

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
    return client.send(OPERATION, {"organization": organization, "team_slug": team_slug}, options).parsed


async def asyncio_detailed(
    organization: str, team_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[Team]:
    """Return the whole response of ``await client.teams.get()`` (``GET /organizations/{organization}/teams/{team_slug}``).

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
    return await client.asend(OPERATION, {"organization": organization, "team_slug": team_slug}, options)


async def asyncio(
    organization: str, team_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Team:
    """The same as ``await client.teams.get()`` (``GET /organizations/{organization}/teams/{team_slug}``).

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
    return (await client.asend(OPERATION, {"organization": organization, "team_slug": team_slug}, options)).parsed

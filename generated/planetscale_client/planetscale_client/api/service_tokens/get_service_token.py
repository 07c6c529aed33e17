# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.service_tokens.get()`` (GET /organizations/{organization}/service-tokens/{service_token_id}) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.service_token import ServiceToken
from ...types import RequestOptions, Response

OPERATION: Operation[ServiceToken] = Operation(
    "get_service_token",
    "GET",
    "/organizations/{organization}/service-tokens/{service_token_id}",
    params=(
        Param("organization", "path"),
        Param("service_token_id", "path"),
    ),
    replies={200: Reply(ServiceToken)},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str, service_token_id: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ServiceToken]:
    """Return the whole response of ``client.service_tokens.get()`` (``GET /organizations/{organization}/service-tokens/{service_token_id}``).

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
    return client.send(OPERATION, {"organization": organization, "service_token_id": service_token_id}, options)


def sync(
    organization: str, service_token_id: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ServiceToken:
    """The same as ``client.service_tokens.get()`` (``GET /organizations/{organization}/service-tokens/{service_token_id}``).

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
    return client.send(OPERATION, {"organization": organization, "service_token_id": service_token_id}, options).parsed


async def asyncio_detailed(
    organization: str, service_token_id: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ServiceToken]:
    """Return the whole response of ``await client.service_tokens.get()`` (``GET /organizations/{organization}/service-tokens/{service_token_id}``).

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
    return await client.asend(OPERATION, {"organization": organization, "service_token_id": service_token_id}, options)


async def asyncio(
    organization: str, service_token_id: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ServiceToken:
    """The same as ``await client.service_tokens.get()`` (``GET /organizations/{organization}/service-tokens/{service_token_id}``).

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
        await client.asend(OPERATION, {"organization": organization, "service_token_id": service_token_id}, options)
    ).parsed

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.service_tokens.list()`` (GET /organizations/{organization}/service-tokens) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.service_token_list import ServiceTokenList
from ...types import RequestOptions, Response

OPERATION: Operation[ServiceTokenList] = Operation(
    "list_service_tokens",
    "GET",
    "/organizations/{organization}/service-tokens",
    params=(Param("organization", "path"),),
    replies={200: Reply(ServiceTokenList)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ServiceTokenList]:
    """Return the whole response of ``client.service_tokens.list()`` (``GET /organizations/{organization}/service-tokens``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
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
    return client.send(OPERATION, {"organization": organization}, options)


def sync(organization: str, *, client: BaseClient, options: RequestOptions | None = None) -> ServiceTokenList:
    """The same as ``client.service_tokens.list()`` (``GET /organizations/{organization}/service-tokens``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
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
    return client.send(OPERATION, {"organization": organization}, options).parsed


async def asyncio_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ServiceTokenList]:
    """Return the whole response of ``await client.service_tokens.list()`` (``GET /organizations/{organization}/service-tokens``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
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
    return await client.asend(OPERATION, {"organization": organization}, options)


async def asyncio(organization: str, *, client: BaseClient, options: RequestOptions | None = None) -> ServiceTokenList:
    """The same as ``await client.service_tokens.list()`` (``GET /organizations/{organization}/service-tokens``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
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
    return (await client.asend(OPERATION, {"organization": organization}, options)).parsed

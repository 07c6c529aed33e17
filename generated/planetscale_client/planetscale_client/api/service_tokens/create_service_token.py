# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.service_tokens.create()`` (POST /organizations/{organization}/service-tokens) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Param, Reply
from ...models.create_service_token_body import CreateServiceTokenBody
from ...models.error import Error
from ...models.service_token_with_plaintext import ServiceTokenWithPlaintext
from ...types import RequestOptions, Response

OPERATION: Operation[ServiceTokenWithPlaintext] = Operation(
    "create_service_token",
    "POST",
    "/organizations/{organization}/service-tokens",
    params=(Param("organization", "path"),),
    bodies=(Body("json", "application/json"),),
    replies={201: Reply(ServiceTokenWithPlaintext)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    organization: str, *, client: BaseClient, body: CreateServiceTokenBody, options: RequestOptions | None = None
) -> Response[ServiceTokenWithPlaintext]:
    """Return the whole response of ``client.service_tokens.create()`` (``POST /organizations/{organization}/service-tokens``).

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
    return client.send(OPERATION, {"organization": organization, "body": body}, options)


def sync(
    organization: str, *, client: BaseClient, body: CreateServiceTokenBody, options: RequestOptions | None = None
) -> ServiceTokenWithPlaintext:
    """The same as ``client.service_tokens.create()`` (``POST /organizations/{organization}/service-tokens``).

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
    return client.send(OPERATION, {"organization": organization, "body": body}, options).parsed


async def asyncio_detailed(
    organization: str, *, client: BaseClient, body: CreateServiceTokenBody, options: RequestOptions | None = None
) -> Response[ServiceTokenWithPlaintext]:
    """Return the whole response of ``await client.service_tokens.create()`` (``POST /organizations/{organization}/service-tokens``).

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
    return await client.asend(OPERATION, {"organization": organization, "body": body}, options)


async def asyncio(
    organization: str, *, client: BaseClient, body: CreateServiceTokenBody, options: RequestOptions | None = None
) -> ServiceTokenWithPlaintext:
    """The same as ``await client.service_tokens.create()`` (``POST /organizations/{organization}/service-tokens``).

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
    return (await client.asend(OPERATION, {"organization": organization, "body": body}, options)).parsed

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.health.check()`` (GET /api/v1/health) as functions taking ``client=``."""

from __future__ import annotations

from typing import Any

from ..._base_client import BaseClient
from ..._operation import Operation, Reply
from ...types import RequestOptions, Response

OPERATION: Operation[Any] = Operation(
    "health",
    "GET",
    "/api/v1/health",
    replies={200: Reply(Any)},
)


def sync_detailed(*, client: BaseClient, options: RequestOptions | None = None) -> Response[Any]:
    """Return the whole response of ``client.health.check()`` (``GET /api/v1/health``).

    Raises:
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
    return client.send(OPERATION, {}, options)


def sync(*, client: BaseClient, options: RequestOptions | None = None) -> Any:
    """The same as ``client.health.check()`` (``GET /api/v1/health``).

    Raises:
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
    return client.send(OPERATION, {}, options).parsed


async def asyncio_detailed(*, client: BaseClient, options: RequestOptions | None = None) -> Response[Any]:
    """Return the whole response of ``await client.health.check()`` (``GET /api/v1/health``).

    Raises:
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
    return await client.asend(OPERATION, {}, options)


async def asyncio(*, client: BaseClient, options: RequestOptions | None = None) -> Any:
    """The same as ``await client.health.check()`` (``GET /api/v1/health``).

    Raises:
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
    return (await client.asend(OPERATION, {}, options)).parsed

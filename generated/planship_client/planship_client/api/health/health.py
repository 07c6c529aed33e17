# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanshipClient
from ...types import RequestOptions, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": "health",
        "method": "get",
        "url": "/api/v1/health",
    }

    return _kwargs


_DECODER: FastDecoder[Any] = FastDecoder(Any)


def _parse_success(response: httpx.Response) -> Any:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = response.json()
    return response_200


def _parse_error(response: httpx.Response) -> Any:
    return errors.parse_error_body(response)


def _build_response(response: httpx.Response) -> Response[Any]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("Any", "", f"{type(error).__name__}: {error}") from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Health

     Basic health check

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    return client.call(kwargs, _build_response, options=options)


def sync(
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Any:
    """Health

     Basic health check

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Health

     Basic health check

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Any:
    """Health

     Basic health check

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            client=client,
            options=options,
        )
    ).parsed

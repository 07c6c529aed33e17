# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanshipClient
from ...models.token_response import TokenResponse
from ...types import RequestOptions, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": "get_access_token",
        "method": "post",
        "url": "/api/v1/auth/token",
        "security": (("basic",),),
    }

    return _kwargs


_DECODER: FastDecoder[TokenResponse] = FastDecoder(TokenResponse)


def _parse_success(response: httpx.Response) -> TokenResponse:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = TokenResponse.from_dict(response.json())

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    return errors.parse_error_body(response)


def _build_response(response: httpx.Response) -> Response[TokenResponse]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("TokenResponse", "", f"{type(error).__name__}: {error}") from error
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
) -> Response[TokenResponse]:
    """Get Access Token

     Obtain an access token for client credentials

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[TokenResponse]
    """

    kwargs = _get_kwargs()

    return client.call(kwargs, _build_response, options=options)


def sync(
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> TokenResponse:
    """Get Access Token

     Obtain an access token for client credentials

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        TokenResponse
    """

    return sync_detailed(
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[TokenResponse]:
    """Get Access Token

     Obtain an access token for client credentials

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[TokenResponse]
    """

    kwargs = _get_kwargs()

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> TokenResponse:
    """Get Access Token

     Obtain an access token for client credentials

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            options=options,
        )
    ).parsed

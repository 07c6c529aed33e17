# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ..._pagination import Pagination
from ...client import PlanshipClient
from ...models.http_validation_error import HTTPValidationError
from ...models.id_name_slug_orm_base import IdNameSlugOrmBase
from ...types import UNSET, RequestOptions, Response, Unset

PAGINATION: Pagination[IdNameSlugOrmBase] = Pagination(
    "offset",
    items="",
    position="skip",
    size="limit",
)
"""How ``client.paginate`` moves through this operation's pages."""


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "operation": "list_products",
        "method": "get",
        "url": "/api/v1/products",
        "security": (("oAuth2ClientCredentials",),),
        "params": params,
    }

    return _kwargs


_DECODER: FastDecoder[list[IdNameSlugOrmBase]] = FastDecoder(list[IdNameSlugOrmBase])


def _parse_success(response: httpx.Response) -> list[IdNameSlugOrmBase]:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = []
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise TypeError(f"expected a list, got {type(_response_200).__name__}")

    for response_200_item_data in _response_200:
        response_200_item = IdNameSlugOrmBase.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 422:
        try:
            response_422 = HTTPValidationError.from_dict(response.json())

            return response_422

        except Exception:  # a malformed error body must not hide the error itself
            return None
    return errors.parse_error_body(response)


def _build_response(response: httpx.Response) -> Response[list[IdNameSlugOrmBase]]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError(
            "list[IdNameSlugOrmBase]", "", f"{type(error).__name__}: {error}"
        ) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: PlanshipClient,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    options: RequestOptions | None = None,
) -> Response[list[IdNameSlugOrmBase]]:
    """List Products

     List all products in the current organization. Organization is determined by the Planship API auth
    token.

    Args:
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[list[IdNameSlugOrmBase]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    *,
    client: PlanshipClient,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    options: RequestOptions | None = None,
) -> list[IdNameSlugOrmBase]:
    """List Products

     List all products in the current organization. Organization is determined by the Planship API auth
    token.

    Args:
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        list[IdNameSlugOrmBase]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    client: PlanshipClient,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    options: RequestOptions | None = None,
) -> Response[list[IdNameSlugOrmBase]]:
    """List Products

     List all products in the current organization. Organization is determined by the Planship API auth
    token.

    Args:
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[list[IdNameSlugOrmBase]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    *,
    client: PlanshipClient,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
    options: RequestOptions | None = None,
) -> list[IdNameSlugOrmBase]:
    """List Products

     List all products in the current organization. Organization is determined by the Planship API auth
    token.

    Args:
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        list[IdNameSlugOrmBase]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            options=options,
        )
    ).parsed

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanshipClient
from ...models.http_validation_error import HTTPValidationError
from ...models.id_name_orm_base import IdNameOrmBase
from ...types import RequestOptions, Response


def _get_kwargs(
    product_slug: str,
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": "get_product_plan_entitlements",
        "method": "get",
        "url": "/api/v1/products/{product_slug}/plans/{slug}/entitlements",
        "security": (("oAuth2ClientCredentials",),),
        "path_params": {
            "product_slug": product_slug,
            "slug": slug,
        },
    }

    return _kwargs


_DECODER: FastDecoder[list[IdNameOrmBase]] = FastDecoder(list[IdNameOrmBase])


def _parse_success(response: httpx.Response) -> list[IdNameOrmBase]:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = []
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise TypeError(f"expected a list, got {type(_response_200).__name__}")

    for response_200_item_data in _response_200:
        response_200_item = IdNameOrmBase.from_dict(response_200_item_data)

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


def _build_response(response: httpx.Response) -> Response[list[IdNameOrmBase]]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError(
            "list[IdNameOrmBase]", "", f"{type(error).__name__}: {error}"
        ) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    product_slug: str,
    slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[list[IdNameOrmBase]]:
    """Get Product Plan Entitlements

     List all entitlements for the product plan with given product and plan slugs in the current
    organization. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[list[IdNameOrmBase]]
    """

    kwargs = _get_kwargs(
        product_slug=product_slug,
        slug=slug,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    product_slug: str,
    slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> list[IdNameOrmBase]:
    """Get Product Plan Entitlements

     List all entitlements for the product plan with given product and plan slugs in the current
    organization. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        list[IdNameOrmBase]
    """

    return sync_detailed(
        product_slug=product_slug,
        slug=slug,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    product_slug: str,
    slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[list[IdNameOrmBase]]:
    """Get Product Plan Entitlements

     List all entitlements for the product plan with given product and plan slugs in the current
    organization. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[list[IdNameOrmBase]]
    """

    kwargs = _get_kwargs(
        product_slug=product_slug,
        slug=slug,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    product_slug: str,
    slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> list[IdNameOrmBase]:
    """Get Product Plan Entitlements

     List all entitlements for the product plan with given product and plan slugs in the current
    organization. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        list[IdNameOrmBase]
    """

    return (
        await asyncio_detailed(
            product_slug=product_slug,
            slug=slug,
            client=client,
            options=options,
        )
    ).parsed

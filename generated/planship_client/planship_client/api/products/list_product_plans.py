# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanshipClient
from ...models.http_validation_error import HTTPValidationError
from ...models.plan_in_list import PlanInList
from ...types import UNSET, RequestOptions, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["order_by"] = order_by

    params["public_only"] = public_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "operation": "list_product_plans",
        "method": "get",
        "url": "/api/v1/products/{slug}/plans",
        "security": (("oAuth2ClientCredentials",),),
        "path_params": {
            "slug": slug,
        },
        "params": params,
    }

    return _kwargs


_DECODER: FastDecoder[list[PlanInList]] = FastDecoder(list[PlanInList])


def _parse_success(response: httpx.Response) -> list[PlanInList]:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = []
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise TypeError(f"expected a list, got {type(_response_200).__name__}")

    for response_200_item_data in _response_200:
        response_200_item = PlanInList.from_dict(response_200_item_data)

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


def _build_response(response: httpx.Response) -> Response[list[PlanInList]]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("list[PlanInList]", "", f"{type(error).__name__}: {error}") from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    slug: str,
    *,
    client: PlanshipClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
    options: RequestOptions | None = None,
) -> Response[list[PlanInList]]:
    """List Product Plans

     List all plans for the product with a given slug in the current organization. Organization is
    determined by the Planship API auth token.

    Args:
        slug (str):
        order_by (str | Unset):
        public_only (bool | Unset):  Default: False.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[list[PlanInList]]
    """

    kwargs = _get_kwargs(
        slug=slug,
        order_by=order_by,
        public_only=public_only,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    slug: str,
    *,
    client: PlanshipClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
    options: RequestOptions | None = None,
) -> list[PlanInList]:
    """List Product Plans

     List all plans for the product with a given slug in the current organization. Organization is
    determined by the Planship API auth token.

    Args:
        slug (str):
        order_by (str | Unset):
        public_only (bool | Unset):  Default: False.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        list[PlanInList]
    """

    return sync_detailed(
        slug=slug,
        client=client,
        order_by=order_by,
        public_only=public_only,
        options=options,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: PlanshipClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
    options: RequestOptions | None = None,
) -> Response[list[PlanInList]]:
    """List Product Plans

     List all plans for the product with a given slug in the current organization. Organization is
    determined by the Planship API auth token.

    Args:
        slug (str):
        order_by (str | Unset):
        public_only (bool | Unset):  Default: False.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[list[PlanInList]]
    """

    kwargs = _get_kwargs(
        slug=slug,
        order_by=order_by,
        public_only=public_only,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    slug: str,
    *,
    client: PlanshipClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
    options: RequestOptions | None = None,
) -> list[PlanInList]:
    """List Product Plans

     List all plans for the product with a given slug in the current organization. Organization is
    determined by the Planship API auth token.

    Args:
        slug (str):
        order_by (str | Unset):
        public_only (bool | Unset):  Default: False.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        list[PlanInList]
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            order_by=order_by,
            public_only=public_only,
            options=options,
        )
    ).parsed

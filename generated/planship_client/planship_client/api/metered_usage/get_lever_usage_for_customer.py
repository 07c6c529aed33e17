# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanshipClient
from ...models.http_validation_error import HTTPValidationError
from ...models.lever_usage import LeverUsage
from ...types import RequestOptions, Response


def _get_kwargs(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": "get_lever_usage_for_customer",
        "method": "get",
        "url": "/api/v1/customers/{customer_id}/products/{product_slug}/levers/{lever_slug}/usage",
        "security": (("oAuth2ClientCredentials",),),
        "path_params": {
            "customer_id": customer_id,
            "product_slug": product_slug,
            "lever_slug": lever_slug,
        },
    }

    return _kwargs


_DECODER: FastDecoder[LeverUsage] = FastDecoder(LeverUsage)


def _parse_success(response: httpx.Response) -> LeverUsage:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = LeverUsage.from_dict(response.json())

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 422:
        try:
            response_422 = HTTPValidationError.from_dict(response.json())

            return response_422

        except Exception:  # a malformed error body must not hide the error itself
            return None
    return errors.parse_error_body(response)


def _build_response(response: httpx.Response) -> Response[LeverUsage]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("LeverUsage", "", f"{type(error).__name__}: {error}") from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[LeverUsage]:
    """Get Lever Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        lever_slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[LeverUsage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
        lever_slug=lever_slug,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> LeverUsage:
    """Get Lever Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        lever_slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        LeverUsage
    """

    return sync_detailed(
        customer_id=customer_id,
        product_slug=product_slug,
        lever_slug=lever_slug,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[LeverUsage]:
    """Get Lever Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        lever_slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[LeverUsage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
        lever_slug=lever_slug,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> LeverUsage:
    """Get Lever Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        lever_slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        LeverUsage
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            product_slug=product_slug,
            lever_slug=lever_slug,
            client=client,
            options=options,
        )
    ).parsed

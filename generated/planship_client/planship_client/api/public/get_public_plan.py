# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanshipClient
from ...models.http_validation_error import HTTPValidationError
from ...models.plan import Plan
from ...types import RequestOptions, Response


def _get_kwargs(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": "get_public_plan",
        "method": "get",
        "url": "/api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}",
        "path_params": {
            "organization_slug": organization_slug,
            "product_slug": product_slug,
            "plan_slug": plan_slug,
        },
    }

    return _kwargs


_DECODER: FastDecoder[Plan] = FastDecoder(Plan)


def _parse_success(response: httpx.Response) -> Plan:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = Plan.from_dict(response.json())

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 422:
        try:
            response_422 = HTTPValidationError.from_dict(response.json())

            return response_422

        except Exception:  # a malformed error body must not hide the error itself
            return None
    return errors.parse_error_body(response)


def _build_response(response: httpx.Response) -> Response[Plan]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("Plan", "", f"{type(error).__name__}: {error}") from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[Plan]:
    """Get Public Plan

    Args:
        organization_slug (str):
        product_slug (str):
        plan_slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[Plan]
    """

    kwargs = _get_kwargs(
        organization_slug=organization_slug,
        product_slug=product_slug,
        plan_slug=plan_slug,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Plan:
    """Get Public Plan

    Args:
        organization_slug (str):
        product_slug (str):
        plan_slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Plan
    """

    return sync_detailed(
        organization_slug=organization_slug,
        product_slug=product_slug,
        plan_slug=plan_slug,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[Plan]:
    """Get Public Plan

    Args:
        organization_slug (str):
        product_slug (str):
        plan_slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[Plan]
    """

    kwargs = _get_kwargs(
        organization_slug=organization_slug,
        product_slug=product_slug,
        plan_slug=plan_slug,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Plan:
    """Get Public Plan

    Args:
        organization_slug (str):
        product_slug (str):
        plan_slug (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Plan
    """

    return (
        await asyncio_detailed(
            organization_slug=organization_slug,
            product_slug=product_slug,
            plan_slug=plan_slug,
            client=client,
            options=options,
        )
    ).parsed

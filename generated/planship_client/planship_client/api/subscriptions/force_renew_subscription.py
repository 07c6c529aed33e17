# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanshipClient
from ...models.http_validation_error import HTTPValidationError
from ...models.subscription_with_plan import SubscriptionWithPlan
from ...types import RequestOptions, Response


def _get_kwargs(
    subscription_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": "force_renew_subscription",
        "method": "post",
        "url": "/api/v1/subscriptions/{subscription_id}/renewals",
        "security": (("oAuth2ClientCredentials",),),
        "path_params": {
            "subscription_id": subscription_id,
        },
    }

    return _kwargs


_DECODER: FastDecoder[SubscriptionWithPlan] = FastDecoder(SubscriptionWithPlan)


def _parse_success(response: httpx.Response) -> SubscriptionWithPlan:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = SubscriptionWithPlan.from_dict(response.json())

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 422:
        try:
            response_422 = HTTPValidationError.from_dict(response.json())

            return response_422

        except Exception:  # a malformed error body must not hide the error itself
            return None
    return errors.parse_error_body(response)


def _build_response(response: httpx.Response) -> Response[SubscriptionWithPlan]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError(
            "SubscriptionWithPlan", "", f"{type(error).__name__}: {error}"
        ) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[SubscriptionWithPlan]:
    """Force Renew Subscription

    Args:
        subscription_id (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[SubscriptionWithPlan]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    subscription_id: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> SubscriptionWithPlan:
    """Force Renew Subscription

    Args:
        subscription_id (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        SubscriptionWithPlan
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> Response[SubscriptionWithPlan]:
    """Force Renew Subscription

    Args:
        subscription_id (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[SubscriptionWithPlan]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    subscription_id: str,
    *,
    client: PlanshipClient,
    options: RequestOptions | None = None,
) -> SubscriptionWithPlan:
    """Force Renew Subscription

    Args:
        subscription_id (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        SubscriptionWithPlan
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            options=options,
        )
    ).parsed

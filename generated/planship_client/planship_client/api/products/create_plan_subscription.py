# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.plan_subscription_create import PlanSubscriptionCreate
from ...models.subscription_with_plan import SubscriptionWithPlan
from ...types import Response


def _get_kwargs(
    product_slug: str,
    slug: str,
    *,
    body: PlanSubscriptionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/products/{product_slug}/plans/{slug}/subscriptions".format(
            product_slug=quote(str(product_slug), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SubscriptionWithPlan | None:
    if response.status_code == 200:
        response_200 = SubscriptionWithPlan.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | SubscriptionWithPlan]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    product_slug: str,
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PlanSubscriptionCreate,
) -> Response[HTTPValidationError | SubscriptionWithPlan]:
    """Create Plan Subscription

     Create a subscription to the product plan with given product and plan slugs for the customer
    described in subscription_customer_in. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):
        body (PlanSubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SubscriptionWithPlan]
    """

    kwargs = _get_kwargs(
        product_slug=product_slug,
        slug=slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    product_slug: str,
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PlanSubscriptionCreate,
) -> HTTPValidationError | SubscriptionWithPlan | None:
    """Create Plan Subscription

     Create a subscription to the product plan with given product and plan slugs for the customer
    described in subscription_customer_in. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):
        body (PlanSubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SubscriptionWithPlan
    """

    return sync_detailed(
        product_slug=product_slug,
        slug=slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    product_slug: str,
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PlanSubscriptionCreate,
) -> Response[HTTPValidationError | SubscriptionWithPlan]:
    """Create Plan Subscription

     Create a subscription to the product plan with given product and plan slugs for the customer
    described in subscription_customer_in. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):
        body (PlanSubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SubscriptionWithPlan]
    """

    kwargs = _get_kwargs(
        product_slug=product_slug,
        slug=slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_slug: str,
    slug: str,
    *,
    client: AuthenticatedClient,
    body: PlanSubscriptionCreate,
) -> HTTPValidationError | SubscriptionWithPlan | None:
    """Create Plan Subscription

     Create a subscription to the product plan with given product and plan slugs for the customer
    described in subscription_customer_in. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):
        body (PlanSubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SubscriptionWithPlan
    """

    return (
        await asyncio_detailed(
            product_slug=product_slug,
            slug=slug,
            client=client,
            body=body,
        )
    ).parsed

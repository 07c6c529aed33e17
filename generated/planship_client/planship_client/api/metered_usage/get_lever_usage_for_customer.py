# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.lever_usage import LeverUsage
from ...types import Response


def _get_kwargs(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customers/{customer_id}/products/{product_slug}/levers/{lever_slug}/usage".format(
            customer_id=quote(str(customer_id), safe=""),
            product_slug=quote(str(product_slug), safe=""),
            lever_slug=quote(str(lever_slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | LeverUsage | None:
    if response.status_code == 200:
        response_200 = LeverUsage.from_dict(response.json())

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
) -> Response[HTTPValidationError | LeverUsage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | LeverUsage]:
    """Get Lever Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        lever_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LeverUsage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
        lever_slug=lever_slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | LeverUsage | None:
    """Get Lever Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        lever_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LeverUsage
    """

    return sync_detailed(
        customer_id=customer_id,
        product_slug=product_slug,
        lever_slug=lever_slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | LeverUsage]:
    """Get Lever Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        lever_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LeverUsage]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
        lever_slug=lever_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    product_slug: str,
    lever_slug: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | LeverUsage | None:
    """Get Lever Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        lever_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LeverUsage
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            product_slug=product_slug,
            lever_slug=lever_slug,
            client=client,
        )
    ).parsed

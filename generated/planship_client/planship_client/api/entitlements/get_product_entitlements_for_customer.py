# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entitlements_response_schema import EntitlementsResponseSchema
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    customer_id: str,
    product_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customers/{customer_id}/products/{product_slug}/entitlements".format(
            customer_id=quote(str(customer_id), safe=""),
            product_slug=quote(str(product_slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntitlementsResponseSchema | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EntitlementsResponseSchema.from_dict(response.json())

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
) -> Response[EntitlementsResponseSchema | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    product_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[EntitlementsResponseSchema | HTTPValidationError]:
    """Get Product Entitlements For Customer

     List all entitlements for the customer with a given id and the product with a given slug.
    Entitlements are returned as a dictionary keyed by lever slugs.

    Args:
        customer_id (str):
        product_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntitlementsResponseSchema | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    product_slug: str,
    *,
    client: AuthenticatedClient,
) -> EntitlementsResponseSchema | HTTPValidationError | None:
    """Get Product Entitlements For Customer

     List all entitlements for the customer with a given id and the product with a given slug.
    Entitlements are returned as a dictionary keyed by lever slugs.

    Args:
        customer_id (str):
        product_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntitlementsResponseSchema | HTTPValidationError
    """

    return sync_detailed(
        customer_id=customer_id,
        product_slug=product_slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    product_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[EntitlementsResponseSchema | HTTPValidationError]:
    """Get Product Entitlements For Customer

     List all entitlements for the customer with a given id and the product with a given slug.
    Entitlements are returned as a dictionary keyed by lever slugs.

    Args:
        customer_id (str):
        product_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntitlementsResponseSchema | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    product_slug: str,
    *,
    client: AuthenticatedClient,
) -> EntitlementsResponseSchema | HTTPValidationError | None:
    """Get Product Entitlements For Customer

     List all entitlements for the customer with a given id and the product with a given slug.
    Entitlements are returned as a dictionary keyed by lever slugs.

    Args:
        customer_id (str):
        product_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntitlementsResponseSchema | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            product_slug=product_slug,
            client=client,
        )
    ).parsed

# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.id_name_orm_base import IdNameOrmBase
from ...types import Response


def _get_kwargs(
    product_slug: str,
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/products/{product_slug}/plans/{slug}/entitlements".format(
            product_slug=quote(str(product_slug), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[IdNameOrmBase] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IdNameOrmBase.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[IdNameOrmBase]]:
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
) -> Response[HTTPValidationError | list[IdNameOrmBase]]:
    """Get Product Plan Entitlements

     List all entitlements for the product plan with given product and plan slugs in the current
    organization. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[IdNameOrmBase]]
    """

    kwargs = _get_kwargs(
        product_slug=product_slug,
        slug=slug,
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
) -> HTTPValidationError | list[IdNameOrmBase] | None:
    """Get Product Plan Entitlements

     List all entitlements for the product plan with given product and plan slugs in the current
    organization. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[IdNameOrmBase]
    """

    return sync_detailed(
        product_slug=product_slug,
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    product_slug: str,
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | list[IdNameOrmBase]]:
    """Get Product Plan Entitlements

     List all entitlements for the product plan with given product and plan slugs in the current
    organization. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[IdNameOrmBase]]
    """

    kwargs = _get_kwargs(
        product_slug=product_slug,
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_slug: str,
    slug: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | list[IdNameOrmBase] | None:
    """Get Product Plan Entitlements

     List all entitlements for the product plan with given product and plan slugs in the current
    organization. Organization is determined by the Planship API auth token.

    Args:
        product_slug (str):
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[IdNameOrmBase]
    """

    return (
        await asyncio_detailed(
            product_slug=product_slug,
            slug=slug,
            client=client,
        )
    ).parsed

# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.plan import Plan
from ...types import Response


def _get_kwargs(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}".format(
            organization_slug=quote(str(organization_slug), safe=""),
            product_slug=quote(str(product_slug), safe=""),
            plan_slug=quote(str(plan_slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | Plan | None:
    if response.status_code == 200:
        response_200 = Plan.from_dict(response.json())

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
) -> Response[HTTPValidationError | Plan]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | Plan]:
    """Get Public Plan

    Args:
        organization_slug (str):
        product_slug (str):
        plan_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Plan]
    """

    kwargs = _get_kwargs(
        organization_slug=organization_slug,
        product_slug=product_slug,
        plan_slug=plan_slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | Plan | None:
    """Get Public Plan

    Args:
        organization_slug (str):
        product_slug (str):
        plan_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Plan
    """

    return sync_detailed(
        organization_slug=organization_slug,
        product_slug=product_slug,
        plan_slug=plan_slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | Plan]:
    """Get Public Plan

    Args:
        organization_slug (str):
        product_slug (str):
        plan_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Plan]
    """

    kwargs = _get_kwargs(
        organization_slug=organization_slug,
        product_slug=product_slug,
        plan_slug=plan_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | Plan | None:
    """Get Public Plan

    Args:
        organization_slug (str):
        product_slug (str):
        plan_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Plan
    """

    return (
        await asyncio_detailed(
            organization_slug=organization_slug,
            product_slug=product_slug,
            plan_slug=plan_slug,
            client=client,
        )
    ).parsed

# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.plan_in_list import PlanInList
from ...types import UNSET, Response, Unset


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
        "method": "get",
        "url": "/api/v1/products/{slug}/plans".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[PlanInList] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PlanInList.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[PlanInList]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
) -> Response[HTTPValidationError | list[PlanInList]]:
    """List Product Plans

     List all plans for the product with a given slug in the current organization. Organization is
    determined by the Planship API auth token.

    Args:
        slug (str):
        order_by (str | Unset):
        public_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[PlanInList]]
    """

    kwargs = _get_kwargs(
        slug=slug,
        order_by=order_by,
        public_only=public_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
) -> HTTPValidationError | list[PlanInList] | None:
    """List Product Plans

     List all plans for the product with a given slug in the current organization. Organization is
    determined by the Planship API auth token.

    Args:
        slug (str):
        order_by (str | Unset):
        public_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[PlanInList]
    """

    return sync_detailed(
        slug=slug,
        client=client,
        order_by=order_by,
        public_only=public_only,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
) -> Response[HTTPValidationError | list[PlanInList]]:
    """List Product Plans

     List all plans for the product with a given slug in the current organization. Organization is
    determined by the Planship API auth token.

    Args:
        slug (str):
        order_by (str | Unset):
        public_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[PlanInList]]
    """

    kwargs = _get_kwargs(
        slug=slug,
        order_by=order_by,
        public_only=public_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
) -> HTTPValidationError | list[PlanInList] | None:
    """List Product Plans

     List all plans for the product with a given slug in the current organization. Organization is
    determined by the Planship API auth token.

    Args:
        slug (str):
        order_by (str | Unset):
        public_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[PlanInList]
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            order_by=order_by,
            public_only=public_only,
        )
    ).parsed

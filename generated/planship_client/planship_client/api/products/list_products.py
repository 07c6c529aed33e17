# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.id_name_slug_orm_base import IdNameSlugOrmBase
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/products",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[IdNameSlugOrmBase] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IdNameSlugOrmBase.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[IdNameSlugOrmBase]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
) -> Response[HTTPValidationError | list[IdNameSlugOrmBase]]:
    """List Products

     List all products in the current organization. Organization is determined by the Planship API auth
    token.

    Args:
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[IdNameSlugOrmBase]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
) -> HTTPValidationError | list[IdNameSlugOrmBase] | None:
    """List Products

     List all products in the current organization. Organization is determined by the Planship API auth
    token.

    Args:
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[IdNameSlugOrmBase]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
) -> Response[HTTPValidationError | list[IdNameSlugOrmBase]]:
    """List Products

     List all products in the current organization. Organization is determined by the Planship API auth
    token.

    Args:
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[IdNameSlugOrmBase]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    skip: int | Unset = 0,
) -> HTTPValidationError | list[IdNameSlugOrmBase] | None:
    """List Products

     List all products in the current organization. Organization is determined by the Planship API auth
    token.

    Args:
        limit (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[IdNameSlugOrmBase]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
        )
    ).parsed

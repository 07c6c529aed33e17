# Generated from specs/planetscale.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deploy_request import DeployRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    organization: str,
    database: str,
    deploy_request_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert".format(
            organization=quote(str(organization), safe=""),
            database=quote(str(database), safe=""),
            deploy_request_number=quote(str(deploy_request_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeployRequest | Error | None:
    if response.status_code == 200:
        response_200 = DeployRequest.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeployRequest | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeployRequest | Error]:
    """Skip revert period

     Skips the revert period for a completed deploy request, finalizing the schema changes.

    Args:
        organization (str):
        database (str):
        deploy_request_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeployRequest | Error]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        deploy_request_number=deploy_request_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeployRequest | Error | None:
    """Skip revert period

     Skips the revert period for a completed deploy request, finalizing the schema changes.

    Args:
        organization (str):
        database (str):
        deploy_request_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeployRequest | Error
    """

    return sync_detailed(
        organization=organization,
        database=database,
        deploy_request_number=deploy_request_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeployRequest | Error]:
    """Skip revert period

     Skips the revert period for a completed deploy request, finalizing the schema changes.

    Args:
        organization (str):
        database (str):
        deploy_request_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeployRequest | Error]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        deploy_request_number=deploy_request_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeployRequest | Error | None:
    """Skip revert period

     Skips the revert period for a completed deploy request, finalizing the schema changes.

    Args:
        organization (str):
        database (str):
        deploy_request_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeployRequest | Error
    """

    return (
        await asyncio_detailed(
            organization=organization,
            database=database,
            deploy_request_number=deploy_request_number,
            client=client,
        )
    ).parsed

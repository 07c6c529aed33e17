# Generated from specs/planetscale.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.branch import Branch
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    organization: str,
    database: str,
    branch: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization}/databases/{database}/branches/{branch}".format(
            organization=quote(str(organization), safe=""),
            database=quote(str(database), safe=""),
            branch=quote(str(branch), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Branch | Error | None:
    if response.status_code == 200:
        response_200 = Branch.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Branch | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Branch | Error]:
    """Get a branch

     Returns details about a specific branch, including its schema status, cluster configuration, and
    readiness state.

    Args:
        organization (str):
        database (str):
        branch (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Branch | Error]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization: str,
    database: str,
    branch: str,
    *,
    client: AuthenticatedClient | Client,
) -> Branch | Error | None:
    """Get a branch

     Returns details about a specific branch, including its schema status, cluster configuration, and
    readiness state.

    Args:
        organization (str):
        database (str):
        branch (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Branch | Error
    """

    return sync_detailed(
        organization=organization,
        database=database,
        branch=branch,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Branch | Error]:
    """Get a branch

     Returns details about a specific branch, including its schema status, cluster configuration, and
    readiness state.

    Args:
        organization (str):
        database (str):
        branch (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Branch | Error]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    database: str,
    branch: str,
    *,
    client: AuthenticatedClient | Client,
) -> Branch | Error | None:
    """Get a branch

     Returns details about a specific branch, including its schema status, cluster configuration, and
    readiness state.

    Args:
        organization (str):
        database (str):
        branch (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Branch | Error
    """

    return (
        await asyncio_detailed(
            organization=organization,
            database=database,
            branch=branch,
            client=client,
        )
    ).parsed

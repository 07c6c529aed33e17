# Generated from specs/planetscale.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_backups_response_200 import ListBackupsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization: str,
    database: str,
    branch: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization}/databases/{database}/branches/{branch}/backups".format(
            organization=quote(str(organization), safe=""),
            database=quote(str(database), safe=""),
            branch=quote(str(branch), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListBackupsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListBackupsResponse200.from_dict(response.json())

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
) -> Response[Error | ListBackupsResponse200]:
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
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[Error | ListBackupsResponse200]:
    """List backups

     Returns a list of all backups for a specific branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListBackupsResponse200]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        page=page,
        per_page=per_page,
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
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Error | ListBackupsResponse200 | None:
    """List backups

     Returns a list of all backups for a specific branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListBackupsResponse200
    """

    return sync_detailed(
        organization=organization,
        database=database,
        branch=branch,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Response[Error | ListBackupsResponse200]:
    """List backups

     Returns a list of all backups for a specific branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListBackupsResponse200]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    database: str,
    branch: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> Error | ListBackupsResponse200 | None:
    """List backups

     Returns a list of all backups for a specific branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListBackupsResponse200
    """

    return (
        await asyncio_detailed(
            organization=organization,
            database=database,
            branch=branch,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed

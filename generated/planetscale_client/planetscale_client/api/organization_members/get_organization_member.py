# Generated from specs/planetscale.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.organization_member import OrganizationMember
from ...types import Response


def _get_kwargs(
    organization: str,
    member_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization}/members/{member_id}".format(
            organization=quote(str(organization), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrganizationMember | None:
    if response.status_code == 200:
        response_200 = OrganizationMember.from_dict(response.json())

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
) -> Response[Error | OrganizationMember]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization: str,
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | OrganizationMember]:
    """Get an organization member

     Returns details about a specific member in the organization. Requires the read_organization
    permission.

    Args:
        organization (str):
        member_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrganizationMember]
    """

    kwargs = _get_kwargs(
        organization=organization,
        member_id=member_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization: str,
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | OrganizationMember | None:
    """Get an organization member

     Returns details about a specific member in the organization. Requires the read_organization
    permission.

    Args:
        organization (str):
        member_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrganizationMember
    """

    return sync_detailed(
        organization=organization,
        member_id=member_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization: str,
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | OrganizationMember]:
    """Get an organization member

     Returns details about a specific member in the organization. Requires the read_organization
    permission.

    Args:
        organization (str):
        member_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrganizationMember]
    """

    kwargs = _get_kwargs(
        organization=organization,
        member_id=member_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | OrganizationMember | None:
    """Get an organization member

     Returns details about a specific member in the organization. Requires the read_organization
    permission.

    Args:
        organization (str):
        member_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrganizationMember
    """

    return (
        await asyncio_detailed(
            organization=organization,
            member_id=member_id,
            client=client,
        )
    ).parsed

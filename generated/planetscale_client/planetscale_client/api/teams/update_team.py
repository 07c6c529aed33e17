# Generated from specs/planetscale.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team import Team
from ...models.update_team_body import UpdateTeamBody
from ...types import Response


def _get_kwargs(
    organization: str,
    team_slug: str,
    *,
    body: UpdateTeamBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/organizations/{organization}/teams/{team_slug}".format(
            organization=quote(str(organization), safe=""),
            team_slug=quote(str(team_slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Team | None:
    if response.status_code == 200:
        response_200 = Team.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Team]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization: str,
    team_slug: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamBody,
) -> Response[Error | Team]:
    """Update a team

     Updates the name or description of a specific team.

    Args:
        organization (str):
        team_slug (str):
        body (UpdateTeamBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Team]
    """

    kwargs = _get_kwargs(
        organization=organization,
        team_slug=team_slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization: str,
    team_slug: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamBody,
) -> Error | Team | None:
    """Update a team

     Updates the name or description of a specific team.

    Args:
        organization (str):
        team_slug (str):
        body (UpdateTeamBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Team
    """

    return sync_detailed(
        organization=organization,
        team_slug=team_slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization: str,
    team_slug: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamBody,
) -> Response[Error | Team]:
    """Update a team

     Updates the name or description of a specific team.

    Args:
        organization (str):
        team_slug (str):
        body (UpdateTeamBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Team]
    """

    kwargs = _get_kwargs(
        organization=organization,
        team_slug=team_slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    team_slug: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamBody,
) -> Error | Team | None:
    """Update a team

     Updates the name or description of a specific team.

    Args:
        organization (str):
        team_slug (str):
        body (UpdateTeamBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Team
    """

    return (
        await asyncio_detailed(
            organization=organization,
            team_slug=team_slug,
            client=client,
            body=body,
        )
    ).parsed

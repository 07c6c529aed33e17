# Generated from specs/planetscale.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bouncer import Bouncer
from ...models.create_bouncer_body import CreateBouncerBody
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    organization: str,
    database: str,
    branch: str,
    *,
    body: CreateBouncerBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organizations/{organization}/databases/{database}/branches/{branch}/bouncers".format(
            organization=quote(str(organization), safe=""),
            database=quote(str(database), safe=""),
            branch=quote(str(branch), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Bouncer | Error | None:
    if response.status_code == 201:
        response_201 = Bouncer.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Bouncer | Error]:
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
    body: CreateBouncerBody,
) -> Response[Bouncer | Error]:
    """Create a bouncer

     Creates a new PgBouncer connection pooling instance for the specified branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        body (CreateBouncerBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bouncer | Error]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        body=body,
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
    body: CreateBouncerBody,
) -> Bouncer | Error | None:
    """Create a bouncer

     Creates a new PgBouncer connection pooling instance for the specified branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        body (CreateBouncerBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bouncer | Error
    """

    return sync_detailed(
        organization=organization,
        database=database,
        branch=branch,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateBouncerBody,
) -> Response[Bouncer | Error]:
    """Create a bouncer

     Creates a new PgBouncer connection pooling instance for the specified branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        body (CreateBouncerBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bouncer | Error]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    database: str,
    branch: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateBouncerBody,
) -> Bouncer | Error | None:
    """Create a bouncer

     Creates a new PgBouncer connection pooling instance for the specified branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        body (CreateBouncerBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bouncer | Error
    """

    return (
        await asyncio_detailed(
            organization=organization,
            database=database,
            branch=branch,
            client=client,
            body=body,
        )
    ).parsed

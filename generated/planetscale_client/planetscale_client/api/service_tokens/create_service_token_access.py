# Generated from specs/planetscale.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_service_token_access_body import CreateServiceTokenAccessBody
from ...models.error import Error
from ...models.service_token_access import ServiceTokenAccess
from ...types import Response


def _get_kwargs(
    organization: str,
    service_token_id: str,
    *,
    body: CreateServiceTokenAccessBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organizations/{organization}/service-tokens/{service_token_id}/accesses".format(
            organization=quote(str(organization), safe=""),
            service_token_id=quote(str(service_token_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ServiceTokenAccess | None:
    if response.status_code == 201:
        response_201 = ServiceTokenAccess.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ServiceTokenAccess]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization: str,
    service_token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceTokenAccessBody,
) -> Response[Error | ServiceTokenAccess]:
    """Grant service token access

     Grants a specific access permission to a service token for a database or organization resource.

    Args:
        organization (str):
        service_token_id (str):
        body (CreateServiceTokenAccessBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ServiceTokenAccess]
    """

    kwargs = _get_kwargs(
        organization=organization,
        service_token_id=service_token_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization: str,
    service_token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceTokenAccessBody,
) -> Error | ServiceTokenAccess | None:
    """Grant service token access

     Grants a specific access permission to a service token for a database or organization resource.

    Args:
        organization (str):
        service_token_id (str):
        body (CreateServiceTokenAccessBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ServiceTokenAccess
    """

    return sync_detailed(
        organization=organization,
        service_token_id=service_token_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization: str,
    service_token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceTokenAccessBody,
) -> Response[Error | ServiceTokenAccess]:
    """Grant service token access

     Grants a specific access permission to a service token for a database or organization resource.

    Args:
        organization (str):
        service_token_id (str):
        body (CreateServiceTokenAccessBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ServiceTokenAccess]
    """

    kwargs = _get_kwargs(
        organization=organization,
        service_token_id=service_token_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    service_token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceTokenAccessBody,
) -> Error | ServiceTokenAccess | None:
    """Grant service token access

     Grants a specific access permission to a service token for a database or organization resource.

    Args:
        organization (str):
        service_token_id (str):
        body (CreateServiceTokenAccessBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ServiceTokenAccess
    """

    return (
        await asyncio_detailed(
            organization=organization,
            service_token_id=service_token_id,
            client=client,
            body=body,
        )
    ).parsed

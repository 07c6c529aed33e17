# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.metered_usage_in import MeteredUsageIn
from ...models.metering_record import MeteringRecord
from ...types import Response


def _get_kwargs(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    body: MeteredUsageIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customers/{customer_id}/products/{product_slug}/usage/{metering_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            product_slug=quote(str(product_slug), safe=""),
            metering_id=quote(str(metering_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MeteringRecord | None:
    if response.status_code == 200:
        response_200 = MeteringRecord.from_dict(response.json())

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
) -> Response[HTTPValidationError | MeteringRecord]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: AuthenticatedClient,
    body: MeteredUsageIn,
) -> Response[HTTPValidationError | MeteringRecord]:
    """Report Metered Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        metering_id (str):
        body (MeteredUsageIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MeteringRecord]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
        metering_id=metering_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: AuthenticatedClient,
    body: MeteredUsageIn,
) -> HTTPValidationError | MeteringRecord | None:
    """Report Metered Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        metering_id (str):
        body (MeteredUsageIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MeteringRecord
    """

    return sync_detailed(
        customer_id=customer_id,
        product_slug=product_slug,
        metering_id=metering_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: AuthenticatedClient,
    body: MeteredUsageIn,
) -> Response[HTTPValidationError | MeteringRecord]:
    """Report Metered Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        metering_id (str):
        body (MeteredUsageIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MeteringRecord]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
        metering_id=metering_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: AuthenticatedClient,
    body: MeteredUsageIn,
) -> HTTPValidationError | MeteringRecord | None:
    """Report Metered Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        metering_id (str):
        body (MeteredUsageIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MeteringRecord
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            product_slug=product_slug,
            metering_id=metering_id,
            client=client,
            body=body,
        )
    ).parsed

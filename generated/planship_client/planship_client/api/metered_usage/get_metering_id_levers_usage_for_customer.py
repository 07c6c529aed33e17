# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_metering_id_levers_usage_for_customer_response_get_metering_id_levers_usage_for_customer_api_v1_customers_customer_id_products_product_slug_usage_metering_id_get import (
    GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    customer_id: str,
    product_slug: str,
    metering_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customers/{customer_id}/products/{product_slug}/usage/{metering_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            product_slug=quote(str(product_slug), safe=""),
            metering_id=quote(str(metering_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet.from_dict(
            response.json()
        )

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
) -> Response[
    GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet
    | HTTPValidationError
]:
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
) -> Response[
    GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet
    | HTTPValidationError
]:
    """Get Metering Id Levers Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        metering_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
        metering_id=metering_id,
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
) -> (
    GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet
    | HTTPValidationError
    | None
):
    """Get Metering Id Levers Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        metering_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet | HTTPValidationError
    """

    return sync_detailed(
        customer_id=customer_id,
        product_slug=product_slug,
        metering_id=metering_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet
    | HTTPValidationError
]:
    """Get Metering Id Levers Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        metering_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_slug=product_slug,
        metering_id=metering_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet
    | HTTPValidationError
    | None
):
    """Get Metering Id Levers Usage For Customer

    Args:
        customer_id (str):
        product_slug (str):
        metering_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            product_slug=product_slug,
            metering_id=metering_id,
            client=client,
        )
    ).parsed

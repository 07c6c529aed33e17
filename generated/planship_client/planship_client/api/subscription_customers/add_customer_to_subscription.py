# Generated from specs/planship.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.subscription_customer import SubscriptionCustomer
from ...models.subscription_customer_add import SubscriptionCustomerAdd
from ...types import Response


def _get_kwargs(
    customer_id: str,
    subscription_id: str,
    *,
    body: SubscriptionCustomerAdd,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers".format(
            customer_id=quote(str(customer_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SubscriptionCustomer | None:
    if response.status_code == 200:
        response_200 = SubscriptionCustomer.from_dict(response.json())

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
) -> Response[HTTPValidationError | SubscriptionCustomer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionCustomerAdd,
) -> Response[HTTPValidationError | SubscriptionCustomer]:
    """Add Customer To Subscription

    Args:
        customer_id (str):
        subscription_id (str):
        body (SubscriptionCustomerAdd):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SubscriptionCustomer]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionCustomerAdd,
) -> HTTPValidationError | SubscriptionCustomer | None:
    """Add Customer To Subscription

    Args:
        customer_id (str):
        subscription_id (str):
        body (SubscriptionCustomerAdd):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SubscriptionCustomer
    """

    return sync_detailed(
        customer_id=customer_id,
        subscription_id=subscription_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionCustomerAdd,
) -> Response[HTTPValidationError | SubscriptionCustomer]:
    """Add Customer To Subscription

    Args:
        customer_id (str):
        subscription_id (str):
        body (SubscriptionCustomerAdd):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SubscriptionCustomer]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionCustomerAdd,
) -> HTTPValidationError | SubscriptionCustomer | None:
    """Add Customer To Subscription

    Args:
        customer_id (str):
        subscription_id (str):
        body (SubscriptionCustomerAdd):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SubscriptionCustomer
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            subscription_id=subscription_id,
            client=client,
            body=body,
        )
    ).parsed

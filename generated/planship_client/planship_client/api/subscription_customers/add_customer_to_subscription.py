# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.subscription_customers.add()`` (POST /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.subscription_customer import SubscriptionCustomer
from ...models.subscription_customer_add import SubscriptionCustomerAdd
from ...types import RequestOptions, Response

OPERATION: Operation[SubscriptionCustomer] = Operation(
    "add_customer_to_subscription",
    "POST",
    "/api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers",
    params=(
        Param("customer_id", "path"),
        Param("subscription_id", "path"),
    ),
    bodies=(Body("json", "application/json"),),
    replies={200: Reply(SubscriptionCustomer)},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    customer_id: str,
    subscription_id: str,
    *,
    client: BaseClient,
    body: SubscriptionCustomerAdd,
    options: RequestOptions | None = None,
) -> Response[SubscriptionCustomer]:
    """Return the whole response of ``client.subscription_customers.add()`` (``POST /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers``).

    Raises:
        UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
        APIStatusError: any other non-2xx status, after the retries (the subclass says which).
        APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
            timeout or deadline passed).
        APIResponseValidationError: the response does not match what the spec documents.
        APIError: the operation needs a credential the client was not given (the message
            names the argument and environment variable that give it).
        TypeError: an argument of the wrong type, or one the method does not take.
        ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
            a header value with a line break).
    """
    return client.send(
        OPERATION, {"customer_id": customer_id, "subscription_id": subscription_id, "body": body}, options
    )


def sync(
    customer_id: str,
    subscription_id: str,
    *,
    client: BaseClient,
    body: SubscriptionCustomerAdd,
    options: RequestOptions | None = None,
) -> SubscriptionCustomer:
    """The same as ``client.subscription_customers.add()`` (``POST /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers``).

    Raises:
        UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
        APIStatusError: any other non-2xx status, after the retries (the subclass says which).
        APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
            timeout or deadline passed).
        APIResponseValidationError: the response does not match what the spec documents.
        APIError: the operation needs a credential the client was not given (the message
            names the argument and environment variable that give it).
        TypeError: an argument of the wrong type, or one the method does not take.
        ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
            a header value with a line break).
    """
    return client.send(
        OPERATION, {"customer_id": customer_id, "subscription_id": subscription_id, "body": body}, options
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    subscription_id: str,
    *,
    client: BaseClient,
    body: SubscriptionCustomerAdd,
    options: RequestOptions | None = None,
) -> Response[SubscriptionCustomer]:
    """Return the whole response of ``await client.subscription_customers.add()`` (``POST /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers``).

    Raises:
        UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
        APIStatusError: any other non-2xx status, after the retries (the subclass says which).
        APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
            timeout or deadline passed).
        APIResponseValidationError: the response does not match what the spec documents.
        APIError: the operation needs a credential the client was not given (the message
            names the argument and environment variable that give it).
        TypeError: an argument of the wrong type, or one the method does not take.
        ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
            a header value with a line break).
    """
    return await client.asend(
        OPERATION, {"customer_id": customer_id, "subscription_id": subscription_id, "body": body}, options
    )


async def asyncio(
    customer_id: str,
    subscription_id: str,
    *,
    client: BaseClient,
    body: SubscriptionCustomerAdd,
    options: RequestOptions | None = None,
) -> SubscriptionCustomer:
    """The same as ``await client.subscription_customers.add()`` (``POST /api/v1/customers/{customer_id}/subscriptions/{subscription_id}/customers``).

    Raises:
        UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
        APIStatusError: any other non-2xx status, after the retries (the subclass says which).
        APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
            timeout or deadline passed).
        APIResponseValidationError: the response does not match what the spec documents.
        APIError: the operation needs a credential the client was not given (the message
            names the argument and environment variable that give it).
        TypeError: an argument of the wrong type, or one the method does not take.
        ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
            a header value with a line break).
    """
    return (
        await client.asend(
            OPERATION, {"customer_id": customer_id, "subscription_id": subscription_id, "body": body}, options
        )
    ).parsed

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.products.create_plan_subscription()`` (POST /api/v1/products/{product_slug}/plans/{slug}/subscriptions) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.plan_subscription_create import PlanSubscriptionCreate
from ...models.subscription_with_plan import SubscriptionWithPlan
from ...types import RequestOptions, Response

OPERATION: Operation[SubscriptionWithPlan] = Operation(
    "create_plan_subscription",
    "POST",
    "/api/v1/products/{product_slug}/plans/{slug}/subscriptions",
    params=(
        Param("product_slug", "path"),
        Param("slug", "path"),
    ),
    bodies=(Body("json", "application/json"),),
    replies={200: Reply(SubscriptionWithPlan)},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    product_slug: str,
    slug: str,
    *,
    client: BaseClient,
    body: PlanSubscriptionCreate,
    options: RequestOptions | None = None,
) -> Response[SubscriptionWithPlan]:
    """Return the whole response of ``client.products.create_plan_subscription()`` (``POST /api/v1/products/{product_slug}/plans/{slug}/subscriptions``).

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
    return client.send(OPERATION, {"product_slug": product_slug, "slug": slug, "body": body}, options)


def sync(
    product_slug: str,
    slug: str,
    *,
    client: BaseClient,
    body: PlanSubscriptionCreate,
    options: RequestOptions | None = None,
) -> SubscriptionWithPlan:
    """The same as ``client.products.create_plan_subscription()`` (``POST /api/v1/products/{product_slug}/plans/{slug}/subscriptions``).

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
    return client.send(OPERATION, {"product_slug": product_slug, "slug": slug, "body": body}, options).parsed


async def asyncio_detailed(
    product_slug: str,
    slug: str,
    *,
    client: BaseClient,
    body: PlanSubscriptionCreate,
    options: RequestOptions | None = None,
) -> Response[SubscriptionWithPlan]:
    """Return the whole response of ``await client.products.create_plan_subscription()`` (``POST /api/v1/products/{product_slug}/plans/{slug}/subscriptions``).

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
    return await client.asend(OPERATION, {"product_slug": product_slug, "slug": slug, "body": body}, options)


async def asyncio(
    product_slug: str,
    slug: str,
    *,
    client: BaseClient,
    body: PlanSubscriptionCreate,
    options: RequestOptions | None = None,
) -> SubscriptionWithPlan:
    """The same as ``await client.products.create_plan_subscription()`` (``POST /api/v1/products/{product_slug}/plans/{slug}/subscriptions``).

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
    return (await client.asend(OPERATION, {"product_slug": product_slug, "slug": slug, "body": body}, options)).parsed

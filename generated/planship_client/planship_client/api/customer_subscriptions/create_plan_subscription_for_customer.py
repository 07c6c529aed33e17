# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.customer_subscriptions.create()`` (POST /api/v1/customers/{customer_id}/subscriptions) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.subscription_create import SubscriptionCreate
from ...models.subscription_with_plan import SubscriptionWithPlan
from ...types import RequestOptions, Response

OPERATION: Operation[SubscriptionWithPlan] = Operation(
    "create_plan_subscription_for_customer",
    "POST",
    "/api/v1/customers/{customer_id}/subscriptions",
    params=(Param("customer_id", "path"),),
    bodies=(Body("json", "application/json"),),
    replies={200: Reply(SubscriptionWithPlan)},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    customer_id: str, *, client: BaseClient, body: SubscriptionCreate, options: RequestOptions | None = None
) -> Response[SubscriptionWithPlan]:
    """Return the whole response of ``client.customer_subscriptions.create()``."""
    return client.send(OPERATION, {"customer_id": customer_id, "body": body}, options)


def sync(
    customer_id: str, *, client: BaseClient, body: SubscriptionCreate, options: RequestOptions | None = None
) -> SubscriptionWithPlan:
    """The same as ``client.customer_subscriptions.create()``."""
    return client.send(OPERATION, {"customer_id": customer_id, "body": body}, options).parsed


async def asyncio_detailed(
    customer_id: str, *, client: BaseClient, body: SubscriptionCreate, options: RequestOptions | None = None
) -> Response[SubscriptionWithPlan]:
    """Return the whole response of ``await client.customer_subscriptions.create()``."""
    return await client.asend(OPERATION, {"customer_id": customer_id, "body": body}, options)


async def asyncio(
    customer_id: str, *, client: BaseClient, body: SubscriptionCreate, options: RequestOptions | None = None
) -> SubscriptionWithPlan:
    """The same as ``await client.customer_subscriptions.create()``."""
    return (await client.asend(OPERATION, {"customer_id": customer_id, "body": body}, options)).parsed

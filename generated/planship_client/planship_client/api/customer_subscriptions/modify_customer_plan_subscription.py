# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.customer_subscriptions.modify()`` (PATCH /api/v1/customers/{customer_id}/subscriptions/{subscription_id}) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Param, Reply
from ...models.customer_subscription_with_plan import CustomerSubscriptionWithPlan
from ...models.http_validation_error import HTTPValidationError
from ...models.subscription_update_with_slugs import SubscriptionUpdateWithSlugs
from ...types import RequestOptions, Response

OPERATION: Operation[CustomerSubscriptionWithPlan] = Operation(
    "modify_customer_plan_subscription",
    "PATCH",
    "/api/v1/customers/{customer_id}/subscriptions/{subscription_id}",
    params=(
        Param("customer_id", "path"),
        Param("subscription_id", "path"),
    ),
    bodies=(Body("json", "application/json"),),
    replies={200: Reply(CustomerSubscriptionWithPlan)},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    customer_id: str,
    subscription_id: str,
    *,
    client: BaseClient,
    body: SubscriptionUpdateWithSlugs,
    options: RequestOptions | None = None,
) -> Response[CustomerSubscriptionWithPlan]:
    """Return the whole response of ``client.customer_subscriptions.modify()``."""
    return client.send(
        OPERATION, {"customer_id": customer_id, "subscription_id": subscription_id, "body": body}, options
    )


def sync(
    customer_id: str,
    subscription_id: str,
    *,
    client: BaseClient,
    body: SubscriptionUpdateWithSlugs,
    options: RequestOptions | None = None,
) -> CustomerSubscriptionWithPlan:
    """The same as ``client.customer_subscriptions.modify()``."""
    return client.send(
        OPERATION, {"customer_id": customer_id, "subscription_id": subscription_id, "body": body}, options
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    subscription_id: str,
    *,
    client: BaseClient,
    body: SubscriptionUpdateWithSlugs,
    options: RequestOptions | None = None,
) -> Response[CustomerSubscriptionWithPlan]:
    """Return the whole response of ``await client.customer_subscriptions.modify()``."""
    return await client.asend(
        OPERATION, {"customer_id": customer_id, "subscription_id": subscription_id, "body": body}, options
    )


async def asyncio(
    customer_id: str,
    subscription_id: str,
    *,
    client: BaseClient,
    body: SubscriptionUpdateWithSlugs,
    options: RequestOptions | None = None,
) -> CustomerSubscriptionWithPlan:
    """The same as ``await client.customer_subscriptions.modify()``."""
    return (
        await client.asend(
            OPERATION, {"customer_id": customer_id, "subscription_id": subscription_id, "body": body}, options
        )
    ).parsed

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.subscriptions.force_renew()`` (POST /api/v1/subscriptions/{subscription_id}/renewals) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.subscription_with_plan import SubscriptionWithPlan
from ...types import RequestOptions, Response

OPERATION: Operation[SubscriptionWithPlan] = Operation(
    "force_renew_subscription",
    "POST",
    "/api/v1/subscriptions/{subscription_id}/renewals",
    params=(Param("subscription_id", "path"),),
    replies={200: Reply(SubscriptionWithPlan)},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    subscription_id: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[SubscriptionWithPlan]:
    """Return the whole response of ``client.subscriptions.force_renew()``."""
    return client.send(OPERATION, {"subscription_id": subscription_id}, options)


def sync(subscription_id: str, *, client: BaseClient, options: RequestOptions | None = None) -> SubscriptionWithPlan:
    """The same as ``client.subscriptions.force_renew()``."""
    return client.send(OPERATION, {"subscription_id": subscription_id}, options).parsed


async def asyncio_detailed(
    subscription_id: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[SubscriptionWithPlan]:
    """Return the whole response of ``await client.subscriptions.force_renew()``."""
    return await client.asend(OPERATION, {"subscription_id": subscription_id}, options)


async def asyncio(
    subscription_id: str, *, client: BaseClient, options: RequestOptions | None = None
) -> SubscriptionWithPlan:
    """The same as ``await client.subscriptions.force_renew()``."""
    return (await client.asend(OPERATION, {"subscription_id": subscription_id}, options)).parsed

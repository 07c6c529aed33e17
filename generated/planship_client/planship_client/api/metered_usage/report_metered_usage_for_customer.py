# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.metered_usage.report()`` (POST /api/v1/customers/{customer_id}/products/{product_slug}/usage/{metering_id}) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.metered_usage_in import MeteredUsageIn
from ...models.metering_record import MeteringRecord
from ...types import RequestOptions, Response

OPERATION: Operation[MeteringRecord] = Operation(
    "report_metered_usage_for_customer",
    "POST",
    "/api/v1/customers/{customer_id}/products/{product_slug}/usage/{metering_id}",
    params=(
        Param("customer_id", "path"),
        Param("product_slug", "path"),
        Param("metering_id", "path"),
    ),
    bodies=(Body("json", "application/json"),),
    replies={200: Reply(MeteringRecord)},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: BaseClient,
    body: MeteredUsageIn,
    options: RequestOptions | None = None,
) -> Response[MeteringRecord]:
    """Return the whole response of ``client.metered_usage.report()``."""
    return client.send(
        OPERATION,
        {"customer_id": customer_id, "product_slug": product_slug, "metering_id": metering_id, "body": body},
        options,
    )


def sync(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: BaseClient,
    body: MeteredUsageIn,
    options: RequestOptions | None = None,
) -> MeteringRecord:
    """The same as ``client.metered_usage.report()``."""
    return client.send(
        OPERATION,
        {"customer_id": customer_id, "product_slug": product_slug, "metering_id": metering_id, "body": body},
        options,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: BaseClient,
    body: MeteredUsageIn,
    options: RequestOptions | None = None,
) -> Response[MeteringRecord]:
    """Return the whole response of ``await client.metered_usage.report()``."""
    return await client.asend(
        OPERATION,
        {"customer_id": customer_id, "product_slug": product_slug, "metering_id": metering_id, "body": body},
        options,
    )


async def asyncio(
    customer_id: str,
    product_slug: str,
    metering_id: str,
    *,
    client: BaseClient,
    body: MeteredUsageIn,
    options: RequestOptions | None = None,
) -> MeteringRecord:
    """The same as ``await client.metered_usage.report()``."""
    return (
        await client.asend(
            OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug, "metering_id": metering_id, "body": body},
            options,
        )
    ).parsed

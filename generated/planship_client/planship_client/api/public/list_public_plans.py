# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.public.list_plans()`` (GET /api/v1/public/{organization_slug}/{product_slug}/plans) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.plan_in_list import PlanInList
from ...types import RequestOptions, Response

OPERATION: Operation[list[PlanInList]] = Operation(
    "list_public_plans",
    "GET",
    "/api/v1/public/{organization_slug}/{product_slug}/plans",
    params=(
        Param("organization_slug", "path"),
        Param("product_slug", "path"),
    ),
    replies={200: Reply(list[PlanInList])},
    errors={422: Reply(HTTPValidationError)},
)


def sync_detailed(
    organization_slug: str, product_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[list[PlanInList]]:
    """Return the whole response of ``client.public.list_plans()``."""
    return client.send(OPERATION, {"organization_slug": organization_slug, "product_slug": product_slug}, options)


def sync(
    organization_slug: str, product_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> list[PlanInList]:
    """The same as ``client.public.list_plans()``."""
    return client.send(
        OPERATION, {"organization_slug": organization_slug, "product_slug": product_slug}, options
    ).parsed


async def asyncio_detailed(
    organization_slug: str, product_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[list[PlanInList]]:
    """Return the whole response of ``await client.public.list_plans()``."""
    return await client.asend(
        OPERATION, {"organization_slug": organization_slug, "product_slug": product_slug}, options
    )


async def asyncio(
    organization_slug: str, product_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> list[PlanInList]:
    """The same as ``await client.public.list_plans()``."""
    return (
        await client.asend(OPERATION, {"organization_slug": organization_slug, "product_slug": product_slug}, options)
    ).parsed

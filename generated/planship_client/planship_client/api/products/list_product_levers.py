# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.products.list_levers()`` (GET /api/v1/products/{slug}/levers) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.id_name_slug_orm_base import IdNameSlugOrmBase
from ...types import RequestOptions, Response

OPERATION: Operation[list[IdNameSlugOrmBase]] = Operation(
    "list_product_levers",
    "GET",
    "/api/v1/products/{slug}/levers",
    params=(Param("slug", "path"),),
    replies={200: Reply(list[IdNameSlugOrmBase])},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[list[IdNameSlugOrmBase]]:
    """Return the whole response of ``client.products.list_levers()``."""
    return client.send(OPERATION, {"slug": slug}, options)


def sync(slug: str, *, client: BaseClient, options: RequestOptions | None = None) -> list[IdNameSlugOrmBase]:
    """The same as ``client.products.list_levers()``."""
    return client.send(OPERATION, {"slug": slug}, options).parsed


async def asyncio_detailed(
    slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[list[IdNameSlugOrmBase]]:
    """Return the whole response of ``await client.products.list_levers()``."""
    return await client.asend(OPERATION, {"slug": slug}, options)


async def asyncio(slug: str, *, client: BaseClient, options: RequestOptions | None = None) -> list[IdNameSlugOrmBase]:
    """The same as ``await client.products.list_levers()``."""
    return (await client.asend(OPERATION, {"slug": slug}, options)).parsed

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.webhooks.list()`` (GET /organizations/{organization}/databases/{database}/webhooks) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.webhook_list import WebhookList
from ...types import RequestOptions, Response

OPERATION: Operation[WebhookList] = Operation(
    "list_webhooks",
    "GET",
    "/organizations/{organization}/databases/{database}/webhooks",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
    ),
    replies={200: Reply(WebhookList)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[WebhookList]:
    """Return the whole response of ``client.webhooks.list()``."""
    return client.send(OPERATION, {"organization": organization, "database": database}, options)


def sync(organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None) -> WebhookList:
    """The same as ``client.webhooks.list()``."""
    return client.send(OPERATION, {"organization": organization, "database": database}, options).parsed


async def asyncio_detailed(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[WebhookList]:
    """Return the whole response of ``await client.webhooks.list()``."""
    return await client.asend(OPERATION, {"organization": organization, "database": database}, options)


async def asyncio(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> WebhookList:
    """The same as ``await client.webhooks.list()``."""
    return (await client.asend(OPERATION, {"organization": organization, "database": database}, options)).parsed

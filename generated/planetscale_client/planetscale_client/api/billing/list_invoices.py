# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""List invoices: GET /organizations/{organization}/invoices

The operation behind ``client.billing.list_invoices()`` (documented there), as functions that
take the client as ``client=``.
"""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.list_invoices_response_200 import ListInvoicesResponse200
from ...types import RequestOptions, Response

OPERATION: Operation[ListInvoicesResponse200] = Operation(
    "list_invoices",
    "GET",
    "/organizations/{organization}/invoices",
    params=(Param("organization", "path"),),
    replies={200: Reply(ListInvoicesResponse200)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListInvoicesResponse200]:
    """Return the whole response of ``client.billing.list_invoices()``."""
    return client.send(OPERATION, {"organization": organization}, options)


def sync(organization: str, *, client: BaseClient, options: RequestOptions | None = None) -> ListInvoicesResponse200:
    """The same as ``client.billing.list_invoices()``."""
    return client.send(OPERATION, {"organization": organization}, options).parsed


async def asyncio_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListInvoicesResponse200]:
    """Return the whole response of ``await client.billing.list_invoices()``."""
    return await client.asend(OPERATION, {"organization": organization}, options)


async def asyncio(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListInvoicesResponse200:
    """The same as ``await client.billing.list_invoices()``."""
    return (await client.asend(OPERATION, {"organization": organization}, options)).parsed

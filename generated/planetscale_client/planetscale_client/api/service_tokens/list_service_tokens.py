# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""List service tokens: GET /organizations/{organization}/service-tokens

The operation behind ``client.service_tokens.list()`` (documented there), as functions that
take the client as ``client=``.
"""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.list_service_tokens_response_200 import ListServiceTokensResponse200
from ...types import RequestOptions, Response

OPERATION: Operation[ListServiceTokensResponse200] = Operation(
    "list_service_tokens",
    "GET",
    "/organizations/{organization}/service-tokens",
    params=(Param("organization", "path"),),
    replies={200: Reply(ListServiceTokensResponse200)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListServiceTokensResponse200]:
    """Return the whole response of ``client.service_tokens.list()``."""
    return client.send(OPERATION, {"organization": organization}, options)


def sync(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListServiceTokensResponse200:
    """The same as ``client.service_tokens.list()``."""
    return client.send(OPERATION, {"organization": organization}, options).parsed


async def asyncio_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListServiceTokensResponse200]:
    """Return the whole response of ``await client.service_tokens.list()``."""
    return await client.asend(OPERATION, {"organization": organization}, options)


async def asyncio(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListServiceTokensResponse200:
    """The same as ``await client.service_tokens.list()``."""
    return (await client.asend(OPERATION, {"organization": organization}, options)).parsed

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""List cluster sizes: GET /organizations/{organization}/cluster-size-skus

The operation behind ``client.cluster_sizes.list()`` (documented there), as functions that
take the client as ``client=``.
"""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.list_cluster_sizes_response_200 import ListClusterSizesResponse200
from ...types import RequestOptions, Response

OPERATION: Operation[ListClusterSizesResponse200] = Operation(
    "list_cluster_sizes",
    "GET",
    "/organizations/{organization}/cluster-size-skus",
    params=(Param("organization", "path"),),
    replies={200: Reply(ListClusterSizesResponse200)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListClusterSizesResponse200]:
    """Return the whole response of ``client.cluster_sizes.list()``."""
    return client.send(OPERATION, {"organization": organization}, options)


def sync(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListClusterSizesResponse200:
    """The same as ``client.cluster_sizes.list()``."""
    return client.send(OPERATION, {"organization": organization}, options).parsed


async def asyncio_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListClusterSizesResponse200]:
    """Return the whole response of ``await client.cluster_sizes.list()``."""
    return await client.asend(OPERATION, {"organization": organization}, options)


async def asyncio(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListClusterSizesResponse200:
    """The same as ``await client.cluster_sizes.list()``."""
    return (await client.asend(OPERATION, {"organization": organization}, options)).parsed

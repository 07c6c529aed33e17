# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.cluster_sizes.list()`` (GET /organizations/{organization}/cluster-size-skus) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.cluster_size_list import ClusterSizeList
from ...models.error import Error
from ...types import RequestOptions, Response

OPERATION: Operation[ClusterSizeList] = Operation(
    "list_cluster_sizes",
    "GET",
    "/organizations/{organization}/cluster-size-skus",
    params=(Param("organization", "path"),),
    replies={200: Reply(ClusterSizeList)},
    errors={401: Reply(Error)},
)


def sync_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ClusterSizeList]:
    """Return the whole response of ``client.cluster_sizes.list()`` (``GET /organizations/{organization}/cluster-size-skus``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        APIStatusError: any other non-2xx status, after the retries (the subclass says which).
        APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
            timeout or deadline passed).
        APIResponseValidationError: the response does not match what the spec documents.
        APIError: the operation needs a credential the client was not given (the message
            names the argument and environment variable that give it).
        TypeError: an argument of the wrong type, or one the method does not take.
        ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
            a header value with a line break).
    """
    return client.send(OPERATION, {"organization": organization}, options)


def sync(organization: str, *, client: BaseClient, options: RequestOptions | None = None) -> ClusterSizeList:
    """The same as ``client.cluster_sizes.list()`` (``GET /organizations/{organization}/cluster-size-skus``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        APIStatusError: any other non-2xx status, after the retries (the subclass says which).
        APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
            timeout or deadline passed).
        APIResponseValidationError: the response does not match what the spec documents.
        APIError: the operation needs a credential the client was not given (the message
            names the argument and environment variable that give it).
        TypeError: an argument of the wrong type, or one the method does not take.
        ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
            a header value with a line break).
    """
    return client.send(OPERATION, {"organization": organization}, options).parsed


async def asyncio_detailed(
    organization: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ClusterSizeList]:
    """Return the whole response of ``await client.cluster_sizes.list()`` (``GET /organizations/{organization}/cluster-size-skus``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        APIStatusError: any other non-2xx status, after the retries (the subclass says which).
        APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
            timeout or deadline passed).
        APIResponseValidationError: the response does not match what the spec documents.
        APIError: the operation needs a credential the client was not given (the message
            names the argument and environment variable that give it).
        TypeError: an argument of the wrong type, or one the method does not take.
        ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
            a header value with a line break).
    """
    return await client.asend(OPERATION, {"organization": organization}, options)


async def asyncio(organization: str, *, client: BaseClient, options: RequestOptions | None = None) -> ClusterSizeList:
    """The same as ``await client.cluster_sizes.list()`` (``GET /organizations/{organization}/cluster-size-skus``).

    Raises:
        AuthenticationError: 401 (``.body``: ``Error``).
        APIStatusError: any other non-2xx status, after the retries (the subclass says which).
        APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
            timeout or deadline passed).
        APIResponseValidationError: the response does not match what the spec documents.
        APIError: the operation needs a credential the client was not given (the message
            names the argument and environment variable that give it).
        TypeError: an argument of the wrong type, or one the method does not take.
        ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
            a header value with a line break).
    """
    return (await client.asend(OPERATION, {"organization": organization}, options)).parsed

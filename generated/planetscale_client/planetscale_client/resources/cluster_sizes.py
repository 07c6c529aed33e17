# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.cluster_sizes``: Retrieve available cluster size SKUs for Vitess and Postgres database branches."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.cluster_sizes import list_cluster_sizes as _list_cluster_sizes
from ..models.cluster_size_list import ClusterSizeList
from ..types import RequestOptions


class ClusterSizes(SyncAPIResource):
    """``client.cluster_sizes``: Retrieve available cluster size SKUs for Vitess and Postgres database branches.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(self, organization: str, *, options: RequestOptions | None = None) -> ClusterSizeList:
        """List cluster sizes

        ``GET /organizations/{organization}/cluster-size-skus`` (functional layer: ``api.cluster_sizes.list_cluster_sizes.sync``).

        Returns a list of available cluster size SKUs for Vitess and Postgres database branches in
        the specified organization.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ClusterSizeList``, read from the response body.

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

        return self._call(_list_cluster_sizes.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> ClusterSizesRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return ClusterSizesRaw(self)


class AsyncClusterSizes(AsyncAPIResource):
    """``async_client.cluster_sizes``: Retrieve available cluster size SKUs for Vitess and Postgres database branches.

    The same methods as ``ClusterSizes``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(self, organization: str, *, options: RequestOptions | None = None) -> ClusterSizeList:
        """List cluster sizes

        ``GET /organizations/{organization}/cluster-size-skus`` (functional layer: ``api.cluster_sizes.list_cluster_sizes.asyncio``).

        Returns a list of available cluster size SKUs for Vitess and Postgres database branches in
        the specified organization.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ClusterSizeList``, read from the response body.

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

        return await self._call(_list_cluster_sizes.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> AsyncClusterSizesRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncClusterSizesRaw(self)


class ClusterSizesRaw:
    """``client.cluster_sizes.with_raw_response``."""

    def __init__(self, resource: ClusterSizes) -> None:
        self.list = to_raw_response(resource.list)


class AsyncClusterSizesRaw:
    """``async_client.cluster_sizes.with_raw_response``."""

    def __init__(self, resource: AsyncClusterSizes) -> None:
        self.list = to_async_raw_response(resource.list)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.cluster_sizes``: Retrieve available cluster size SKUs for Vitess and Postgres database branches."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.cluster_sizes import list_cluster_sizes
from ..models.list_cluster_sizes_response_200 import ListClusterSizesResponse200
from ..types import RequestOptions


class ClusterSizes(SyncAPIResource):
    """``client.cluster_sizes``: Retrieve available cluster size SKUs for Vitess and Postgres database branches."""

    def list(self, organization: str, *, options: RequestOptions | None = None) -> ListClusterSizesResponse200:
        """List cluster sizes

        Returns a list of available cluster size SKUs for Vitess and Postgres database branches in
        the specified organization.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListClusterSizesResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(list_cluster_sizes.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> ClusterSizesWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return ClusterSizesWithRawResponse(self)


class AsyncClusterSizes(AsyncAPIResource):
    """``async_client.cluster_sizes``: Retrieve available cluster size SKUs for Vitess and Postgres database branches."""

    async def list(self, organization: str, *, options: RequestOptions | None = None) -> ListClusterSizesResponse200:
        """List cluster sizes

        Returns a list of available cluster size SKUs for Vitess and Postgres database branches in
        the specified organization.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListClusterSizesResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(list_cluster_sizes.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> AsyncClusterSizesWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncClusterSizesWithRawResponse(self)


class ClusterSizesWithRawResponse:
    """``client.cluster_sizes.with_raw_response``."""

    def __init__(self, resource: ClusterSizes) -> None:
        self.list = to_raw_response(resource.list)


class AsyncClusterSizesWithRawResponse:
    """``async_client.cluster_sizes.with_raw_response``."""

    def __init__(self, resource: AsyncClusterSizes) -> None:
        self.list = to_async_raw_response(resource.list)

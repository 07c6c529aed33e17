# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.query_patterns``: Analyze and report on query patterns for database branches."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.query_patterns import get_query_patterns_report_status
from ..models.query_patterns_report import QueryPatternsReport
from ..types import RequestOptions


class QueryPatterns(SyncAPIResource):
    """``client.query_patterns``: Analyze and report on query patterns for database branches."""

    def get_report_status(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> QueryPatternsReport:
        """Show the status of a query patterns report

        Returns the status of a query patterns report for the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            QueryPatternsReport

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(
            get_query_patterns_report_status.OPERATION,
            {"organization": organization, "database": database, "branch": branch},
            options,
        )

    @cached_property
    def with_raw_response(self) -> QueryPatternsWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return QueryPatternsWithRawResponse(self)


class AsyncQueryPatterns(AsyncAPIResource):
    """``async_client.query_patterns``: Analyze and report on query patterns for database branches."""

    async def get_report_status(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> QueryPatternsReport:
        """Show the status of a query patterns report

        Returns the status of a query patterns report for the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            QueryPatternsReport

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(
            get_query_patterns_report_status.OPERATION,
            {"organization": organization, "database": database, "branch": branch},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncQueryPatternsWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncQueryPatternsWithRawResponse(self)


class QueryPatternsWithRawResponse:
    """``client.query_patterns.with_raw_response``."""

    def __init__(self, resource: QueryPatterns) -> None:
        self.get_report_status = to_raw_response(resource.get_report_status)


class AsyncQueryPatternsWithRawResponse:
    """``async_client.query_patterns.with_raw_response``."""

    def __init__(self, resource: AsyncQueryPatterns) -> None:
        self.get_report_status = to_async_raw_response(resource.get_report_status)

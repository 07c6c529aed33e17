# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.query_patterns``: Analyze and report on query patterns for database branches."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.query_patterns import get_query_patterns_report_status as _get_query_patterns_report_status
from ..models.query_patterns_report import QueryPatternsReport
from ..types import RequestOptions


class QueryPatterns(SyncAPIResource):
    """``client.query_patterns``: Analyze and report on query patterns for database branches.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def get_report_status(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> QueryPatternsReport:
        """Show the status of a query patterns report

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/query-patterns-report`` (functional layer: ``api.query_patterns.get_query_patterns_report_status.sync``).

        Returns the status of a query patterns report for the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``QueryPatternsReport``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
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

        return self._call(
            _get_query_patterns_report_status.OPERATION,
            {"organization": organization, "database": database, "branch": branch},
            options,
        )

    @cached_property
    def with_raw_response(self) -> QueryPatternsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return QueryPatternsRaw(self)


class AsyncQueryPatterns(AsyncAPIResource):
    """``async_client.query_patterns``: Analyze and report on query patterns for database branches.

    The same methods as ``QueryPatterns``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def get_report_status(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> QueryPatternsReport:
        """Show the status of a query patterns report

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/query-patterns-report`` (functional layer: ``api.query_patterns.get_query_patterns_report_status.asyncio``).

        Returns the status of a query patterns report for the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``QueryPatternsReport``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
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

        return await self._call(
            _get_query_patterns_report_status.OPERATION,
            {"organization": organization, "database": database, "branch": branch},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncQueryPatternsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncQueryPatternsRaw(self)


class QueryPatternsRaw:
    """``client.query_patterns.with_raw_response``."""

    def __init__(self, resource: QueryPatterns) -> None:
        self.get_report_status = to_raw_response(resource.get_report_status)


class AsyncQueryPatternsRaw:
    """``async_client.query_patterns.with_raw_response``."""

    def __init__(self, resource: AsyncQueryPatterns) -> None:
        self.get_report_status = to_async_raw_response(resource.get_report_status)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.schema_recommendations``: View and manage schema recommendations for optimizing database performance and structure."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.schema_recommendations import list_schema_recommendations as _list_schema_recommendations
from ..models.schema_recommendation_list import SchemaRecommendationList
from ..types import RequestOptions


class SchemaRecommendations(SyncAPIResource):
    """``client.schema_recommendations``: View and manage schema recommendations for optimizing database performance and structure.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> SchemaRecommendationList:
        """List schema recommendations

        ``GET /organizations/{organization}/databases/{database}/schema-recommendations`` (functional layer: ``api.schema_recommendations.list_schema_recommendations.sync``).

        Returns a list of schema recommendations for the specified database, identifying potential
        optimization opportunities.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SchemaRecommendationList``, read from the response body.

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
            _list_schema_recommendations.OPERATION, {"organization": organization, "database": database}, options
        )

    @cached_property
    def with_raw_response(self) -> SchemaRecommendationsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return SchemaRecommendationsRaw(self)


class AsyncSchemaRecommendations(AsyncAPIResource):
    """``async_client.schema_recommendations``: View and manage schema recommendations for optimizing database performance and structure.

    The same methods as ``SchemaRecommendations``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> SchemaRecommendationList:
        """List schema recommendations

        ``GET /organizations/{organization}/databases/{database}/schema-recommendations`` (functional layer: ``api.schema_recommendations.list_schema_recommendations.asyncio``).

        Returns a list of schema recommendations for the specified database, identifying potential
        optimization opportunities.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SchemaRecommendationList``, read from the response body.

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
            _list_schema_recommendations.OPERATION, {"organization": organization, "database": database}, options
        )

    @cached_property
    def with_raw_response(self) -> AsyncSchemaRecommendationsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncSchemaRecommendationsRaw(self)


class SchemaRecommendationsRaw:
    """``client.schema_recommendations.with_raw_response``."""

    def __init__(self, resource: SchemaRecommendations) -> None:
        self.list = to_raw_response(resource.list)


class AsyncSchemaRecommendationsRaw:
    """``async_client.schema_recommendations.with_raw_response``."""

    def __init__(self, resource: AsyncSchemaRecommendations) -> None:
        self.list = to_async_raw_response(resource.list)

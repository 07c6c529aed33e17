# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.schema_recommendations``: View and manage schema recommendations for optimizing database performance and structure."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.schema_recommendations import list_schema_recommendations
from ..models.list_schema_recommendations_response_200 import ListSchemaRecommendationsResponse200
from ..types import RequestOptions


class SchemaRecommendations(SyncAPIResource):
    """``client.schema_recommendations``: View and manage schema recommendations for optimizing database performance and structure."""

    def list(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> ListSchemaRecommendationsResponse200:
        """List schema recommendations

        Returns a list of schema recommendations for the specified database, identifying potential
        optimization opportunities.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListSchemaRecommendationsResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(
            list_schema_recommendations.OPERATION, {"organization": organization, "database": database}, options
        )

    @cached_property
    def with_raw_response(self) -> SchemaRecommendationsWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return SchemaRecommendationsWithRawResponse(self)


class AsyncSchemaRecommendations(AsyncAPIResource):
    """``async_client.schema_recommendations``: View and manage schema recommendations for optimizing database performance and structure."""

    async def list(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> ListSchemaRecommendationsResponse200:
        """List schema recommendations

        Returns a list of schema recommendations for the specified database, identifying potential
        optimization opportunities.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListSchemaRecommendationsResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(
            list_schema_recommendations.OPERATION, {"organization": organization, "database": database}, options
        )

    @cached_property
    def with_raw_response(self) -> AsyncSchemaRecommendationsWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncSchemaRecommendationsWithRawResponse(self)


class SchemaRecommendationsWithRawResponse:
    """``client.schema_recommendations.with_raw_response``."""

    def __init__(self, resource: SchemaRecommendations) -> None:
        self.list = to_raw_response(resource.list)


class AsyncSchemaRecommendationsWithRawResponse:
    """``async_client.schema_recommendations.with_raw_response``."""

    def __init__(self, resource: AsyncSchemaRecommendations) -> None:
        self.list = to_async_raw_response(resource.list)

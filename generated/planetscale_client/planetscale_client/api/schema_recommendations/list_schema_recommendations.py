# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""List schema recommendations: GET /organizations/{organization}/databases/{database}/schema-recommendations

The operation behind ``client.schema_recommendations.list()`` (documented there), as functions that
take the client as ``client=``.
"""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.error import Error
from ...models.list_schema_recommendations_response_200 import ListSchemaRecommendationsResponse200
from ...types import RequestOptions, Response

OPERATION: Operation[ListSchemaRecommendationsResponse200] = Operation(
    "list_schema_recommendations",
    "GET",
    "/organizations/{organization}/databases/{database}/schema-recommendations",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
    ),
    replies={200: Reply(ListSchemaRecommendationsResponse200)},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListSchemaRecommendationsResponse200]:
    """Return the whole response of ``client.schema_recommendations.list()``."""
    return client.send(OPERATION, {"organization": organization, "database": database}, options)


def sync(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListSchemaRecommendationsResponse200:
    """The same as ``client.schema_recommendations.list()``."""
    return client.send(OPERATION, {"organization": organization, "database": database}, options).parsed


async def asyncio_detailed(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[ListSchemaRecommendationsResponse200]:
    """Return the whole response of ``await client.schema_recommendations.list()``."""
    return await client.asend(OPERATION, {"organization": organization, "database": database}, options)


async def asyncio(
    organization: str, database: str, *, client: BaseClient, options: RequestOptions | None = None
) -> ListSchemaRecommendationsResponse200:
    """The same as ``await client.schema_recommendations.list()``."""
    return (await client.asend(OPERATION, {"organization": organization, "database": database}, options)).parsed

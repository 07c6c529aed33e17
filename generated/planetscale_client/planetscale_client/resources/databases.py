# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.databases``: Manage PlanetScale databases, including creating, listing, updating settings, and deleting databases."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

from .._arguments import as_member
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.databases import create_database as _create_database
from ..api.databases import delete_database as _delete_database
from ..api.databases import get_database as _get_database
from ..api.databases import list_databases as _list_databases
from ..api.databases import update_database_settings as _update_database_settings
from ..models.create_database_body import CreateDatabaseBody
from ..models.create_database_body_plan import CreateDatabaseBodyPlan
from ..models.database import Database
from ..models.update_database_settings_body import UpdateDatabaseSettingsBody
from ..types import UNSET, RequestOptions, Unset


class Databases(SyncAPIResource):
    """``client.databases``: Manage PlanetScale databases, including creating, listing, updating settings, and deleting databases.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(
        self,
        organization: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> SyncPage[Database]:
        """List databases

        ``GET /organizations/{organization}/databases`` (functional layer: ``api.databases.list_databases.sync``).

        Returns a list of all databases in the specified organization.

        Args:
            organization: The name of the organization.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SyncPage[Database]``: the first page; iterate it for every item of
                every page, fetched as needed.

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

        return self._page(
            _list_databases.OPERATION,
            _list_databases.PAGINATION,
            {"organization": organization, "page": page, "per_page": per_page},
            options,
        )

    def create(
        self,
        organization: str,
        *,
        name: str,
        plan: CreateDatabaseBodyPlan | Literal["hobby", "scaler", "scaler_pro"] | Unset = UNSET,
        cluster_size: str | Unset = UNSET,
        region: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Database:
        """Create a database

        ``POST /organizations/{organization}/databases`` (functional layer: ``api.databases.create_database.sync``).

        Creates a new database in the specified organization.

        Args:
            organization: The name of the organization.
            name: The name of the database.
            plan: The billing plan for the database.
            cluster_size: The cluster size for the production branch.
            region: The region slug where the database will be created.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Database``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            UnprocessableEntityError: 422 (``.body``: ``Error``).
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

        body = CreateDatabaseBody(
            name=name, plan=as_member(CreateDatabaseBodyPlan, plan), cluster_size=cluster_size, region=region
        )
        return self._call(_create_database.OPERATION, {"organization": organization, "body": body}, options)

    def get(self, organization: str, database: str, *, options: RequestOptions | None = None) -> Database:
        """Get a database

        ``GET /organizations/{organization}/databases/{database}`` (functional layer: ``api.databases.get_database.sync``).

        Returns details about a specific database, including its configuration, state, and
        production branch information.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Database``, read from the response body.

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

        return self._call(_get_database.OPERATION, {"organization": organization, "database": database}, options)

    def update_settings(
        self,
        organization: str,
        database: str,
        *,
        default_branch: str | Unset = UNSET,
        production_branch_web_console: bool | Unset = UNSET,
        insights_enabled: bool | Unset = UNSET,
        migration_framework: str | Unset = UNSET,
        migration_table_name: str | Unset = UNSET,
        require_approval_for_deploy: bool | Unset = UNSET,
        allow_data_branching: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Database:
        """Update database settings

        ``PATCH /organizations/{organization}/databases/{database}`` (functional layer: ``api.databases.update_database_settings.sync``).

        Updates settings for a specific database, such as production branch protection, insights,
        and default branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            default_branch: The name of the default branch.
            production_branch_web_console: Whether the web console is enabled for production branches.
            insights_enabled: Whether PlanetScale Insights is enabled.
            migration_framework: The migration framework used for schema changes.
            migration_table_name: The name of the migration tracking table.
            require_approval_for_deploy: Whether deploy requests require approval before deployment.
            allow_data_branching: Whether data branching is enabled.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Database``, read from the response body.

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

        body = UpdateDatabaseSettingsBody(
            default_branch=default_branch,
            production_branch_web_console=production_branch_web_console,
            insights_enabled=insights_enabled,
            migration_framework=migration_framework,
            migration_table_name=migration_table_name,
            require_approval_for_deploy=require_approval_for_deploy,
            allow_data_branching=allow_data_branching,
        )
        return self._call(
            _update_database_settings.OPERATION,
            {"organization": organization, "database": database, "body": body},
            options,
        )

    def delete(self, organization: str, database: str, *, options: RequestOptions | None = None) -> Any:
        """Delete a database

        ``DELETE /organizations/{organization}/databases/{database}`` (functional layer: ``api.databases.delete_database.sync``).

        Deletes a database and all of its branches. This action is irreversible.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Any``, read from the response body.

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

        return self._call(_delete_database.OPERATION, {"organization": organization, "database": database}, options)

    @cached_property
    def with_raw_response(self) -> DatabasesRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return DatabasesRaw(self)


class AsyncDatabases(AsyncAPIResource):
    """``async_client.databases``: Manage PlanetScale databases, including creating, listing, updating settings, and deleting databases.

    The same methods as ``Databases``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    def list(
        self,
        organization: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[Database]:
        """List databases

        ``GET /organizations/{organization}/databases`` (functional layer: ``api.databases.list_databases.asyncio``).

        Returns a list of all databases in the specified organization.

        Args:
            organization: The name of the organization.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``AsyncPaginator[Database]``: ``await`` it for the first page, or
                ``async for`` over every item of every page, fetched as needed.

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

        return self._page(
            _list_databases.OPERATION,
            _list_databases.PAGINATION,
            {"organization": organization, "page": page, "per_page": per_page},
            options,
        )

    async def create(
        self,
        organization: str,
        *,
        name: str,
        plan: CreateDatabaseBodyPlan | Literal["hobby", "scaler", "scaler_pro"] | Unset = UNSET,
        cluster_size: str | Unset = UNSET,
        region: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Database:
        """Create a database

        ``POST /organizations/{organization}/databases`` (functional layer: ``api.databases.create_database.asyncio``).

        Creates a new database in the specified organization.

        Args:
            organization: The name of the organization.
            name: The name of the database.
            plan: The billing plan for the database.
            cluster_size: The cluster size for the production branch.
            region: The region slug where the database will be created.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Database``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            UnprocessableEntityError: 422 (``.body``: ``Error``).
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

        body = CreateDatabaseBody(
            name=name, plan=as_member(CreateDatabaseBodyPlan, plan), cluster_size=cluster_size, region=region
        )
        return await self._call(_create_database.OPERATION, {"organization": organization, "body": body}, options)

    async def get(self, organization: str, database: str, *, options: RequestOptions | None = None) -> Database:
        """Get a database

        ``GET /organizations/{organization}/databases/{database}`` (functional layer: ``api.databases.get_database.asyncio``).

        Returns details about a specific database, including its configuration, state, and
        production branch information.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Database``, read from the response body.

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

        return await self._call(_get_database.OPERATION, {"organization": organization, "database": database}, options)

    async def update_settings(
        self,
        organization: str,
        database: str,
        *,
        default_branch: str | Unset = UNSET,
        production_branch_web_console: bool | Unset = UNSET,
        insights_enabled: bool | Unset = UNSET,
        migration_framework: str | Unset = UNSET,
        migration_table_name: str | Unset = UNSET,
        require_approval_for_deploy: bool | Unset = UNSET,
        allow_data_branching: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Database:
        """Update database settings

        ``PATCH /organizations/{organization}/databases/{database}`` (functional layer: ``api.databases.update_database_settings.asyncio``).

        Updates settings for a specific database, such as production branch protection, insights,
        and default branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            default_branch: The name of the default branch.
            production_branch_web_console: Whether the web console is enabled for production branches.
            insights_enabled: Whether PlanetScale Insights is enabled.
            migration_framework: The migration framework used for schema changes.
            migration_table_name: The name of the migration tracking table.
            require_approval_for_deploy: Whether deploy requests require approval before deployment.
            allow_data_branching: Whether data branching is enabled.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Database``, read from the response body.

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

        body = UpdateDatabaseSettingsBody(
            default_branch=default_branch,
            production_branch_web_console=production_branch_web_console,
            insights_enabled=insights_enabled,
            migration_framework=migration_framework,
            migration_table_name=migration_table_name,
            require_approval_for_deploy=require_approval_for_deploy,
            allow_data_branching=allow_data_branching,
        )
        return await self._call(
            _update_database_settings.OPERATION,
            {"organization": organization, "database": database, "body": body},
            options,
        )

    async def delete(self, organization: str, database: str, *, options: RequestOptions | None = None) -> Any:
        """Delete a database

        ``DELETE /organizations/{organization}/databases/{database}`` (functional layer: ``api.databases.delete_database.asyncio``).

        Deletes a database and all of its branches. This action is irreversible.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Any``, read from the response body.

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
            _delete_database.OPERATION, {"organization": organization, "database": database}, options
        )

    @cached_property
    def with_raw_response(self) -> AsyncDatabasesRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncDatabasesRaw(self)


class DatabasesRaw:
    """``client.databases.with_raw_response``."""

    def __init__(self, resource: Databases) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.update_settings = to_raw_response(resource.update_settings)
        self.delete = to_raw_response(resource.delete)


class AsyncDatabasesRaw:
    """``async_client.databases.with_raw_response``."""

    def __init__(self, resource: AsyncDatabases) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.update_settings = to_async_raw_response(resource.update_settings)
        self.delete = to_async_raw_response(resource.delete)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.branches``: Manage database branches for schema development and safe migrations, including creating, listing, updating, and deleting branches."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.branches import create_branch as _create_branch
from ..api.branches import delete_branch as _delete_branch
from ..api.branches import get_branch as _get_branch
from ..api.branches import lint_branch_schema as _lint_branch_schema
from ..api.branches import list_branches as _list_branches
from ..api.branches import update_branch as _update_branch
from ..models.branch import Branch
from ..models.create_branch_body import CreateBranchBody
from ..models.schema_lint_error_list import SchemaLintErrorList
from ..models.update_branch_body import UpdateBranchBody
from ..types import UNSET, RequestOptions, Unset


class Branches(SyncAPIResource):
    """``client.branches``: Manage database branches for schema development and safe migrations, including creating, listing, updating, and deleting branches.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(
        self,
        organization: str,
        database: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> SyncPage[Branch]:
        """List branches

        ``GET /organizations/{organization}/databases/{database}/branches`` (functional layer: ``api.branches.list_branches.sync``).

        Returns a list of all branches for a specific database.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SyncPage[Branch]``: the first page; iterate it for every item of
                every page, fetched as needed.

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

        return self._page(
            _list_branches.OPERATION,
            _list_branches.PAGINATION,
            {"organization": organization, "database": database, "page": page, "per_page": per_page},
            options,
        )

    def create(
        self,
        organization: str,
        database: str,
        *,
        name: str,
        parent_branch: str | Unset = UNSET,
        backup_id: str | Unset = UNSET,
        seed_data: str | Unset = UNSET,
        cluster_size: str | Unset = UNSET,
        region: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Branch:
        """Create a branch

        ``POST /organizations/{organization}/databases/{database}/branches`` (functional layer: ``api.branches.create_branch.sync``).

        Creates a new branch for the specified database. Branches are isolated copies of the
        database schema used for development and testing.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            name: The name of the branch.
            parent_branch: The name of the parent branch to fork from.
            backup_id: The ID of a backup to restore the branch from.
            seed_data: The seed data configuration for the branch.
            cluster_size: The cluster size for the branch.
            region: The region where the branch will be created.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Branch``, read from the response body.

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

        body = CreateBranchBody(
            name=name,
            parent_branch=parent_branch,
            backup_id=backup_id,
            seed_data=seed_data,
            cluster_size=cluster_size,
            region=region,
        )
        return self._call(
            _create_branch.OPERATION, {"organization": organization, "database": database, "body": body}, options
        )

    def get(self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None) -> Branch:
        """Get a branch

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}`` (functional layer: ``api.branches.get_branch.sync``).

        Returns details about a specific branch, including its schema status, cluster configuration,
        and readiness state.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Branch``, read from the response body.

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
            _get_branch.OPERATION, {"organization": organization, "database": database, "branch": branch}, options
        )

    def update(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        cluster_size: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Branch:
        """Update a branch

        ``PATCH /organizations/{organization}/databases/{database}/branches/{branch}`` (functional layer: ``api.branches.update_branch.sync``).

        Updates properties of a specific branch, such as its cluster configuration.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            cluster_size: The new cluster size for the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Branch``, read from the response body.

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

        body = UpdateBranchBody(cluster_size=cluster_size)
        return self._call(
            _update_branch.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "body": body},
            options,
        )

    def delete(self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None) -> Any:
        """Delete a branch

        ``DELETE /organizations/{organization}/databases/{database}/branches/{branch}`` (functional layer: ``api.branches.delete_branch.sync``).

        Deletes a database branch. Production branches cannot be deleted.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
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

        return self._call(
            _delete_branch.OPERATION, {"organization": organization, "database": database, "branch": branch}, options
        )

    def lint_schema(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> SchemaLintErrorList:
        """Lint a branch schema

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/schema-lint`` (functional layer: ``api.branches.lint_branch_schema.sync``).

        Returns schema lint results for the specified branch, identifying potential issues and
        recommendations.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SchemaLintErrorList``, read from the response body.

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
            _lint_branch_schema.OPERATION,
            {"organization": organization, "database": database, "branch": branch},
            options,
        )

    @cached_property
    def with_raw_response(self) -> BranchesRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return BranchesRaw(self)


class AsyncBranches(AsyncAPIResource):
    """``async_client.branches``: Manage database branches for schema development and safe migrations, including creating, listing, updating, and deleting branches.

    The same methods as ``Branches``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    def list(
        self,
        organization: str,
        database: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[Branch]:
        """List branches

        ``GET /organizations/{organization}/databases/{database}/branches`` (functional layer: ``api.branches.list_branches.asyncio``).

        Returns a list of all branches for a specific database.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``AsyncPaginator[Branch]``: ``await`` it for the first page, or
                ``async for`` over every item of every page, fetched as needed.

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

        return self._page(
            _list_branches.OPERATION,
            _list_branches.PAGINATION,
            {"organization": organization, "database": database, "page": page, "per_page": per_page},
            options,
        )

    async def create(
        self,
        organization: str,
        database: str,
        *,
        name: str,
        parent_branch: str | Unset = UNSET,
        backup_id: str | Unset = UNSET,
        seed_data: str | Unset = UNSET,
        cluster_size: str | Unset = UNSET,
        region: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Branch:
        """Create a branch

        ``POST /organizations/{organization}/databases/{database}/branches`` (functional layer: ``api.branches.create_branch.asyncio``).

        Creates a new branch for the specified database. Branches are isolated copies of the
        database schema used for development and testing.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            name: The name of the branch.
            parent_branch: The name of the parent branch to fork from.
            backup_id: The ID of a backup to restore the branch from.
            seed_data: The seed data configuration for the branch.
            cluster_size: The cluster size for the branch.
            region: The region where the branch will be created.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Branch``, read from the response body.

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

        body = CreateBranchBody(
            name=name,
            parent_branch=parent_branch,
            backup_id=backup_id,
            seed_data=seed_data,
            cluster_size=cluster_size,
            region=region,
        )
        return await self._call(
            _create_branch.OPERATION, {"organization": organization, "database": database, "body": body}, options
        )

    async def get(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> Branch:
        """Get a branch

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}`` (functional layer: ``api.branches.get_branch.asyncio``).

        Returns details about a specific branch, including its schema status, cluster configuration,
        and readiness state.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Branch``, read from the response body.

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
            _get_branch.OPERATION, {"organization": organization, "database": database, "branch": branch}, options
        )

    async def update(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        cluster_size: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Branch:
        """Update a branch

        ``PATCH /organizations/{organization}/databases/{database}/branches/{branch}`` (functional layer: ``api.branches.update_branch.asyncio``).

        Updates properties of a specific branch, such as its cluster configuration.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            cluster_size: The new cluster size for the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Branch``, read from the response body.

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

        body = UpdateBranchBody(cluster_size=cluster_size)
        return await self._call(
            _update_branch.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "body": body},
            options,
        )

    async def delete(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> Any:
        """Delete a branch

        ``DELETE /organizations/{organization}/databases/{database}/branches/{branch}`` (functional layer: ``api.branches.delete_branch.asyncio``).

        Deletes a database branch. Production branches cannot be deleted.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
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
            _delete_branch.OPERATION, {"organization": organization, "database": database, "branch": branch}, options
        )

    async def lint_schema(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> SchemaLintErrorList:
        """Lint a branch schema

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/schema-lint`` (functional layer: ``api.branches.lint_branch_schema.asyncio``).

        Returns schema lint results for the specified branch, identifying potential issues and
        recommendations.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SchemaLintErrorList``, read from the response body.

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
            _lint_branch_schema.OPERATION,
            {"organization": organization, "database": database, "branch": branch},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncBranchesRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncBranchesRaw(self)


class BranchesRaw:
    """``client.branches.with_raw_response``."""

    def __init__(self, resource: Branches) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)
        self.lint_schema = to_raw_response(resource.lint_schema)


class AsyncBranchesRaw:
    """``async_client.branches.with_raw_response``."""

    def __init__(self, resource: AsyncBranches) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.update = to_async_raw_response(resource.update)
        self.delete = to_async_raw_response(resource.delete)
        self.lint_schema = to_async_raw_response(resource.lint_schema)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.backups``: Manage database branch backups, including listing, creating, and retrieving backup details."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.backups import create_backup as _create_backup
from ..api.backups import delete_backup as _delete_backup
from ..api.backups import get_backup as _get_backup
from ..api.backups import list_backups as _list_backups
from ..models.backup import Backup
from ..types import RequestOptions, Unset


class Backups(SyncAPIResource):
    """``client.backups``: Manage database branch backups, including listing, creating, and retrieving backup details.

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
        branch: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> SyncPage[Backup]:
        """List backups

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/backups`` (functional layer: ``api.backups.list_backups.sync``).

        Returns a list of all backups for a specific branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SyncPage[Backup]``: the first page; iterate it for every item of
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
            _list_backups.OPERATION,
            _list_backups.PAGINATION,
            {"organization": organization, "database": database, "branch": branch, "page": page, "per_page": per_page},
            options,
        )

    def create(self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None) -> Backup:
        """Create a backup

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/backups`` (functional layer: ``api.backups.create_backup.sync``).

        Creates a new backup of the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Backup``, read from the response body.

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

        return self._call(
            _create_backup.OPERATION, {"organization": organization, "database": database, "branch": branch}, options
        )

    def get(
        self, organization: str, database: str, branch: str, backup_id: str, *, options: RequestOptions | None = None
    ) -> Backup:
        """Get a backup

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/backups/{backup_id}`` (functional layer: ``api.backups.get_backup.sync``).

        Returns details about a specific backup.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            backup_id: The ID of the backup.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Backup``, read from the response body.

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
            _get_backup.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "backup_id": backup_id},
            options,
        )

    def delete(
        self, organization: str, database: str, branch: str, backup_id: str, *, options: RequestOptions | None = None
    ) -> Any:
        """Delete a backup

        ``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/backups/{backup_id}`` (functional layer: ``api.backups.delete_backup.sync``).

        Deletes a specific backup.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            backup_id: The ID of the backup.
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
            _delete_backup.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "backup_id": backup_id},
            options,
        )

    @cached_property
    def with_raw_response(self) -> BackupsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return BackupsRaw(self)


class AsyncBackups(AsyncAPIResource):
    """``async_client.backups``: Manage database branch backups, including listing, creating, and retrieving backup details.

    The same methods as ``Backups``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    def list(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[Backup]:
        """List backups

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/backups`` (functional layer: ``api.backups.list_backups.asyncio``).

        Returns a list of all backups for a specific branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``AsyncPaginator[Backup]``: ``await`` it for the first page, or
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
            _list_backups.OPERATION,
            _list_backups.PAGINATION,
            {"organization": organization, "database": database, "branch": branch, "page": page, "per_page": per_page},
            options,
        )

    async def create(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> Backup:
        """Create a backup

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/backups`` (functional layer: ``api.backups.create_backup.asyncio``).

        Creates a new backup of the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Backup``, read from the response body.

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

        return await self._call(
            _create_backup.OPERATION, {"organization": organization, "database": database, "branch": branch}, options
        )

    async def get(
        self, organization: str, database: str, branch: str, backup_id: str, *, options: RequestOptions | None = None
    ) -> Backup:
        """Get a backup

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/backups/{backup_id}`` (functional layer: ``api.backups.get_backup.asyncio``).

        Returns details about a specific backup.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            backup_id: The ID of the backup.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Backup``, read from the response body.

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
            _get_backup.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "backup_id": backup_id},
            options,
        )

    async def delete(
        self, organization: str, database: str, branch: str, backup_id: str, *, options: RequestOptions | None = None
    ) -> Any:
        """Delete a backup

        ``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/backups/{backup_id}`` (functional layer: ``api.backups.delete_backup.asyncio``).

        Deletes a specific backup.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            backup_id: The ID of the backup.
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
            _delete_backup.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "backup_id": backup_id},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncBackupsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncBackupsRaw(self)


class BackupsRaw:
    """``client.backups.with_raw_response``."""

    def __init__(self, resource: Backups) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)


class AsyncBackupsRaw:
    """``async_client.backups.with_raw_response``."""

    def __init__(self, resource: AsyncBackups) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)

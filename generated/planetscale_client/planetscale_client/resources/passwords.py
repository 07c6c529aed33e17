# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.passwords``: Manage branch passwords and connection credentials for connecting applications to database branches."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

from .._arguments import as_member
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.passwords import create_password as _create_password
from ..api.passwords import delete_password as _delete_password
from ..api.passwords import get_password as _get_password
from ..api.passwords import list_passwords as _list_passwords
from ..api.passwords import renew_password as _renew_password
from ..models.create_password_body import CreatePasswordBody
from ..models.create_password_body_role import CreatePasswordBodyRole
from ..models.password import Password
from ..models.password_with_plaintext import PasswordWithPlaintext
from ..types import UNSET, RequestOptions, Unset


class Passwords(SyncAPIResource):
    """``client.passwords``: Manage branch passwords and connection credentials for connecting applications to database branches.

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
    ) -> SyncPage[Password]:
        """List passwords

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/passwords`` (functional layer: ``api.passwords.list_passwords.sync``).

        Returns a list of all passwords for a specific branch. Passwords are connection credentials
        used to connect to the branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SyncPage[Password]``: the first page; iterate it for every item of
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
            _list_passwords.OPERATION,
            _list_passwords.PAGINATION,
            {"organization": organization, "database": database, "branch": branch, "page": page, "per_page": per_page},
            options,
        )

    def create(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        name: str | Unset = UNSET,
        role: CreatePasswordBodyRole | Literal["admin", "reader", "writer", "readwriter"] | Unset = UNSET,
        ttl: float | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> PasswordWithPlaintext:
        """Create a password

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/passwords`` (functional layer: ``api.passwords.create_password.sync``).

        Creates a new password for a specific branch. The plaintext password is only returned once
        in the creation response.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            name: A descriptive name for the password.
            role: The access role for the password.
            ttl: Time to live in minutes. 0 means no expiration.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``PasswordWithPlaintext``, read from the response body.

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

        body = CreatePasswordBody(name=name, role=as_member(CreatePasswordBodyRole, role), ttl=ttl)
        return self._call(
            _create_password.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "body": body},
            options,
        )

    def get(
        self, organization: str, database: str, branch: str, password_id: str, *, options: RequestOptions | None = None
    ) -> Password:
        """Get a password

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/passwords/{password_id}`` (functional layer: ``api.passwords.get_password.sync``).

        Returns details about a specific password. The plaintext password value is not included.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            password_id: The ID of the password.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Password``, read from the response body.

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
            _get_password.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "password_id": password_id},
            options,
        )

    def delete(
        self, organization: str, database: str, branch: str, password_id: str, *, options: RequestOptions | None = None
    ) -> Any:
        """Delete a password

        ``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/passwords/{password_id}`` (functional layer: ``api.passwords.delete_password.sync``).

        Deletes a password, revoking its access to the branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            password_id: The ID of the password.
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
            _delete_password.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "password_id": password_id},
            options,
        )

    def renew(
        self, organization: str, database: str, branch: str, password_id: str, *, options: RequestOptions | None = None
    ) -> Password:
        """Renew a password

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/passwords/{password_id}/renew`` (functional layer: ``api.passwords.renew_password.sync``).

        Renews a password, extending its expiration time.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            password_id: The ID of the password.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Password``, read from the response body.

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
            _renew_password.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "password_id": password_id},
            options,
        )

    @cached_property
    def with_raw_response(self) -> PasswordsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return PasswordsRaw(self)


class AsyncPasswords(AsyncAPIResource):
    """``async_client.passwords``: Manage branch passwords and connection credentials for connecting applications to database branches.

    The same methods as ``Passwords``, to ``await``; list methods return an
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
    ) -> AsyncPaginator[Password]:
        """List passwords

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/passwords`` (functional layer: ``api.passwords.list_passwords.asyncio``).

        Returns a list of all passwords for a specific branch. Passwords are connection credentials
        used to connect to the branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``AsyncPaginator[Password]``: ``await`` it for the first page, or
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
            _list_passwords.OPERATION,
            _list_passwords.PAGINATION,
            {"organization": organization, "database": database, "branch": branch, "page": page, "per_page": per_page},
            options,
        )

    async def create(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        name: str | Unset = UNSET,
        role: CreatePasswordBodyRole | Literal["admin", "reader", "writer", "readwriter"] | Unset = UNSET,
        ttl: float | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> PasswordWithPlaintext:
        """Create a password

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/passwords`` (functional layer: ``api.passwords.create_password.asyncio``).

        Creates a new password for a specific branch. The plaintext password is only returned once
        in the creation response.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            name: A descriptive name for the password.
            role: The access role for the password.
            ttl: Time to live in minutes. 0 means no expiration.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``PasswordWithPlaintext``, read from the response body.

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

        body = CreatePasswordBody(name=name, role=as_member(CreatePasswordBodyRole, role), ttl=ttl)
        return await self._call(
            _create_password.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "body": body},
            options,
        )

    async def get(
        self, organization: str, database: str, branch: str, password_id: str, *, options: RequestOptions | None = None
    ) -> Password:
        """Get a password

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/passwords/{password_id}`` (functional layer: ``api.passwords.get_password.asyncio``).

        Returns details about a specific password. The plaintext password value is not included.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            password_id: The ID of the password.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Password``, read from the response body.

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
            _get_password.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "password_id": password_id},
            options,
        )

    async def delete(
        self, organization: str, database: str, branch: str, password_id: str, *, options: RequestOptions | None = None
    ) -> Any:
        """Delete a password

        ``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/passwords/{password_id}`` (functional layer: ``api.passwords.delete_password.asyncio``).

        Deletes a password, revoking its access to the branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            password_id: The ID of the password.
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
            _delete_password.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "password_id": password_id},
            options,
        )

    async def renew(
        self, organization: str, database: str, branch: str, password_id: str, *, options: RequestOptions | None = None
    ) -> Password:
        """Renew a password

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/passwords/{password_id}/renew`` (functional layer: ``api.passwords.renew_password.asyncio``).

        Renews a password, extending its expiration time.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            password_id: The ID of the password.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Password``, read from the response body.

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
            _renew_password.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "password_id": password_id},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncPasswordsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncPasswordsRaw(self)


class PasswordsRaw:
    """``client.passwords.with_raw_response``."""

    def __init__(self, resource: Passwords) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.renew = to_raw_response(resource.renew)


class AsyncPasswordsRaw:
    """``async_client.passwords.with_raw_response``."""

    def __init__(self, resource: AsyncPasswords) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.renew = to_async_raw_response(resource.renew)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.roles``: Manage role-based credentials for database access."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._arguments import as_member
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.roles import create_role as _create_role
from ..models.create_role_body import CreateRoleBody
from ..models.create_role_body_role import CreateRoleBodyRole
from ..models.role_credentials import RoleCredentials
from ..types import UNSET, RequestOptions, Unset


class Roles(SyncAPIResource):
    """``client.roles``: Manage role-based credentials for database access.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def create(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        name: str,
        role: CreateRoleBodyRole | Literal["admin", "reader", "writer", "readwriter"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RoleCredentials:
        """Create role credentials

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/roles`` (functional layer: ``api.roles.create_role.sync``).

        Creates role-based credentials for accessing a database branch with specific permissions.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            name: The name of the role.
            role: The access level for the role.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``RoleCredentials``, read from the response body.

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

        body = CreateRoleBody(name=name, role=as_member(CreateRoleBodyRole, role))
        return self._call(
            _create_role.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "body": body},
            options,
        )

    @cached_property
    def with_raw_response(self) -> RolesRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return RolesRaw(self)


class AsyncRoles(AsyncAPIResource):
    """``async_client.roles``: Manage role-based credentials for database access.

    The same methods as ``Roles``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def create(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        name: str,
        role: CreateRoleBodyRole | Literal["admin", "reader", "writer", "readwriter"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RoleCredentials:
        """Create role credentials

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/roles`` (functional layer: ``api.roles.create_role.asyncio``).

        Creates role-based credentials for accessing a database branch with specific permissions.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            name: The name of the role.
            role: The access level for the role.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``RoleCredentials``, read from the response body.

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

        body = CreateRoleBody(name=name, role=as_member(CreateRoleBodyRole, role))
        return await self._call(
            _create_role.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "body": body},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncRolesRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncRolesRaw(self)


class RolesRaw:
    """``client.roles.with_raw_response``."""

    def __init__(self, resource: Roles) -> None:
        self.create = to_raw_response(resource.create)


class AsyncRolesRaw:
    """``async_client.roles.with_raw_response``."""

    def __init__(self, resource: AsyncRoles) -> None:
        self.create = to_async_raw_response(resource.create)

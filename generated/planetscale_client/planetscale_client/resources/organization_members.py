# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.organization_members``: Manage members within an organization, including listing, retrieving, updating roles, and removing members."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

from .._arguments import as_member
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.organization_members import delete_organization_member as _delete_organization_member
from ..api.organization_members import get_organization_member as _get_organization_member
from ..api.organization_members import list_organization_members as _list_organization_members
from ..api.organization_members import update_organization_member as _update_organization_member
from ..models.organization_member import OrganizationMember
from ..models.update_organization_member_body import UpdateOrganizationMemberBody
from ..models.update_organization_member_body_role import UpdateOrganizationMemberBodyRole
from ..types import UNSET, RequestOptions, Unset


class OrganizationMembers(SyncAPIResource):
    """``client.organization_members``: Manage members within an organization, including listing, retrieving, updating roles, and removing members.

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
    ) -> SyncPage[OrganizationMember]:
        """List organization members

        ``GET /organizations/{organization}/members`` (functional layer: ``api.organization_members.list_organization_members.sync``).

        Returns a list of all members in the specified organization. Requires the read_organization
        permission on the service token.

        Args:
            organization: The name of the organization.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SyncPage[OrganizationMember]``: the first page; iterate it for every item of
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
            _list_organization_members.OPERATION,
            _list_organization_members.PAGINATION,
            {"organization": organization, "page": page, "per_page": per_page},
            options,
        )

    def get(self, organization: str, member_id: str, *, options: RequestOptions | None = None) -> OrganizationMember:
        """Get an organization member

        ``GET /organizations/{organization}/members/{member_id}`` (functional layer: ``api.organization_members.get_organization_member.sync``).

        Returns details about a specific member in the organization. Requires the read_organization
        permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``OrganizationMember``, read from the response body.

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
            _get_organization_member.OPERATION, {"organization": organization, "member_id": member_id}, options
        )

    def update(
        self,
        organization: str,
        member_id: str,
        *,
        role: UpdateOrganizationMemberBodyRole | Literal["admin", "member", "database_admin"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> OrganizationMember:
        """Update an organization member

        ``PATCH /organizations/{organization}/members/{member_id}`` (functional layer: ``api.organization_members.update_organization_member.sync``).

        Updates the role or properties of a specific member in the organization. Requires the
        write_organization permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
            role: The role to assign to the member.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``OrganizationMember``, read from the response body.

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

        body = UpdateOrganizationMemberBody(role=as_member(UpdateOrganizationMemberBodyRole, role))
        return self._call(
            _update_organization_member.OPERATION,
            {"organization": organization, "member_id": member_id, "body": body},
            options,
        )

    def delete(self, organization: str, member_id: str, *, options: RequestOptions | None = None) -> Any:
        """Remove an organization member

        ``DELETE /organizations/{organization}/members/{member_id}`` (functional layer: ``api.organization_members.delete_organization_member.sync``).

        Removes a member from the organization. Requires the write_organization permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
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
            _delete_organization_member.OPERATION, {"organization": organization, "member_id": member_id}, options
        )

    @cached_property
    def with_raw_response(self) -> OrganizationMembersRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return OrganizationMembersRaw(self)


class AsyncOrganizationMembers(AsyncAPIResource):
    """``async_client.organization_members``: Manage members within an organization, including listing, retrieving, updating roles, and removing members.

    The same methods as ``OrganizationMembers``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    def list(
        self,
        organization: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[OrganizationMember]:
        """List organization members

        ``GET /organizations/{organization}/members`` (functional layer: ``api.organization_members.list_organization_members.asyncio``).

        Returns a list of all members in the specified organization. Requires the read_organization
        permission on the service token.

        Args:
            organization: The name of the organization.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``AsyncPaginator[OrganizationMember]``: ``await`` it for the first page, or
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
            _list_organization_members.OPERATION,
            _list_organization_members.PAGINATION,
            {"organization": organization, "page": page, "per_page": per_page},
            options,
        )

    async def get(
        self, organization: str, member_id: str, *, options: RequestOptions | None = None
    ) -> OrganizationMember:
        """Get an organization member

        ``GET /organizations/{organization}/members/{member_id}`` (functional layer: ``api.organization_members.get_organization_member.asyncio``).

        Returns details about a specific member in the organization. Requires the read_organization
        permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``OrganizationMember``, read from the response body.

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
            _get_organization_member.OPERATION, {"organization": organization, "member_id": member_id}, options
        )

    async def update(
        self,
        organization: str,
        member_id: str,
        *,
        role: UpdateOrganizationMemberBodyRole | Literal["admin", "member", "database_admin"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> OrganizationMember:
        """Update an organization member

        ``PATCH /organizations/{organization}/members/{member_id}`` (functional layer: ``api.organization_members.update_organization_member.asyncio``).

        Updates the role or properties of a specific member in the organization. Requires the
        write_organization permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
            role: The role to assign to the member.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``OrganizationMember``, read from the response body.

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

        body = UpdateOrganizationMemberBody(role=as_member(UpdateOrganizationMemberBodyRole, role))
        return await self._call(
            _update_organization_member.OPERATION,
            {"organization": organization, "member_id": member_id, "body": body},
            options,
        )

    async def delete(self, organization: str, member_id: str, *, options: RequestOptions | None = None) -> Any:
        """Remove an organization member

        ``DELETE /organizations/{organization}/members/{member_id}`` (functional layer: ``api.organization_members.delete_organization_member.asyncio``).

        Removes a member from the organization. Requires the write_organization permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
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
            _delete_organization_member.OPERATION, {"organization": organization, "member_id": member_id}, options
        )

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationMembersRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncOrganizationMembersRaw(self)


class OrganizationMembersRaw:
    """``client.organization_members.with_raw_response``."""

    def __init__(self, resource: OrganizationMembers) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)


class AsyncOrganizationMembersRaw:
    """``async_client.organization_members.with_raw_response``."""

    def __init__(self, resource: AsyncOrganizationMembers) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.update = to_async_raw_response(resource.update)
        self.delete = to_async_raw_response(resource.delete)

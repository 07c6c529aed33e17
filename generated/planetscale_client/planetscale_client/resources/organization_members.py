# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.organization_members``: Manage members within an organization, including listing, retrieving, updating roles, and removing members."""

from __future__ import annotations

from functools import cached_property
from typing import Any

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

        Returns a list of all members in the specified organization. Requires the read_organization
        permission on the service token.

        Args:
            organization: The name of the organization.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.


        Returns:
            The first page; iterate it for every item of every page, fetched as needed.
        """

        return self._page(
            _list_organization_members.OPERATION,
            _list_organization_members.PAGINATION,
            {"organization": organization, "page": page, "per_page": per_page},
            options,
        )

    def get(self, organization: str, member_id: str, *, options: RequestOptions | None = None) -> OrganizationMember:
        """Get an organization member

        Returns details about a specific member in the organization. Requires the read_organization
        permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _get_organization_member.OPERATION, {"organization": organization, "member_id": member_id}, options
        )

    def update(
        self,
        organization: str,
        member_id: str,
        *,
        role: UpdateOrganizationMemberBodyRole | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> OrganizationMember:
        """Update an organization member

        Updates the role or properties of a specific member in the organization. Requires the
        write_organization permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
            role: The role to assign to the member.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        body = UpdateOrganizationMemberBody(role=role)
        return self._call(
            _update_organization_member.OPERATION,
            {"organization": organization, "member_id": member_id, "body": body},
            options,
        )

    def delete(self, organization: str, member_id: str, *, options: RequestOptions | None = None) -> Any:
        """Remove an organization member

        Removes a member from the organization. Requires the write_organization permission.

        Args:
            organization: The name of the organization.
            member_id: The ID of the organization member.
            options: Per-call settings: timeout, deadline, retries, headers, query.

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
        """List organization members: see ``OrganizationMembers.list``."""
        return self._page(
            _list_organization_members.OPERATION,
            _list_organization_members.PAGINATION,
            {"organization": organization, "page": page, "per_page": per_page},
            options,
        )

    async def get(
        self, organization: str, member_id: str, *, options: RequestOptions | None = None
    ) -> OrganizationMember:
        """Get an organization member: see ``OrganizationMembers.get``."""
        return await self._call(
            _get_organization_member.OPERATION, {"organization": organization, "member_id": member_id}, options
        )

    async def update(
        self,
        organization: str,
        member_id: str,
        *,
        role: UpdateOrganizationMemberBodyRole | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> OrganizationMember:
        """Update an organization member: see ``OrganizationMembers.update``."""
        body = UpdateOrganizationMemberBody(role=role)
        return await self._call(
            _update_organization_member.OPERATION,
            {"organization": organization, "member_id": member_id, "body": body},
            options,
        )

    async def delete(self, organization: str, member_id: str, *, options: RequestOptions | None = None) -> Any:
        """Remove an organization member: see ``OrganizationMembers.delete``."""
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

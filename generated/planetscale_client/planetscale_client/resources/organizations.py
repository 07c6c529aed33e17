# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.organizations``: Manage PlanetScale organizations, including listing organizations and retrieving organization details."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.organizations import get_organization, list_organizations
from ..models.list_organizations_response_200 import ListOrganizationsResponse200
from ..models.organization import Organization
from ..types import RequestOptions


class Organizations(SyncAPIResource):
    """``client.organizations``: Manage PlanetScale organizations, including listing organizations and retrieving organization details."""

    def list(self, *, options: RequestOptions | None = None) -> ListOrganizationsResponse200:
        """List organizations

        Returns a list of all organizations the authenticated user or service token has access to.

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListOrganizationsResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(list_organizations.OPERATION, {}, options)

    def get(self, organization: str, *, options: RequestOptions | None = None) -> Organization:
        """Get an organization

        Returns details about a specific organization by name.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            Organization

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(get_organization.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return OrganizationsWithRawResponse(self)


class AsyncOrganizations(AsyncAPIResource):
    """``async_client.organizations``: Manage PlanetScale organizations, including listing organizations and retrieving organization details."""

    async def list(self, *, options: RequestOptions | None = None) -> ListOrganizationsResponse200:
        """List organizations

        Returns a list of all organizations the authenticated user or service token has access to.

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListOrganizationsResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(list_organizations.OPERATION, {}, options)

    async def get(self, organization: str, *, options: RequestOptions | None = None) -> Organization:
        """Get an organization

        Returns details about a specific organization by name.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            Organization

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(get_organization.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncOrganizationsWithRawResponse(self)


class OrganizationsWithRawResponse:
    """``client.organizations.with_raw_response``."""

    def __init__(self, resource: Organizations) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)


class AsyncOrganizationsWithRawResponse:
    """``async_client.organizations.with_raw_response``."""

    def __init__(self, resource: AsyncOrganizations) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)

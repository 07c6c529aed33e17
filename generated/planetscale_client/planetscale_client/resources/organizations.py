# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.organizations``: Manage PlanetScale organizations, including listing organizations and retrieving organization details."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.organizations import get_organization as _get_organization
from ..api.organizations import list_organizations as _list_organizations
from ..models.organization import Organization
from ..models.organization_list import OrganizationList
from ..types import RequestOptions


class Organizations(SyncAPIResource):
    """``client.organizations``: Manage PlanetScale organizations, including listing organizations and retrieving organization details.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(self, *, options: RequestOptions | None = None) -> OrganizationList:
        """List organizations

        ``GET /organizations`` (functional layer: ``api.organizations.list_organizations.sync``).

        Returns a list of all organizations the authenticated user or service token has access to.

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``OrganizationList``, read from the response body.

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

        return self._call(_list_organizations.OPERATION, {}, options)

    def get(self, organization: str, *, options: RequestOptions | None = None) -> Organization:
        """Get an organization

        ``GET /organizations/{organization}`` (functional layer: ``api.organizations.get_organization.sync``).

        Returns details about a specific organization by name.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Organization``, read from the response body.

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

        return self._call(_get_organization.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> OrganizationsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return OrganizationsRaw(self)


class AsyncOrganizations(AsyncAPIResource):
    """``async_client.organizations``: Manage PlanetScale organizations, including listing organizations and retrieving organization details.

    The same methods as ``Organizations``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(self, *, options: RequestOptions | None = None) -> OrganizationList:
        """List organizations

        ``GET /organizations`` (functional layer: ``api.organizations.list_organizations.asyncio``).

        Returns a list of all organizations the authenticated user or service token has access to.

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``OrganizationList``, read from the response body.

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

        return await self._call(_list_organizations.OPERATION, {}, options)

    async def get(self, organization: str, *, options: RequestOptions | None = None) -> Organization:
        """Get an organization

        ``GET /organizations/{organization}`` (functional layer: ``api.organizations.get_organization.asyncio``).

        Returns details about a specific organization by name.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Organization``, read from the response body.

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

        return await self._call(_get_organization.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncOrganizationsRaw(self)


class OrganizationsRaw:
    """``client.organizations.with_raw_response``."""

    def __init__(self, resource: Organizations) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)


class AsyncOrganizationsRaw:
    """``async_client.organizations.with_raw_response``."""

    def __init__(self, resource: AsyncOrganizations) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.ip_restrictions``: Manage IP restriction entries for controlling database access by IP address."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.ip_restrictions import create_ip_restriction as _create_ip_restriction
from ..api.ip_restrictions import list_ip_restrictions as _list_ip_restrictions
from ..models.create_ip_restriction_body import CreateIpRestrictionBody
from ..models.ip_restriction import IpRestriction
from ..models.ip_restriction_list import IpRestrictionList
from ..types import UNSET, RequestOptions, Unset


class IpRestrictions(SyncAPIResource):
    """``client.ip_restrictions``: Manage IP restriction entries for controlling database access by IP address.
    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(self, organization: str, database: str, *, options: RequestOptions | None = None) -> IpRestrictionList:
        """List IP restrictions

        Returns a list of IP restriction entries for a database.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _list_ip_restrictions.OPERATION, {"organization": organization, "database": database}, options
        )

    def create(
        self,
        organization: str,
        database: str,
        *,
        cidr: str,
        description: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> IpRestriction:
        """Create an IP restriction entry

        Creates a new IP restriction entry to control database access by IP address or CIDR range.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            cidr: The IP address or CIDR range to restrict.
            description: A description for the IP restriction entry.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        body = CreateIpRestrictionBody(cidr=cidr, description=description)
        return self._call(
            _create_ip_restriction.OPERATION,
            {"organization": organization, "database": database, "body": body},
            options,
        )

    @cached_property
    def with_raw_response(self) -> IpRestrictionsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return IpRestrictionsRaw(self)


class AsyncIpRestrictions(AsyncAPIResource):
    """``async_client.ip_restrictions``: Manage IP restriction entries for controlling database access by IP address.
    The same methods as ``IpRestrictions``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> IpRestrictionList:
        """List IP restrictions: see ``IpRestrictions.list``."""
        return await self._call(
            _list_ip_restrictions.OPERATION, {"organization": organization, "database": database}, options
        )

    async def create(
        self,
        organization: str,
        database: str,
        *,
        cidr: str,
        description: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> IpRestriction:
        """Create an IP restriction entry: see ``IpRestrictions.create``."""
        body = CreateIpRestrictionBody(cidr=cidr, description=description)
        return await self._call(
            _create_ip_restriction.OPERATION,
            {"organization": organization, "database": database, "body": body},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncIpRestrictionsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncIpRestrictionsRaw(self)


class IpRestrictionsRaw:
    """``client.ip_restrictions.with_raw_response``."""

    def __init__(self, resource: IpRestrictions) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncIpRestrictionsRaw:
    """``async_client.ip_restrictions.with_raw_response``."""

    def __init__(self, resource: AsyncIpRestrictions) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)

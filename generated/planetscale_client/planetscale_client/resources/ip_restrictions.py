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

        ``GET /organizations/{organization}/databases/{database}/postgres-cidrs`` (functional layer: ``api.ip_restrictions.list_ip_restrictions.sync``).

        Returns a list of IP restriction entries for a database.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``IpRestrictionList``, read from the response body.

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

        ``POST /organizations/{organization}/databases/{database}/postgres-cidrs`` (functional layer: ``api.ip_restrictions.create_ip_restriction.sync``).

        Creates a new IP restriction entry to control database access by IP address or CIDR range.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            cidr: The IP address or CIDR range to restrict.
            description: A description for the IP restriction entry.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``IpRestriction``, read from the response body.

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
        """List IP restrictions

        ``GET /organizations/{organization}/databases/{database}/postgres-cidrs`` (functional layer: ``api.ip_restrictions.list_ip_restrictions.asyncio``).

        Returns a list of IP restriction entries for a database.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``IpRestrictionList``, read from the response body.

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
        """Create an IP restriction entry

        ``POST /organizations/{organization}/databases/{database}/postgres-cidrs`` (functional layer: ``api.ip_restrictions.create_ip_restriction.asyncio``).

        Creates a new IP restriction entry to control database access by IP address or CIDR range.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            cidr: The IP address or CIDR range to restrict.
            description: A description for the IP restriction entry.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``IpRestriction``, read from the response body.

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

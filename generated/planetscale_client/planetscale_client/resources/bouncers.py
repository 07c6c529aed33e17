# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.bouncers``: Manage PgBouncer connection pooling instances for database branches, including creating, listing, resizing, and deleting bouncers."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.bouncers import create_bouncer as _create_bouncer
from ..api.bouncers import delete_bouncer as _delete_bouncer
from ..api.bouncers import get_bouncer as _get_bouncer
from ..api.bouncers import list_bouncers as _list_bouncers
from ..models.bouncer import Bouncer
from ..models.bouncer_list import BouncerList
from ..models.create_bouncer_body import CreateBouncerBody
from ..types import UNSET, RequestOptions, Unset


class Bouncers(SyncAPIResource):
    """``client.bouncers``: Manage PgBouncer connection pooling instances for database branches, including creating, listing, resizing, and deleting bouncers.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> BouncerList:
        """List bouncers

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/bouncers`` (functional layer: ``api.bouncers.list_bouncers.sync``).

        Returns a list of PgBouncer connection pooling instances for the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``BouncerList``, read from the response body.

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
            _list_bouncers.OPERATION, {"organization": organization, "database": database, "branch": branch}, options
        )

    def create(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        name: str,
        pool_size: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Bouncer:
        """Create a bouncer

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/bouncers`` (functional layer: ``api.bouncers.create_bouncer.sync``).

        Creates a new PgBouncer connection pooling instance for the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            name: The name of the bouncer instance.
            pool_size: The connection pool size.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Bouncer``, read from the response body.

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

        body = CreateBouncerBody(name=name, pool_size=pool_size)
        return self._call(
            _create_bouncer.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "body": body},
            options,
        )

    def get(
        self, organization: str, database: str, branch: str, bouncer_name: str, *, options: RequestOptions | None = None
    ) -> Bouncer:
        """Get a bouncer

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}`` (functional layer: ``api.bouncers.get_bouncer.sync``).

        Returns details about a specific PgBouncer instance.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            bouncer_name: The name of the PgBouncer instance.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Bouncer``, read from the response body.

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
            _get_bouncer.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "bouncer_name": bouncer_name},
            options,
        )

    def delete(
        self, organization: str, database: str, branch: str, bouncer_name: str, *, options: RequestOptions | None = None
    ) -> Any:
        """Delete a bouncer

        ``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}`` (functional layer: ``api.bouncers.delete_bouncer.sync``).

        Deletes a PgBouncer connection pooling instance.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            bouncer_name: The name of the PgBouncer instance.
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
            _delete_bouncer.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "bouncer_name": bouncer_name},
            options,
        )

    @cached_property
    def with_raw_response(self) -> BouncersRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return BouncersRaw(self)


class AsyncBouncers(AsyncAPIResource):
    """``async_client.bouncers``: Manage PgBouncer connection pooling instances for database branches, including creating, listing, resizing, and deleting bouncers.

    The same methods as ``Bouncers``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(
        self, organization: str, database: str, branch: str, *, options: RequestOptions | None = None
    ) -> BouncerList:
        """List bouncers

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/bouncers`` (functional layer: ``api.bouncers.list_bouncers.asyncio``).

        Returns a list of PgBouncer connection pooling instances for the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``BouncerList``, read from the response body.

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
            _list_bouncers.OPERATION, {"organization": organization, "database": database, "branch": branch}, options
        )

    async def create(
        self,
        organization: str,
        database: str,
        branch: str,
        *,
        name: str,
        pool_size: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Bouncer:
        """Create a bouncer

        ``POST /organizations/{organization}/databases/{database}/branches/{branch}/bouncers`` (functional layer: ``api.bouncers.create_bouncer.asyncio``).

        Creates a new PgBouncer connection pooling instance for the specified branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            name: The name of the bouncer instance.
            pool_size: The connection pool size.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Bouncer``, read from the response body.

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

        body = CreateBouncerBody(name=name, pool_size=pool_size)
        return await self._call(
            _create_bouncer.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "body": body},
            options,
        )

    async def get(
        self, organization: str, database: str, branch: str, bouncer_name: str, *, options: RequestOptions | None = None
    ) -> Bouncer:
        """Get a bouncer

        ``GET /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}`` (functional layer: ``api.bouncers.get_bouncer.asyncio``).

        Returns details about a specific PgBouncer instance.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            bouncer_name: The name of the PgBouncer instance.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Bouncer``, read from the response body.

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
            _get_bouncer.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "bouncer_name": bouncer_name},
            options,
        )

    async def delete(
        self, organization: str, database: str, branch: str, bouncer_name: str, *, options: RequestOptions | None = None
    ) -> Any:
        """Delete a bouncer

        ``DELETE /organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}`` (functional layer: ``api.bouncers.delete_bouncer.asyncio``).

        Deletes a PgBouncer connection pooling instance.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the branch.
            bouncer_name: The name of the PgBouncer instance.
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
            _delete_bouncer.OPERATION,
            {"organization": organization, "database": database, "branch": branch, "bouncer_name": bouncer_name},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncBouncersRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncBouncersRaw(self)


class BouncersRaw:
    """``client.bouncers.with_raw_response``."""

    def __init__(self, resource: Bouncers) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)


class AsyncBouncersRaw:
    """``async_client.bouncers.with_raw_response``."""

    def __init__(self, resource: AsyncBouncers) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.teams``: Manage teams within an organization, including creating teams, adding members, and controlling database access."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.teams import create_team as _create_team
from ..api.teams import delete_team as _delete_team
from ..api.teams import get_team as _get_team
from ..api.teams import list_teams as _list_teams
from ..api.teams import update_team as _update_team
from ..models.create_team_body import CreateTeamBody
from ..models.team import Team
from ..models.update_team_body import UpdateTeamBody
from ..types import UNSET, RequestOptions, Unset


class Teams(SyncAPIResource):
    """``client.teams``: Manage teams within an organization, including creating teams, adding members, and controlling database access.

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
    ) -> SyncPage[Team]:
        """List teams

        ``GET /organizations/{organization}/teams`` (functional layer: ``api.teams.list_teams.sync``).

        Returns a list of all teams in the specified organization.

        Args:
            organization: The name of the organization.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SyncPage[Team]``: the first page; iterate it for every item of
                every page, fetched as needed.

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

        return self._page(
            _list_teams.OPERATION,
            _list_teams.PAGINATION,
            {"organization": organization, "page": page, "per_page": per_page},
            options,
        )

    def create(
        self, organization: str, *, name: str, description: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> Team:
        """Create a team

        ``POST /organizations/{organization}/teams`` (functional layer: ``api.teams.create_team.sync``).

        Creates a new team in the specified organization.

        Args:
            organization: The name of the organization.
            name: The name of the team.
            description: A description of the team.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Team``, read from the response body.

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

        body = CreateTeamBody(name=name, description=description)
        return self._call(_create_team.OPERATION, {"organization": organization, "body": body}, options)

    def get(self, organization: str, team_slug: str, *, options: RequestOptions | None = None) -> Team:
        """Get a team

        ``GET /organizations/{organization}/teams/{team_slug}`` (functional layer: ``api.teams.get_team.sync``).

        Returns details about a specific team in the organization.

        Args:
            organization: The name of the organization.
            team_slug: The slug of the team.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Team``, read from the response body.

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

        return self._call(_get_team.OPERATION, {"organization": organization, "team_slug": team_slug}, options)

    def update(
        self,
        organization: str,
        team_slug: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Team:
        """Update a team

        ``PATCH /organizations/{organization}/teams/{team_slug}`` (functional layer: ``api.teams.update_team.sync``).

        Updates the name or description of a specific team.

        Args:
            organization: The name of the organization.
            team_slug: The slug of the team.
            name: The updated name of the team.
            description: The updated description of the team.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Team``, read from the response body.

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

        body = UpdateTeamBody(name=name, description=description)
        return self._call(
            _update_team.OPERATION, {"organization": organization, "team_slug": team_slug, "body": body}, options
        )

    def delete(self, organization: str, team_slug: str, *, options: RequestOptions | None = None) -> Any:
        """Delete a team

        ``DELETE /organizations/{organization}/teams/{team_slug}`` (functional layer: ``api.teams.delete_team.sync``).

        Deletes a team from the organization.

        Args:
            organization: The name of the organization.
            team_slug: The slug of the team.
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

        return self._call(_delete_team.OPERATION, {"organization": organization, "team_slug": team_slug}, options)

    @cached_property
    def with_raw_response(self) -> TeamsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return TeamsRaw(self)


class AsyncTeams(AsyncAPIResource):
    """``async_client.teams``: Manage teams within an organization, including creating teams, adding members, and controlling database access.

    The same methods as ``Teams``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    def list(
        self,
        organization: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[Team]:
        """List teams

        ``GET /organizations/{organization}/teams`` (functional layer: ``api.teams.list_teams.asyncio``).

        Returns a list of all teams in the specified organization.

        Args:
            organization: The name of the organization.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``AsyncPaginator[Team]``: ``await`` it for the first page, or
                ``async for`` over every item of every page, fetched as needed.

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

        return self._page(
            _list_teams.OPERATION,
            _list_teams.PAGINATION,
            {"organization": organization, "page": page, "per_page": per_page},
            options,
        )

    async def create(
        self, organization: str, *, name: str, description: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> Team:
        """Create a team

        ``POST /organizations/{organization}/teams`` (functional layer: ``api.teams.create_team.asyncio``).

        Creates a new team in the specified organization.

        Args:
            organization: The name of the organization.
            name: The name of the team.
            description: A description of the team.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Team``, read from the response body.

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

        body = CreateTeamBody(name=name, description=description)
        return await self._call(_create_team.OPERATION, {"organization": organization, "body": body}, options)

    async def get(self, organization: str, team_slug: str, *, options: RequestOptions | None = None) -> Team:
        """Get a team

        ``GET /organizations/{organization}/teams/{team_slug}`` (functional layer: ``api.teams.get_team.asyncio``).

        Returns details about a specific team in the organization.

        Args:
            organization: The name of the organization.
            team_slug: The slug of the team.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Team``, read from the response body.

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

        return await self._call(_get_team.OPERATION, {"organization": organization, "team_slug": team_slug}, options)

    async def update(
        self,
        organization: str,
        team_slug: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Team:
        """Update a team

        ``PATCH /organizations/{organization}/teams/{team_slug}`` (functional layer: ``api.teams.update_team.asyncio``).

        Updates the name or description of a specific team.

        Args:
            organization: The name of the organization.
            team_slug: The slug of the team.
            name: The updated name of the team.
            description: The updated description of the team.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Team``, read from the response body.

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

        body = UpdateTeamBody(name=name, description=description)
        return await self._call(
            _update_team.OPERATION, {"organization": organization, "team_slug": team_slug, "body": body}, options
        )

    async def delete(self, organization: str, team_slug: str, *, options: RequestOptions | None = None) -> Any:
        """Delete a team

        ``DELETE /organizations/{organization}/teams/{team_slug}`` (functional layer: ``api.teams.delete_team.asyncio``).

        Deletes a team from the organization.

        Args:
            organization: The name of the organization.
            team_slug: The slug of the team.
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

        return await self._call(_delete_team.OPERATION, {"organization": organization, "team_slug": team_slug}, options)

    @cached_property
    def with_raw_response(self) -> AsyncTeamsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncTeamsRaw(self)


class TeamsRaw:
    """``client.teams.with_raw_response``."""

    def __init__(self, resource: Teams) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)


class AsyncTeamsRaw:
    """``async_client.teams.with_raw_response``."""

    def __init__(self, resource: AsyncTeams) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.update = to_async_raw_response(resource.update)
        self.delete = to_async_raw_response(resource.delete)

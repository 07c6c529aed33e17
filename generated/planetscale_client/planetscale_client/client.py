# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The PlanetScale Platform API client: credentials, base URL, timeouts and retries in one object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._arguments import incomplete_credential
from ._auth import ApiKey, Auth, BearerToken, assign
from ._base_client import DEFAULT_MAX_RESPONSE_SIZE, BaseClient
from ._retry import RetryPolicy
from ._servers import Server

if TYPE_CHECKING:  # imported when first used: importing the package stays cheap
    from . import resources as _resources

from .types import NOT_GIVEN, NotGiven

SERVERS: tuple[Server, ...] = (
    Server(
        "https://api.planetscale.com/v1",
        "PlanetScale Production API",
        {},
    ),
)
"""The servers the spec lists; the first is the default."""
DEFAULT_BASE_URL: str | None = "https://api.planetscale.com/v1"
SECURITY: tuple[tuple[str, ...], ...] = (("serviceToken",), ("bearerAuth",))
"""The spec's default security requirement: alternatives of schemes sent together."""
SCHEMES: dict[str, str] = {
    "serviceToken": "api_key",
    "bearerAuth": "bearer",
}
"""Every security scheme of the spec and its kind."""
_HINTS: dict[str, str] = {
    "serviceToken": "serviceToken (an API key: pass service_token_id=..., service_token=... to PlanetScaleClient() or set PLANETSCALE_SERVICE_TOKEN_ID and PLANETSCALE_SERVICE_TOKEN)",
    "bearerAuth": "bearerAuth (a bearer token: pass oauth_token=... to PlanetScaleClient())",
}


class ServiceToken(ApiKey):
    """The ``serviceToken`` credential: Service token authentication. Use the format 'ServiceToken {token_id}:{token_value}' in the Authorization header.

    Sent as the header ``Authorization``.
    """

    FORMATS = {
        "ServiceToken": "ServiceToken {service_token_id}:{service_token}",
        "bare": "{service_token_id}:{service_token}",
    }

    def __init__(
        self,
        service_token_id: str,
        service_token: str,
        *,
        auth_scheme: str = "ServiceToken",
    ) -> None:
        if auth_scheme not in self.FORMATS:
            raise ValueError(f"auth_scheme must be one of {sorted(self.FORMATS)}, not {auth_scheme!r}")
        template = self.FORMATS[auth_scheme]
        values = {
            "service_token_id": service_token_id,
            "service_token": service_token,
        }
        for role, value in values.items():
            if not value:
                raise ValueError(f"serviceToken needs service_token_id and service_token ({role} is empty)")
        super().__init__(
            template.format(**values),
            name="Authorization",
            location="header",
            secrets=(service_token,),
            shown=", ".join(f"{role}={value!r}" for role, value in values.items() if role in ["service_token_id"]),
        )


class _PlanetScaleClientBase(BaseClient):
    """What PlanetScaleClient and AsyncPlanetScaleClient share: credentials and settings."""

    def __init__(
        self,
        service_token_id: str | None = None,
        service_token: str | None = None,
        *,
        auth_scheme: str = "ServiceToken",
        oauth_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        auth: Auth | Mapping[str, Auth] | None = None,
    ) -> None:
        """Create a client for the PlanetScale Platform API.

        Credentials (any one of the spec's alternatives; see ``SECURITY``):
        - ``serviceToken``: service_token_id and service_token (or set PLANETSCALE_SERVICE_TOKEN_ID and PLANETSCALE_SERVICE_TOKEN).
        - ``bearerAuth``: oauth_token.

        Args:
            service_token_id: Part of the ``serviceToken`` API key (sent as the header ``Authorization``); read from ``PLANETSCALE_SERVICE_TOKEN_ID`` when not given.
            service_token: Part of the ``serviceToken`` API key (sent as the header ``Authorization``); read from ``PLANETSCALE_SERVICE_TOKEN`` when not given.
            auth_scheme: Which form of the ``serviceToken`` value to send: 'ServiceToken', 'bare' (the first is the default).
            oauth_token: The ``bearerAuth`` bearer token.
            base_url: Defaults to ``https://api.planetscale.com/v1``; also read from ``PLANETSCALE_BASE_URL``.
            timeout: Seconds one attempt may take, first byte sent to last byte read, or an
                ``httpx.Timeout`` (default: 30 s, 5 s to connect; ``None``: no timeout).
            deadline: Seconds a whole call may take, retries and waits included (default: none).
            max_response_size: Bytes of (decompressed) response body accepted (default 64 MiB;
                ``None``: no limit).
            max_retries: Retries after a connection error, timeout, 408, 409, 429 or 5xx (default 2).
            retry: The full :class:`RetryPolicy`, for backoff and Retry-After settings.
            headers: Headers sent with every request.
            http_client: Your own ``httpx.Client`` (proxies, transports, event hooks...).
            async_http_client: Your own ``httpx.AsyncClient``.
            auth: Ready credential objects instead of the arguments above: one (used for every
                scheme of its kind) or a mapping of scheme name to credential.
        """
        base = base_url or os.environ.get("PLANETSCALE_BASE_URL") or DEFAULT_BASE_URL
        if base is None:
            raise ValueError(
                "pass base_url (or set PLANETSCALE_BASE_URL): the PlanetScale Platform API spec names no server"
            )
        credentials: dict[str, Auth] = {}
        given = [
            service_token_id,
            service_token,
            oauth_token,
        ]
        if auth is not None:
            if any(value for value in given):
                raise ValueError("pass either auth or credential arguments, not both")
            credentials = assign(auth, SCHEMES)
        else:
            service_token_id = service_token_id or os.environ.get("PLANETSCALE_SERVICE_TOKEN_ID")
            service_token = service_token or os.environ.get("PLANETSCALE_SERVICE_TOKEN")
            if service_token_id or service_token:
                if not (service_token_id and service_token):
                    raise incomplete_credential(
                        f"{type(self).__name__}()",
                        "serviceToken",
                        {
                            "service_token_id": (service_token_id, "PLANETSCALE_SERVICE_TOKEN_ID"),
                            "service_token": (service_token, "PLANETSCALE_SERVICE_TOKEN"),
                        },
                    )
                credentials["serviceToken"] = ServiceToken(service_token_id, service_token, auth_scheme=auth_scheme)
            if oauth_token:
                credentials["bearerAuth"] = BearerToken(oauth_token)
        super().__init__(
            base_url=base,
            credentials=credentials,
            security=SECURITY,
            hints=_HINTS,
            timeout=timeout,
            deadline=deadline,
            max_response_size=max_response_size,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
            http_client=http_client,
            async_http_client=async_http_client,
        )


class PlanetScaleClient(_PlanetScaleClientBase):
    """A client for the PlanetScale Platform API: ``client.<resource>.<method>(...)``.

    ``AsyncPlanetScaleClient`` is the same for async code. Both take the same arguments.
    """

    @cached_property
    def organizations(self) -> _resources.Organizations:
        """Manage PlanetScale organizations, including listing organizations and retrieving organization details."""
        from .resources.organizations import Organizations

        return Organizations(self)

    @cached_property
    def organization_members(self) -> _resources.OrganizationMembers:
        """Manage members within an organization, including listing, retrieving, updating roles, and removing members."""
        from .resources.organization_members import OrganizationMembers

        return OrganizationMembers(self)

    @cached_property
    def teams(self) -> _resources.Teams:
        """Manage teams within an organization, including creating teams, adding members, and controlling database access."""
        from .resources.teams import Teams

        return Teams(self)

    @cached_property
    def databases(self) -> _resources.Databases:
        """Manage PlanetScale databases, including creating, listing, updating settings, and deleting databases."""
        from .resources.databases import Databases

        return Databases(self)

    @cached_property
    def branches(self) -> _resources.Branches:
        """Manage database branches for schema development and safe migrations, including creating, listing, updating, and deleting branches."""
        from .resources.branches import Branches

        return Branches(self)

    @cached_property
    def deploy_requests(self) -> _resources.DeployRequests:
        """Manage deploy requests for applying schema changes from development branches to production, including creating, reviewing, queueing, and completing deployments."""
        from .resources.deploy_requests import DeployRequests

        return DeployRequests(self)

    @cached_property
    def passwords(self) -> _resources.Passwords:
        """Manage branch passwords and connection credentials for connecting applications to database branches."""
        from .resources.passwords import Passwords

        return Passwords(self)

    @cached_property
    def backups(self) -> _resources.Backups:
        """Manage database branch backups, including listing, creating, and retrieving backup details."""
        from .resources.backups import Backups

        return Backups(self)

    @cached_property
    def service_tokens(self) -> _resources.ServiceTokens:
        """Manage service tokens for API authentication, including creating, listing, and deleting tokens and their access grants."""
        from .resources.service_tokens import ServiceTokens

        return ServiceTokens(self)

    @cached_property
    def bouncers(self) -> _resources.Bouncers:
        """Manage PgBouncer connection pooling instances for database branches, including creating, listing, resizing, and deleting bouncers."""
        from .resources.bouncers import Bouncers

        return Bouncers(self)

    @cached_property
    def cluster_sizes(self) -> _resources.ClusterSizes:
        """Retrieve available cluster size SKUs for Vitess and Postgres database branches."""
        from .resources.cluster_sizes import ClusterSizes

        return ClusterSizes(self)

    @cached_property
    def roles(self) -> _resources.Roles:
        """Manage role-based credentials for database access."""
        from .resources.roles import Roles

        return Roles(self)

    @cached_property
    def ip_restrictions(self) -> _resources.IpRestrictions:
        """Manage IP restriction entries for controlling database access by IP address."""
        from .resources.ip_restrictions import IpRestrictions

        return IpRestrictions(self)

    @cached_property
    def query_patterns(self) -> _resources.QueryPatterns:
        """Analyze and report on query patterns for database branches."""
        from .resources.query_patterns import QueryPatterns

        return QueryPatterns(self)

    @cached_property
    def webhooks(self) -> _resources.Webhooks:
        """Manage webhook configurations for database event notifications."""
        from .resources.webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def billing(self) -> _resources.Billing:
        """Access organization billing data and invoices programmatically."""
        from .resources.billing import Billing

        return Billing(self)

    @cached_property
    def schema_recommendations(self) -> _resources.SchemaRecommendations:
        """View and manage schema recommendations for optimizing database performance and structure."""
        from .resources.schema_recommendations import SchemaRecommendations

        return SchemaRecommendations(self)


class AsyncPlanetScaleClient(_PlanetScaleClientBase):
    """A client for the PlanetScale Platform API in async code: ``await client.<resource>.<method>(...)``.

    Takes the same arguments as ``PlanetScaleClient``.
    """

    @cached_property
    def organizations(self) -> _resources.AsyncOrganizations:
        """Manage PlanetScale organizations, including listing organizations and retrieving organization details."""
        from .resources.organizations import AsyncOrganizations

        return AsyncOrganizations(self)

    @cached_property
    def organization_members(self) -> _resources.AsyncOrganizationMembers:
        """Manage members within an organization, including listing, retrieving, updating roles, and removing members."""
        from .resources.organization_members import AsyncOrganizationMembers

        return AsyncOrganizationMembers(self)

    @cached_property
    def teams(self) -> _resources.AsyncTeams:
        """Manage teams within an organization, including creating teams, adding members, and controlling database access."""
        from .resources.teams import AsyncTeams

        return AsyncTeams(self)

    @cached_property
    def databases(self) -> _resources.AsyncDatabases:
        """Manage PlanetScale databases, including creating, listing, updating settings, and deleting databases."""
        from .resources.databases import AsyncDatabases

        return AsyncDatabases(self)

    @cached_property
    def branches(self) -> _resources.AsyncBranches:
        """Manage database branches for schema development and safe migrations, including creating, listing, updating, and deleting branches."""
        from .resources.branches import AsyncBranches

        return AsyncBranches(self)

    @cached_property
    def deploy_requests(self) -> _resources.AsyncDeployRequests:
        """Manage deploy requests for applying schema changes from development branches to production, including creating, reviewing, queueing, and completing deployments."""
        from .resources.deploy_requests import AsyncDeployRequests

        return AsyncDeployRequests(self)

    @cached_property
    def passwords(self) -> _resources.AsyncPasswords:
        """Manage branch passwords and connection credentials for connecting applications to database branches."""
        from .resources.passwords import AsyncPasswords

        return AsyncPasswords(self)

    @cached_property
    def backups(self) -> _resources.AsyncBackups:
        """Manage database branch backups, including listing, creating, and retrieving backup details."""
        from .resources.backups import AsyncBackups

        return AsyncBackups(self)

    @cached_property
    def service_tokens(self) -> _resources.AsyncServiceTokens:
        """Manage service tokens for API authentication, including creating, listing, and deleting tokens and their access grants."""
        from .resources.service_tokens import AsyncServiceTokens

        return AsyncServiceTokens(self)

    @cached_property
    def bouncers(self) -> _resources.AsyncBouncers:
        """Manage PgBouncer connection pooling instances for database branches, including creating, listing, resizing, and deleting bouncers."""
        from .resources.bouncers import AsyncBouncers

        return AsyncBouncers(self)

    @cached_property
    def cluster_sizes(self) -> _resources.AsyncClusterSizes:
        """Retrieve available cluster size SKUs for Vitess and Postgres database branches."""
        from .resources.cluster_sizes import AsyncClusterSizes

        return AsyncClusterSizes(self)

    @cached_property
    def roles(self) -> _resources.AsyncRoles:
        """Manage role-based credentials for database access."""
        from .resources.roles import AsyncRoles

        return AsyncRoles(self)

    @cached_property
    def ip_restrictions(self) -> _resources.AsyncIpRestrictions:
        """Manage IP restriction entries for controlling database access by IP address."""
        from .resources.ip_restrictions import AsyncIpRestrictions

        return AsyncIpRestrictions(self)

    @cached_property
    def query_patterns(self) -> _resources.AsyncQueryPatterns:
        """Analyze and report on query patterns for database branches."""
        from .resources.query_patterns import AsyncQueryPatterns

        return AsyncQueryPatterns(self)

    @cached_property
    def webhooks(self) -> _resources.AsyncWebhooks:
        """Manage webhook configurations for database event notifications."""
        from .resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    @cached_property
    def billing(self) -> _resources.AsyncBilling:
        """Access organization billing data and invoices programmatically."""
        from .resources.billing import AsyncBilling

        return AsyncBilling(self)

    @cached_property
    def schema_recommendations(self) -> _resources.AsyncSchemaRecommendations:
        """View and manage schema recommendations for optimizing database performance and structure."""
        from .resources.schema_recommendations import AsyncSchemaRecommendations

        return AsyncSchemaRecommendations(self)

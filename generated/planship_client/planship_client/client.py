# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The Planship API client: credentials, base URL, timeouts and retries in one object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._arguments import incomplete_credential
from ._auth import Auth, ClientCredentials, assign
from ._base_client import DEFAULT_MAX_RESPONSE_SIZE, BaseClient
from ._retry import RetryPolicy
from ._servers import Server

if TYPE_CHECKING:  # imported when first used: importing the package stays cheap
    from . import resources as _resources

from .types import NOT_GIVEN, NotGiven

SERVERS: tuple[Server, ...] = ()
"""The servers the spec lists; the first is the default."""
DEFAULT_BASE_URL: str | None = "https://api.planship.io"
SECURITY: tuple[tuple[str, ...], ...] = ()
"""The spec's default security requirement: alternatives of schemes sent together."""
SCHEMES: dict[str, str] = {
    "basic": "basic",
    "oAuth2ClientCredentials": "client_credentials",
}
"""Every security scheme of the spec and its kind."""
_HINTS: dict[str, str] = {
    "basic": "basic (OAuth2 client credentials: pass client_id=..., client_secret=... to PlanshipClient() or set PLANSHIP_CLIENT_ID and PLANSHIP_CLIENT_SECRET)",
    "oAuth2ClientCredentials": "oAuth2ClientCredentials (OAuth2 client credentials: pass client_id=..., client_secret=... to PlanshipClient() or set PLANSHIP_CLIENT_ID and PLANSHIP_CLIENT_SECRET)",
}


class _PlanshipClientBase(BaseClient):
    """What PlanshipClient and AsyncPlanshipClient share: credentials and settings."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        token_refresh_margin: float = 30.0,
        auth: Auth | Mapping[str, Auth] | None = None,
    ) -> None:
        """Create a client for the Planship API.

        Credentials (any one of the spec's alternatives; see ``SECURITY``):
        - ``oAuth2ClientCredentials``: client_id and client_secret (or set PLANSHIP_CLIENT_ID and PLANSHIP_CLIENT_SECRET).

        Args:
            client_id: Part of OAuth2 client credentials of ``oAuth2ClientCredentials`` (token from ``/api/v1/auth/token``); read from ``PLANSHIP_CLIENT_ID`` when not given.
            client_secret: Part of OAuth2 client credentials of ``oAuth2ClientCredentials`` (token from ``/api/v1/auth/token``); read from ``PLANSHIP_CLIENT_SECRET`` when not given.
            base_url: Defaults to ``https://api.planship.io``; also read from ``PLANSHIP_BASE_URL``.
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
            token_refresh_margin: Seconds before expiry at which an OAuth2 token is renewed.
            auth: Ready credential objects instead of the arguments above: one (used for every
                scheme of its kind) or a mapping of scheme name to credential.
        """
        base = base_url or os.environ.get("PLANSHIP_BASE_URL") or DEFAULT_BASE_URL
        if base is None:
            raise ValueError("pass base_url (or set PLANSHIP_BASE_URL): the Planship API spec names no server")
        credentials: dict[str, Auth] = {}
        given = [
            client_id,
            client_secret,
        ]
        if auth is not None:
            if any(value for value in given):
                raise ValueError("pass either auth or credential arguments, not both")
            credentials = assign(auth, SCHEMES)
        else:
            client_id = client_id or os.environ.get("PLANSHIP_CLIENT_ID")
            client_secret = client_secret or os.environ.get("PLANSHIP_CLIENT_SECRET")
            if client_id or client_secret:
                if not (client_id and client_secret):
                    raise incomplete_credential(
                        f"{type(self).__name__}()",
                        "oAuth2ClientCredentials",
                        {
                            "client_id": (client_id, "PLANSHIP_CLIENT_ID"),
                            "client_secret": (client_secret, "PLANSHIP_CLIENT_SECRET"),
                        },
                    )
                credentials["oAuth2ClientCredentials"] = ClientCredentials(
                    client_id,
                    client_secret,
                    base.rstrip("/") + "/api/v1/auth/token",
                    scopes=(),
                    send_body=False,
                    refresh_margin=token_refresh_margin,
                )
        # The token operation itself authenticates with the client credentials, as HTTP Basic.
        source = credentials.get("oAuth2ClientCredentials")
        if isinstance(source, ClientCredentials):
            credentials.setdefault("basic", source.basic())
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


class PlanshipClient(_PlanshipClientBase):
    """A client for the Planship API: ``client.<resource>.<method>(...)``.

    ``AsyncPlanshipClient`` is the same for async code. Both take the same arguments.
    """

    @cached_property
    def health(self) -> _resources.Health:
        """The ``health`` operations."""
        from .resources.health import Health

        return Health(self)

    @cached_property
    def auth(self) -> _resources.Auth:
        """The ``auth`` operations."""
        from .resources.auth import Auth

        return Auth(self)

    @cached_property
    def products(self) -> _resources.Products:
        """The ``products`` operations."""
        from .resources.products import Products

        return Products(self)

    @cached_property
    def public(self) -> _resources.Public:
        """The ``public`` operations."""
        from .resources.public import Public

        return Public(self)

    @cached_property
    def customers(self) -> _resources.Customers:
        """The ``customers`` operations."""
        from .resources.customers import Customers

        return Customers(self)

    @cached_property
    def customer_subscriptions(self) -> _resources.CustomerSubscriptions:
        """The ``customer_subscriptions`` operations."""
        from .resources.customer_subscriptions import CustomerSubscriptions

        return CustomerSubscriptions(self)

    @cached_property
    def subscription_customers(self) -> _resources.SubscriptionCustomers:
        """The ``subscription_customers`` operations."""
        from .resources.subscription_customers import SubscriptionCustomers

        return SubscriptionCustomers(self)

    @cached_property
    def entitlements(self) -> _resources.Entitlements:
        """The ``entitlements`` operations."""
        from .resources.entitlements import Entitlements

        return Entitlements(self)

    @cached_property
    def metered_usage(self) -> _resources.MeteredUsage:
        """The ``metered_usage`` operations."""
        from .resources.metered_usage import MeteredUsage

        return MeteredUsage(self)

    @cached_property
    def subscriptions(self) -> _resources.Subscriptions:
        """The ``subscriptions`` operations."""
        from .resources.subscriptions import Subscriptions

        return Subscriptions(self)


class AsyncPlanshipClient(_PlanshipClientBase):
    """A client for the Planship API in async code: ``await client.<resource>.<method>(...)``.

    Takes the same arguments as ``PlanshipClient``.
    """

    @cached_property
    def health(self) -> _resources.AsyncHealth:
        """The ``health`` operations."""
        from .resources.health import AsyncHealth

        return AsyncHealth(self)

    @cached_property
    def auth(self) -> _resources.AsyncAuth:
        """The ``auth`` operations."""
        from .resources.auth import AsyncAuth

        return AsyncAuth(self)

    @cached_property
    def products(self) -> _resources.AsyncProducts:
        """The ``products`` operations."""
        from .resources.products import AsyncProducts

        return AsyncProducts(self)

    @cached_property
    def public(self) -> _resources.AsyncPublic:
        """The ``public`` operations."""
        from .resources.public import AsyncPublic

        return AsyncPublic(self)

    @cached_property
    def customers(self) -> _resources.AsyncCustomers:
        """The ``customers`` operations."""
        from .resources.customers import AsyncCustomers

        return AsyncCustomers(self)

    @cached_property
    def customer_subscriptions(self) -> _resources.AsyncCustomerSubscriptions:
        """The ``customer_subscriptions`` operations."""
        from .resources.customer_subscriptions import AsyncCustomerSubscriptions

        return AsyncCustomerSubscriptions(self)

    @cached_property
    def subscription_customers(self) -> _resources.AsyncSubscriptionCustomers:
        """The ``subscription_customers`` operations."""
        from .resources.subscription_customers import AsyncSubscriptionCustomers

        return AsyncSubscriptionCustomers(self)

    @cached_property
    def entitlements(self) -> _resources.AsyncEntitlements:
        """The ``entitlements`` operations."""
        from .resources.entitlements import AsyncEntitlements

        return AsyncEntitlements(self)

    @cached_property
    def metered_usage(self) -> _resources.AsyncMeteredUsage:
        """The ``metered_usage`` operations."""
        from .resources.metered_usage import AsyncMeteredUsage

        return AsyncMeteredUsage(self)

    @cached_property
    def subscriptions(self) -> _resources.AsyncSubscriptions:
        """The ``subscriptions`` operations."""
        from .resources.subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self)

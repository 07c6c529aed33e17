# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The Planship API client: credentials, base URL, timeouts and retries in one object."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from ._auth import Auth, ClientCredentials
from ._base_client import DEFAULT_MAX_RESPONSE_SIZE, BaseClient
from ._guards import check_base_url
from ._retry import RetryPolicy
from .types import NOT_GIVEN, NotGiven

DEFAULT_BASE_URL = "https://api.planship.io"


class PlanshipClient(BaseClient):
    """A client for the Planship API.

    Authenticates with OAuth2 client credentials: an access token is fetched from
    ``/api/v1/auth/token`` with HTTP Basic ``client_id:client_secret``, cached, and refreshed
    shortly before it expires or when the API answers 401. Operations that need no token
    (health, public plans) send none. Credentials not passed are read from
    ``PLANSHIP_CLIENT_ID`` and ``PLANSHIP_CLIENT_SECRET``; the base URL
    from ``PLANSHIP_BASE_URL``.

    Args:
        client_id: The OAuth2 client id.
        client_secret: The OAuth2 client secret.
        base_url: Defaults to ``https://api.planship.io``.
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
        token_refresh_margin: Seconds before expiry at which the token is renewed.
        auth: A ready credential object (e.g. a ``ClientCredentials`` with its own clock).
    """

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
        auth: Auth | None = None,
    ) -> None:
        base = check_base_url(base_url or os.environ.get("PLANSHIP_BASE_URL") or DEFAULT_BASE_URL)
        if auth is not None:
            if client_id or client_secret:
                raise ValueError("pass either auth or client_id/client_secret, not both")
        else:
            client_id = client_id or os.environ.get("PLANSHIP_CLIENT_ID")
            client_secret = client_secret or os.environ.get("PLANSHIP_CLIENT_SECRET")
            if bool(client_id) != bool(client_secret):
                raise ValueError("client credentials need both client_id and client_secret")
        if auth is None and client_id and client_secret:
            auth = ClientCredentials(
                client_id,
                client_secret,
                base + "/api/v1/auth/token",
                refresh_margin=token_refresh_margin,
            )
        super().__init__(
            base_url=base_url or os.environ.get("PLANSHIP_BASE_URL") or DEFAULT_BASE_URL,
            auth=auth,
            timeout=timeout,
            deadline=deadline,
            max_response_size=max_response_size,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
            http_client=http_client,
            async_http_client=async_http_client,
        )

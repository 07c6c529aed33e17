# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The PlanetScale Platform API client: credentials, base URL, timeouts and retries in one object."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from ._auth import Auth, BearerToken, ServiceToken
from ._base_client import DEFAULT_MAX_RESPONSE_SIZE, BaseClient
from ._retry import RetryPolicy
from .types import NOT_GIVEN, NotGiven

DEFAULT_BASE_URL = "https://api.planetscale.com/v1"


class PlanetScaleClient(BaseClient):
    """A client for the PlanetScale Platform API.

    Authenticates with a service token (``Authorization: ServiceToken <id>:<token>``, the
    format this API's spec documents; ``auth_scheme="bare"`` sends ``<id>:<token>``) or with
    an OAuth access token (``oauth_token``, sent as a Bearer token). Credentials not passed
    are read from ``PLANETSCALE_SERVICE_TOKEN_ID`` and
    ``PLANETSCALE_SERVICE_TOKEN``; the base URL from ``PLANETSCALE_BASE_URL``.

    Args:
        service_token_id: The service token's id.
        service_token: The service token's value.
        oauth_token: An OAuth access token, instead of a service token.
        auth_scheme: ``"ServiceToken"`` (default) or ``"bare"``.
        base_url: Defaults to ``https://api.planetscale.com/v1``.
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
        auth: A ready credential object instead of the arguments above.
    """

    def __init__(
        self,
        service_token_id: str | None = None,
        service_token: str | None = None,
        *,
        oauth_token: str | None = None,
        auth_scheme: str = "ServiceToken",
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        auth: Auth | None = None,
    ) -> None:
        if auth_scheme not in ("ServiceToken", "bare"):
            raise ValueError(f"auth_scheme must be 'ServiceToken' or 'bare', not {auth_scheme!r}")
        if auth is not None:
            if service_token_id or service_token or oauth_token:
                raise ValueError("pass either auth or credentials, not both")
        elif oauth_token is not None:
            if service_token_id is not None or service_token is not None:
                raise ValueError("pass either a service token or oauth_token, not both")
            auth = BearerToken(oauth_token)
        else:
            token_id = service_token_id or os.environ.get("PLANETSCALE_SERVICE_TOKEN_ID")
            token = service_token or os.environ.get("PLANETSCALE_SERVICE_TOKEN")
            if bool(token_id) != bool(token):
                raise ValueError("a service token needs both service_token_id and service_token")
            if token_id and token:
                scheme = None if auth_scheme == "bare" else "ServiceToken"
                auth = ServiceToken(token_id, token, scheme=scheme)
        super().__init__(
            base_url=base_url or os.environ.get("PLANETSCALE_BASE_URL") or DEFAULT_BASE_URL,
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

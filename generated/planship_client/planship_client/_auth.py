# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Credentials: how each request is authorised, and how OAuth2 tokens are fetched and cached."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from .errors import AuthenticationError, connection_error, status_error

if TYPE_CHECKING:
    import asyncio


class Sender(Protocol):
    """How a credential sends its own requests (a token exchange) through the client.

    The client's sender adds its User-Agent and headers and logs the exchange.
    """

    def build_request(
        self, method: str, url: str, *, headers: dict[str, str], extensions: dict[str, Any]
    ) -> httpx.Request: ...

    def send(self, request: httpx.Request, *, auth: tuple[str, str]) -> httpx.Response: ...


class AsyncSender(Protocol):
    """Async version of :class:`Sender`."""

    def build_request(
        self, method: str, url: str, *, headers: dict[str, str], extensions: dict[str, Any]
    ) -> httpx.Request: ...

    async def send(self, request: httpx.Request, *, auth: tuple[str, str]) -> httpx.Response: ...


class Auth(Protocol):
    """What the client needs from a credential."""

    def auth_headers(self, http: Sender) -> dict[str, str]:
        """Return the headers that authorise a request (fetching a token if needed)."""
        ...

    async def async_auth_headers(self, http: AsyncSender) -> dict[str, str]:
        """Return the headers that authorise a request, from async code."""
        ...

    def invalidate(self, headers: dict[str, str]) -> bool:
        """Forget the credential sent in ``headers`` after a 401; True if a retry may help."""
        ...

    def secrets(self) -> tuple[str, ...]:
        """Return the secret strings to redact from logs."""
        ...


class ServiceToken:
    """A service token sent as ``Authorization: ServiceToken <id>:<token>``.

    Pass ``scheme=None`` for the bare ``<id>:<token>`` form.
    """

    def __init__(self, token_id: str, token: str, *, scheme: str | None = "ServiceToken") -> None:
        if not token_id or not token:
            raise ValueError("a service token needs both its id and its token value")
        credential = f"{token_id}:{token}"
        self._header = f"{scheme} {credential}" if scheme else credential
        self._secrets = (token, credential)
        self.token_id = token_id

    def auth_headers(self, http: Sender) -> dict[str, str]:
        return {"Authorization": self._header}

    async def async_auth_headers(self, http: AsyncSender) -> dict[str, str]:
        return {"Authorization": self._header}

    def invalidate(self, headers: dict[str, str]) -> bool:
        return False  # a static token does not get better by asking again

    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    def __repr__(self) -> str:
        return f"ServiceToken(token_id={self.token_id!r}, token='***')"


class BearerToken:
    """An OAuth access token obtained elsewhere, sent as ``Authorization: Bearer <token>``."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("the bearer token must not be empty")
        self._token = token

    def auth_headers(self, http: Sender) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"}

    async def async_auth_headers(self, http: AsyncSender) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self, headers: dict[str, str]) -> bool:
        return False

    def secrets(self) -> tuple[str, ...]:
        return (self._token,)

    def __repr__(self) -> str:
        return "BearerToken(token='***')"


class ClientCredentials:
    """OAuth2 client credentials: a cached access token, refreshed shortly before it expires.

    The token comes from ``POST token_url`` with HTTP Basic ``client_id:client_secret``. Under
    concurrent use (threads, or tasks in one event loop) only one refresh is in flight; the
    others wait for it and reuse its token. ``clock`` is injectable for tests.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_url: str,
        *,
        refresh_margin: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client credentials need both client_id and client_secret")
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self._refresh_margin = refresh_margin
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self.fetch_count = 0
        """How many tokens have been fetched: useful in tests and diagnostics."""

    def _valid_token(self) -> str | None:
        if self._token is not None and self._clock() < self._expires_at - self._refresh_margin:
            return self._token
        return None

    def auth_headers(self, http: Sender) -> dict[str, str]:
        token = self._valid_token()
        if token is None:
            with self._lock:
                token = self._valid_token()
                if token is None:
                    token = self._store(self._send(http))
        return {"Authorization": f"Bearer {token}"}

    async def async_auth_headers(self, http: AsyncSender) -> dict[str, str]:
        token = self._valid_token()
        if token is None:
            if self._async_lock is None:
                import asyncio  # noqa: PLC0415 - sync-only programs need not import asyncio

                self._async_lock = asyncio.Lock()
            async with self._async_lock:
                token = self._valid_token()
                if token is None:
                    token = self._store(await self._async_send(http))
        return {"Authorization": f"Bearer {token}"}

    def basic_auth_headers(self) -> dict[str, str]:
        """Return HTTP Basic ``client_id:client_secret``, for the token operation itself."""
        pair = f"{self.client_id}:{self._client_secret}".encode()
        return {"Authorization": f"Basic {base64.b64encode(pair).decode('ascii')}"}

    def invalidate(self, headers: dict[str, str]) -> bool:
        with self._lock:
            if headers.get("Authorization") == f"Bearer {self._token}":
                self._token = None  # the next request fetches a new one
        return True

    def secrets(self) -> tuple[str, ...]:
        return (self._client_secret, *((self._token,) if self._token else ()))

    def _token_request(self, http: Sender | AsyncSender) -> httpx.Request:
        return http.build_request(
            "POST",
            self.token_url,
            headers={"Accept": "application/json"},
            extensions={"token_request": True},
        )

    def _send(self, http: Sender) -> httpx.Response:
        request = self._token_request(http)
        try:
            return http.send(request, auth=(self.client_id, self._client_secret))
        except httpx.TransportError as err:
            raise connection_error(request, err) from err

    async def _async_send(self, http: AsyncSender) -> httpx.Response:
        request = self._token_request(http)
        try:
            return await http.send(request, auth=(self.client_id, self._client_secret))
        except httpx.TransportError as err:
            raise connection_error(request, err) from err

    def _store(self, response: httpx.Response) -> str:
        self.fetch_count += 1
        if response.status_code != 200:
            error = status_error(response, None)
            if isinstance(error, AuthenticationError) or response.status_code in (400, 403):
                error.message = (
                    f"the token endpoint refused the client credentials of {self.client_id!r} ({response.status_code})"
                )
            raise error
        try:
            payload: Any = response.json()
            token = payload["access_token"]
            expires_in = float(payload.get("expires_in", 0))
        except (ValueError, KeyError, TypeError) as err:
            raise AuthenticationError(
                response, None, "the token endpoint answered without a usable access_token"
            ) from err
        if not isinstance(token, str) or not token:
            raise AuthenticationError(response, None, "the token endpoint returned no token")
        self._token = token
        self._expires_at = self._clock() + expires_in
        return token

    def __repr__(self) -> str:
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret='***')"

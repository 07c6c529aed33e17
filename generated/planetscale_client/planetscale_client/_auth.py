# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Credentials: how each request is authorised, and how OAuth2 tokens are fetched and cached."""

from __future__ import annotations

import base64
import math
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ._guards import check_credential
from .errors import APIResponseValidationError, AuthenticationError, status_error

if TYPE_CHECKING:
    import asyncio


class Sender(Protocol):
    """How a credential sends its own requests (a token exchange) through the client.

    The client adds its User-Agent and headers, applies the call's timeout, deadline, size
    limit and retry policy, and logs the exchange (credentials redacted).
    """

    def send(self, method: str, url: str, *, headers: dict[str, str]) -> httpx.Response: ...


class AsyncSender(Protocol):
    """Async version of :class:`Sender`."""

    async def send(self, method: str, url: str, *, headers: dict[str, str]) -> httpx.Response: ...


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
        check_credential("the service token id", token_id)
        check_credential("the service token", token)
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
        self._token = check_credential("the bearer token", token)

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

    The token comes from ``POST token_url`` with HTTP Basic ``client_id:client_secret``, sent
    with the calling request's timeout, deadline and retry policy (the exchange is safe to
    repeat). Under concurrent use (threads, or tasks in one event loop) only one refresh is in
    flight; the others wait for it and reuse its token. ``clock`` is injectable for tests.
    """

    MAX_LIFETIME = 366 * 24 * 3600.0
    """``expires_in`` beyond this many seconds is read as this (some servers send absurd values)."""

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
        check_credential("client_id", client_id)
        check_credential("client_secret", client_secret)
        if ":" in client_id:
            raise ValueError("client_id must not contain ':' (HTTP Basic cannot send it)")
        self.client_id = client_id
        self._client_secret = client_secret
        pair = f"{client_id}:{client_secret}"
        self._basic = base64.b64encode(pair.encode("ascii")).decode("ascii")
        self._fixed_secrets = (pair, self._basic, client_secret)
        self.token_url = token_url
        self._refresh_margin = refresh_margin
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._async_lock: tuple[Any, asyncio.Lock] | None = None
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
                    token = self._store(http.send("POST", self.token_url, headers=self._headers()))
        return {"Authorization": f"Bearer {token}"}

    async def async_auth_headers(self, http: AsyncSender) -> dict[str, str]:
        token = self._valid_token()
        if token is None:
            async with self._lock_for_running_loop():
                token = self._valid_token()
                if token is None:
                    response = await http.send("POST", self.token_url, headers=self._headers())
                    token = self._store(response)
        return {"Authorization": f"Bearer {token}"}

    def _lock_for_running_loop(self) -> asyncio.Lock:
        import asyncio  # noqa: PLC0415 - sync-only programs need not import asyncio

        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock[0] is not loop:
            self._async_lock = (loop, asyncio.Lock())  # an asyncio.Lock serves one event loop
        return self._async_lock[1]

    def basic_auth_headers(self) -> dict[str, str]:
        """Return HTTP Basic ``client_id:client_secret``, for the token operation itself."""
        return {"Authorization": f"Basic {self._basic}"}

    def _headers(self) -> dict[str, str]:
        return {"Accept": "application/json", **self.basic_auth_headers()}

    def invalidate(self, headers: dict[str, str]) -> bool:
        with self._lock:
            if headers.get("Authorization") == f"Bearer {self._token}":
                self._token = None  # the next request fetches a new one
        return True

    def secrets(self) -> tuple[str, ...]:
        return (*self._fixed_secrets, *((self._token,) if self._token else ()))

    def _store(self, response: httpx.Response) -> str:
        self.fetch_count += 1
        if response.status_code != 200:
            error = status_error(response, None)
            if isinstance(error, AuthenticationError) or response.status_code in (400, 403):
                error.message = (
                    f"the token endpoint refused the client credentials of {self.client_id!r} ({response.status_code})"
                )
                error.args = (error.message,)
            raise error
        token, lifetime = _read_token(response)
        self._token = token
        self._expires_at = self._clock() + lifetime
        return token

    def __repr__(self) -> str:
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret='***')"


def _read_token(response: httpx.Response) -> tuple[str, float]:
    """Return the access token and its lifetime in seconds from a token endpoint's answer."""

    def invalid(field: str, problem: str) -> APIResponseValidationError:
        return APIResponseValidationError("token response", field, problem)

    try:
        payload: Any = response.json()
    except (ValueError, RecursionError):
        raise invalid("", "the token endpoint's answer is not JSON") from None
    if not isinstance(payload, dict):
        raise invalid("", f"expected an object, got {type(payload).__name__}")
    token = payload.get("access_token")
    if not isinstance(token, str) or not token:
        raise invalid("access_token", "missing, empty or not a string")
    try:
        check_credential("the access token", token)
    except ValueError as err:
        raise invalid("access_token", str(err)) from None
    if "expires_in" not in payload or payload["expires_in"] is None:
        return token, ClientCredentials.MAX_LIFETIME  # no expiry given: kept until a 401
    raw = payload["expires_in"]
    try:
        lifetime = float(raw)
    except OverflowError:  # an integer of hundreds of digits
        lifetime = math.inf if raw > 0 else 0.0
    except (TypeError, ValueError):
        lifetime = 0.0  # unreadable: use the token for this call, fetch another next time
    if math.isnan(lifetime):
        lifetime = 0.0
    return token, min(max(lifetime, 0.0), ClientCredentials.MAX_LIFETIME)

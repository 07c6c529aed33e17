# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Credentials: how each request is authorised, and how OAuth2 tokens are fetched and cached."""

from __future__ import annotations

import base64
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol
from urllib.parse import quote

import httpx

from ._guards import check_cookie_value, check_credential
from .errors import APIResponseValidationError, AuthenticationError, status_error

if TYPE_CHECKING:
    import asyncio


class Sender(Protocol):
    """How a credential sends its own requests (a token exchange) through the client.

    The client adds its User-Agent and headers, applies the call's timeout, deadline, size
    limit and retry policy, and logs the exchange (credentials redacted).
    """

    def send(self, method: str, url: str, *, headers: dict[str, str], content: bytes = b"") -> httpx.Response: ...


class AsyncSender(Protocol):
    """Async version of :class:`Sender`."""

    async def send(self, method: str, url: str, *, headers: dict[str, str], content: bytes = b"") -> httpx.Response: ...


class Grant:
    """What credentials add to one request: headers and query parameters."""

    __slots__ = ("headers", "params")

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}
        self.params: dict[str, str] = {}

    def add_cookie(self, name: str, value: str) -> None:
        cookie = f"{name}={value}"
        present = self.headers.get("Cookie")
        self.headers["Cookie"] = f"{present}; {cookie}" if present else cookie


class Auth(Protocol):
    """What the client needs from a credential."""

    kind: ClassVar[str]
    """The security scheme kind it answers: api_key, basic, bearer, http_scheme,
    client_credentials or access_token."""

    def authorize(self, http: Sender, grant: Grant) -> None:
        """Add what authorises a request to ``grant`` (fetching a token if needed)."""
        ...

    async def async_authorize(self, http: AsyncSender, grant: Grant) -> None:
        """Async version of :meth:`authorize`."""
        ...

    def invalidate(self, grant: Grant) -> bool:
        """Forget the credential sent in ``grant`` after a 401; True if a retry may help."""
        ...

    def secrets(self) -> tuple[str, ...]:
        """Return the secret strings to redact from errors and logs."""
        ...


class _Static:
    """A credential that never changes: the same value on every request."""

    kind: ClassVar[str] = ""

    def authorize(self, http: Sender, grant: Grant) -> None:
        self._add(grant)

    async def async_authorize(self, http: AsyncSender, grant: Grant) -> None:
        self._add(grant)

    def invalidate(self, grant: Grant) -> bool:
        return False  # a static credential does not get better by asking again

    def _add(self, grant: Grant) -> None:
        raise NotImplementedError


class ApiKey(_Static):
    """An API key sent as a header, a query parameter or a cookie, as the spec declares it."""

    kind = "api_key"

    def __init__(
        self,
        value: str,
        *,
        name: str = "Authorization",
        location: Literal["header", "query", "cookie"] = "header",
        secrets: tuple[str, ...] = (),
        shown: str = "",
    ) -> None:
        role = f"the API key for {name!r}"
        self._value = check_credential(role, value)
        if location == "cookie":
            check_cookie_value(role, value)
        self.name = name
        self.location = location
        self._secrets = (value, *secrets)
        self._shown = shown

    def _add(self, grant: Grant) -> None:
        if self.location == "header":
            grant.headers[self.name] = self._value
        elif self.location == "query":
            grant.params[self.name] = self._value
        else:
            grant.add_cookie(self.name, self._value)

    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._shown or f'{self.location}={self.name!r}'}, value='***')"


class HTTPBasic(_Static):
    """HTTP Basic authentication: ``Authorization: Basic base64(username:password)``."""

    kind = "basic"

    def __init__(self, username: str, password: str) -> None:
        check_credential("the username", username)
        check_credential("the password", password)
        if ":" in username:
            raise ValueError("the username must not contain ':' (HTTP Basic cannot send it)")
        pair = f"{username}:{password}"
        self.username = username
        self._header = "Basic " + base64.b64encode(pair.encode("ascii")).decode("ascii")
        self._secrets = (pair, self._header.removeprefix("Basic "), password)

    def _add(self, grant: Grant) -> None:
        grant.headers["Authorization"] = self._header

    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    def __repr__(self) -> str:
        return f"HTTPBasic(username={self.username!r}, password='***')"


class BearerToken(_Static):
    """A token obtained elsewhere, sent as ``Authorization: Bearer <token>``."""

    kind = "bearer"

    def __init__(self, token: str) -> None:
        self._token = check_credential("the bearer token", token)

    def _add(self, grant: Grant) -> None:
        grant.headers["Authorization"] = f"Bearer {self._token}"

    def secrets(self) -> tuple[str, ...]:
        return (self._token,)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token='***')"


class HTTPScheme(_Static):
    """A credential of an HTTP authentication scheme other than Basic and Bearer (``DSN``,
    say), sent as ``Authorization: <scheme> <credential>``."""

    kind = "http_scheme"

    def __init__(self, scheme: str, credential: str) -> None:
        self.scheme = scheme
        self._credential = check_credential(f"the {scheme} credential", credential)

    def _add(self, grant: Grant) -> None:
        grant.headers["Authorization"] = f"{self.scheme} {self._credential}"

    def secrets(self) -> tuple[str, ...]:
        return (self._credential,)

    def __repr__(self) -> str:
        return f"HTTPScheme({self.scheme!r}, credential='***')"


class AccessToken(BearerToken):
    """An OAuth2 / OpenID Connect access token obtained elsewhere (authorization code,
    implicit or device flow), sent as a Bearer token.

    ``refresh``, if given, is called for a new token when the API answers 401 (once per call).
    """

    kind = "access_token"

    def __init__(self, token: str, *, refresh: Callable[[], str] | None = None) -> None:
        super().__init__(token)
        self._refresh = refresh
        self._previous: tuple[str, ...] = ()
        self._lock = threading.Lock()

    def invalidate(self, grant: Grant) -> bool:
        if self._refresh is None:
            return False
        with self._lock:
            if grant.headers.get("Authorization") == f"Bearer {self._token}":
                self._previous = (*self._previous[-3:], self._token)
                self._token = check_credential("the access token the refresh callable returned", self._refresh())
        return True

    def secrets(self) -> tuple[str, ...]:
        return (self._token, *self._previous)


class ClientCredentials:
    """OAuth2 client credentials: a cached access token, refreshed shortly before it expires.

    The token comes from ``POST token_url`` with HTTP Basic ``client_id:client_secret`` (and
    the form ``grant_type=client_credentials``, unless ``send_body`` is false: some token
    endpoints take no body), sent with the calling request's timeout, deadline and retry
    policy (the exchange is safe to repeat). Under concurrent use (threads, or tasks in one
    event loop) only one refresh is in flight; the others wait for it and reuse its token.
    ``clock`` is injectable for tests.
    """

    kind: ClassVar[str] = "client_credentials"

    MAX_LIFETIME = 366 * 24 * 3600.0
    """``expires_in`` beyond this many seconds is read as this (some servers send absurd values)."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_url: str,
        *,
        scopes: tuple[str, ...] = (),
        send_body: bool = True,
        refresh_margin: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
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
        self._body = (
            (
                "grant_type=client_credentials" + (f"&scope={quote(' '.join(scopes), safe='')}" if scopes else "")
            ).encode()
            if send_body
            else b""
        )
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

    def authorize(self, http: Sender, grant: Grant) -> None:
        token = self._valid_token()
        if token is None:
            with self._lock:
                token = self._valid_token()
                if token is None:
                    token = self._store(http.send("POST", self.token_url, headers=self._headers(), content=self._body))
        grant.headers["Authorization"] = f"Bearer {token}"

    async def async_authorize(self, http: AsyncSender, grant: Grant) -> None:
        token = self._valid_token()
        if token is None:
            async with self._lock_for_running_loop():
                token = self._valid_token()
                if token is None:
                    response = await http.send("POST", self.token_url, headers=self._headers(), content=self._body)
                    token = self._store(response)
        grant.headers["Authorization"] = f"Bearer {token}"

    def _lock_for_running_loop(self) -> asyncio.Lock:
        import asyncio  # noqa: PLC0415 - sync-only programs need not import asyncio

        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock[0] is not loop:
            self._async_lock = (loop, asyncio.Lock())  # an asyncio.Lock serves one event loop
        return self._async_lock[1]

    def basic(self) -> HTTPBasic:
        """Return HTTP Basic ``client_id:client_secret``, for calling the token operation itself."""
        return HTTPBasic(self.client_id, self._client_secret)

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "Authorization": f"Basic {self._basic}"}
        if self._body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        return headers

    def invalidate(self, grant: Grant) -> bool:
        with self._lock:
            if grant.headers.get("Authorization") == f"Bearer {self._token}":
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


_BEARER_KINDS = frozenset({"bearer", "access_token"})


def assign(auth: Auth | Mapping[str, Auth], schemes: Mapping[str, str]) -> dict[str, Auth]:
    """Return which scheme each credential of ``auth`` answers.

    A mapping names the schemes itself; a single credential answers every scheme of its kind
    (a bearer token answers OAuth2 schemes too: both are sent as Bearer).
    """
    if isinstance(auth, Mapping):
        unknown = sorted(set(auth) - set(schemes))
        if unknown:
            raise ValueError(f"auth names {unknown}, which are not security schemes of this API ({sorted(schemes)})")
        return dict(auth)
    kinds = {auth.kind} | (_BEARER_KINDS if auth.kind in _BEARER_KINDS else set())
    matched = {name: auth for name, kind in schemes.items() if kind in kinds}
    if not matched:
        raise ValueError(
            f"this API has no security scheme a {type(auth).__name__} can answer (its schemes: {dict(schemes)})"
        )
    return matched

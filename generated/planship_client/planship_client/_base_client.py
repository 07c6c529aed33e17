# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Sending requests: auth, retries with backoff, timeouts, logging, and the httpx clients."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import Any, Literal, TypeVar

import httpx

from . import _pagination
from ._auth import Auth, ClientCredentials
from ._logging import configure_from_environment, logger, redact, redact_headers
from ._retry import RetryPolicy, should_retry_status
from .errors import APIError, connection_error
from .types import RequestOptions

__version__ = "0.1.1"
USER_AGENT = "planship-client/0.1.1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

ItemT = TypeVar("ItemT")
AuthMode = Literal["default", "none", "basic"]
_NO_OPTIONS = RequestOptions()


class BaseClient:
    """What every Planship API client does, whatever its credentials.

    One instance serves both sync and async calls (it holds one ``httpx.Client`` and one
    ``httpx.AsyncClient``, created when first needed, or the ones you pass in). Use it as a
    context manager, or call ``close()`` / ``aclose()``, to release connections.
    """

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http(s) URL, not {base_url!r}")
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self.base_url = base_url.rstrip("/")
        self.timeout = httpx.Timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT
        self.retry = policy
        self._auth = auth
        self._headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})}
        self._http = http_client
        self._async_http = async_http_client
        self._http_lock = threading.Lock()
        configure_from_environment()

    # -- httpx clients -------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        """Return the ``httpx.Client`` used for sync calls (created on first use)."""
        if self._http is None:
            with self._http_lock:  # threads making their first call share one pool
                if self._http is None:
                    # Redirects are not followed: credentials must never reach another host.
                    self._http = httpx.Client(timeout=self.timeout, follow_redirects=False)
        return self._http

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the ``httpx.AsyncClient`` used for async calls (created on first use)."""
        if self._async_http is None:
            with self._http_lock:
                if self._async_http is None:
                    self._async_http = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)
        return self._async_http

    def close(self) -> None:
        """Close the sync HTTP client."""
        if self._http is not None:
            self._http.close()

    async def aclose(self) -> None:
        """Close both HTTP clients."""
        if self._async_http is not None:
            await self._async_http.aclose()
        self.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth!r})"

    # -- pagination ----------------------------------------------------------------------

    def paginate(
        self,
        operation: _pagination.PagedOperation[ItemT],
        /,
        *,
        max_items: int | None = None,
        **params: Any,
    ) -> Iterator[ItemT]:
        """Yield every item of a list operation across all its pages, fetching lazily.

        ``operation`` is the generated module, e.g. ``paginate(list_databases,
        organization="acme")``; ``params`` are its arguments. Only one page is held at a time.
        """
        return _pagination.iterate(self, operation, params, max_items)

    def apaginate(
        self,
        operation: _pagination.PagedOperation[ItemT],
        /,
        *,
        max_items: int | None = None,
        **params: Any,
    ) -> AsyncIterator[ItemT]:
        """Async version of :meth:`paginate`: ``async for item in client.apaginate(...)``."""
        return _pagination.aiterate(self, operation, params, max_items)

    # -- sending -------------------------------------------------------------------------

    def request(
        self, kwargs: dict[str, Any], *, options: RequestOptions | None, auth: AuthMode = "default"
    ) -> httpx.Response:
        """Send the request described by ``kwargs``, with auth and retries; return the last response.

        Non-2xx responses are returned, not raised: the operation turns them into typed errors.
        ``auth`` is what the operation's security requires: the client's credential
        (``"default"``), nothing (``"none"``), or HTTP Basic client credentials (``"basic"``).
        """
        options = options or _NO_OPTIONS
        policy, retries = self._retries_for(kwargs["method"], options)
        http = self.get_httpx_client()
        attempt, refreshed = 0, False
        while True:
            auth_headers = self._auth_headers(http, auth)
            request = self._build_request(http, kwargs, auth_headers, options)
            started = self._log_request(request, attempt)
            try:
                response = http.send(request)
            except httpx.TransportError as err:
                if attempt >= retries:
                    raise connection_error(request, err) from err
                self._log_retry(request, attempt, err)
                policy.sleep(policy.delay(attempt))
                attempt += 1
                continue
            self._log_response(response, started)
            if self._should_refresh(response, auth_headers, auth, refreshed):
                refreshed = True
                continue
            if should_retry_status(response.status_code) and attempt < retries:
                delay = policy.delay(attempt, response)
                self._log_retry(request, attempt, response)
                policy.sleep(delay)
                attempt += 1
                continue
            return response

    async def arequest(
        self, kwargs: dict[str, Any], *, options: RequestOptions | None, auth: AuthMode = "default"
    ) -> httpx.Response:
        """Async version of :meth:`request`."""
        options = options or _NO_OPTIONS
        policy, retries = self._retries_for(kwargs["method"], options)
        http = self.get_async_httpx_client()
        attempt, refreshed = 0, False
        while True:
            auth_headers = await self._async_auth_headers(http, auth)
            request = self._build_request(http, kwargs, auth_headers, options)
            started = self._log_request(request, attempt)
            try:
                response = await http.send(request)
            except httpx.TransportError as err:
                if attempt >= retries:
                    raise connection_error(request, err) from err
                self._log_retry(request, attempt, err)
                await policy.async_sleep(policy.delay(attempt))
                attempt += 1
                continue
            self._log_response(response, started)
            if self._should_refresh(response, auth_headers, auth, refreshed):
                refreshed = True
                continue
            if should_retry_status(response.status_code) and attempt < retries:
                delay = policy.delay(attempt, response)
                self._log_retry(request, attempt, response)
                await policy.async_sleep(delay)
                attempt += 1
                continue
            return response

    def _retries_for(self, method: str, options: RequestOptions) -> tuple[RetryPolicy, int]:
        policy = self.retry
        if options.retry_non_idempotent is not None:
            policy = dataclasses.replace(policy, retry_non_idempotent=options.retry_non_idempotent)
        retries = policy.max_retries if options.max_retries is None else options.max_retries
        if retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {retries}")
        return policy, retries if policy.allows(method) else 0

    def _credential(self, mode: AuthMode) -> Auth | None:
        if mode == "none":
            return None
        if self._auth is None:
            raise _missing_credentials(type(self).__name__)
        if mode == "basic":
            if not isinstance(self._auth, ClientCredentials):
                raise APIError("this operation needs HTTP Basic client credentials")
            return None
        return self._auth

    def _auth_headers(self, http: httpx.Client, mode: AuthMode) -> dict[str, str]:
        credential = self._credential(mode)
        if mode == "basic" and isinstance(self._auth, ClientCredentials):
            return self._auth.basic_auth_headers()
        if credential is None:
            return {}
        return credential.auth_headers(_Sender(self, http))

    async def _async_auth_headers(self, http: httpx.AsyncClient, mode: AuthMode) -> dict[str, str]:
        credential = self._credential(mode)
        if mode == "basic" and isinstance(self._auth, ClientCredentials):
            return self._auth.basic_auth_headers()
        if credential is None:
            return {}
        return await credential.async_auth_headers(_AsyncSender(self, http))

    def _should_refresh(
        self, response: httpx.Response, auth_headers: dict[str, str], mode: AuthMode, refreshed: bool
    ) -> bool:
        """A 401 on a refreshable credential earns exactly one new token and one more try."""
        if response.status_code != 401 or mode != "default" or refreshed or self._auth is None:
            return False
        if not self._auth.invalidate(auth_headers):
            return False
        logger.info("401 from %s; fetching a new token and trying once more", response.url)
        return True

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        kwargs: dict[str, Any],
        auth_headers: dict[str, str],
        options: RequestOptions,
    ) -> httpx.Request:
        headers = {**self._headers, **kwargs.get("headers", {}), **(options.headers or {})}
        headers.update(auth_headers)
        params = kwargs.get("params")
        if options.params:
            params = {**(params or {}), **options.params}
        return http.build_request(
            kwargs["method"].upper(),
            self.base_url + kwargs["url"],
            params=params,
            json=kwargs.get("json"),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            headers=headers,
            timeout=httpx.Timeout(options.timeout) if options.timeout is not None else self.timeout,
        )

    def _secrets(self) -> tuple[str, ...]:
        return self._auth.secrets() if self._auth is not None else ()

    def _log_request(self, request: httpx.Request, attempt: int) -> float:
        if logger.isEnabledFor(10):  # DEBUG
            logger.debug(
                "HTTP Request: %s %s%s headers=%s",
                request.method,
                redact(str(request.url), self._secrets()),
                f" (retry {attempt})" if attempt else "",
                redact_headers(request.headers, self._secrets()),
            )
        return time.monotonic()

    def _log_response(self, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(10):
            logger.debug(
                "HTTP Response: %s %s %d %s (%.0f ms) headers=%s",
                response.request.method,
                redact(str(response.request.url), self._secrets()),
                response.status_code,
                response.reason_phrase,
                (time.monotonic() - started) * 1000,
                redact_headers(response.headers, self._secrets()),
            )

    def _log_retry(self, request: httpx.Request, attempt: int, cause: httpx.Response | Exception) -> None:
        reason = cause.status_code if isinstance(cause, httpx.Response) else type(cause).__name__
        logger.info("Retrying %s %s after %s (retry %d)", request.method, request.url.path, reason, attempt + 1)


_Self = TypeVar("_Self", bound=BaseClient)


class _RequestBuilder:
    """Builds a credential's own requests (a token exchange) with the client's headers."""

    def __init__(self, client: BaseClient, http: httpx.Client | httpx.AsyncClient) -> None:
        self._client = client
        self._builder = http

    def build_request(
        self, method: str, url: str, *, headers: dict[str, str], extensions: dict[str, Any]
    ) -> httpx.Request:
        return self._builder.build_request(
            method,
            url,
            headers={**self._client._headers, **headers},
            extensions=extensions,
            timeout=self._client.timeout,
        )


class _Sender(_RequestBuilder):
    """Sends a credential's own requests, logged like any other."""

    def __init__(self, client: BaseClient, http: httpx.Client) -> None:
        super().__init__(client, http)
        self._http = http

    def send(self, request: httpx.Request, *, auth: tuple[str, str]) -> httpx.Response:
        started = self._client._log_request(request, 0)
        response = self._http.send(request, auth=auth)
        self._client._log_response(response, started)
        return response


class _AsyncSender(_RequestBuilder):
    """Async version of :class:`_Sender`."""

    def __init__(self, client: BaseClient, http: httpx.AsyncClient) -> None:
        super().__init__(client, http)
        self._http = http

    async def send(self, request: httpx.Request, *, auth: tuple[str, str]) -> httpx.Response:
        started = self._client._log_request(request, 0)
        response = await self._http.send(request, auth=auth)
        self._client._log_response(response, started)
        return response


def _missing_credentials(client_name: str) -> APIError:
    return APIError(
        f"this operation needs credentials, and this {client_name} was created without any: "
        "pass client_id and client_secret (or set PLANSHIP_CLIENT_ID and PLANSHIP_CLIENT_SECRET)"
    )

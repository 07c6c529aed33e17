# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Sending requests: auth, retries with backoff, timeouts and deadlines, size limits, logging,
and the httpx clients."""

from __future__ import annotations

import copy
import dataclasses
import functools
import threading
import time
import urllib.parse
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator, Mapping
from http.cookiejar import CookieJar, DefaultCookiePolicy
from types import TracebackType
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

import httpx

from . import _body, _guards, _pagination, _watchdog
from ._arguments import check_argument, checked
from ._auth import Auth, Grant
from ._logging import configure_from_environment, logger, redact_foreign_loggers
from ._parameters import expand_path, form_encoded
from ._redaction import Redactor, activate, deactivate
from ._retry import RetryPolicy, should_retry_status
from .errors import (
    APIError,
    APITimeoutError,
    ClientClosedError,
    connection_error,
    redact_error,
    unreadable_body,
)
from .types import NOT_GIVEN, NotGiven, RequestOptions, Response

if TYPE_CHECKING:
    import asyncio

    from ._operation import Operation

__version__ = "1.0.0"
USER_AGENT = "planetscale-client/1.0.0"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024
"""Bytes of (decompressed) response body accepted by default."""

ItemT = TypeVar("ItemT")
T = TypeVar("T")
_Number = TypeVar("_Number", int, float, int | None, float | None)
Requirement = tuple[tuple[str, ...], ...]
"""A security requirement: alternatives (any one suffices) of schemes sent together."""
Timeout = float | httpx.Timeout | None
_NO_OPTIONS = RequestOptions()
_RESENDS = 2
"""How often a request that never reached the server (a stale connection) is sent again."""
_SHOWN_SETTINGS = frozenset(
    {"timeout", "deadline", "max_response_size", "max_retries", "server", "token_refresh_margin"}
)
"""The constructor arguments whose wrong values a message may quote: never a credential."""


def _constructor(client: BaseClient) -> str:
    return f"{type(client).__name__}()"


class BaseClient:
    """What every PlanetScale Platform API client does, whatever its credentials.

    One instance serves both sync and async calls (it holds one ``httpx.Client``, and one
    ``httpx.AsyncClient`` per event loop, created when first needed, or the ones you pass in).
    Use it as a context manager, or call ``close()`` / ``aclose()``, to release connections.
    """

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Auth],
        security: Requirement,
        hints: Mapping[str, str],
        timeout: Timeout | NotGiven,
        deadline: float | None,
        max_response_size: int | None,
        max_retries: int | None,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
    ) -> None:
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        _guards.check_headers(headers or {}, "headers")
        self.base_url = _guards.check_base_url(base_url)
        self.timeout = _as_timeout(timeout, DEFAULT_TIMEOUT)
        self.deadline = _positive_or_none("deadline", deadline)
        self.max_response_size = _positive_or_none("max_response_size", max_response_size)
        self.retry = policy
        self._credentials = dict(credentials)
        self._security = security
        self._hints = hints
        self._headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            # Only encodings whose inflation we can bound (see _body.py).
            "Accept-Encoding": "gzip, deflate",
            **(headers or {}),
        }
        self._pools = _Pools(http_client, async_http_client)
        self._closed = False
        self._redaction: tuple[tuple[str, ...], Redactor] | None = None
        configure_from_environment()
        redact_foreign_loggers()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__init__" in vars(cls):  # the generated client's constructor: check its arguments
            cls.__init__ = checked(_constructor, shown=_SHOWN_SETTINGS.__contains__)(  # type: ignore[method-assign]
                vars(cls)["__init__"]
            )

    # -- httpx clients -------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        """Return the ``httpx.Client`` used for sync calls (created on first use)."""
        self._check_open()
        return self._pools.sync(self.timeout)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the ``httpx.AsyncClient`` for the running event loop (created on first use).

        An ``httpx.AsyncClient`` belongs to the event loop it first ran in, so each loop (each
        ``asyncio.run()``) gets its own; the one you passed as ``async_http_client`` is always
        used as it is.
        """
        self._check_open()
        return self._pools.for_running_loop(self.timeout)

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(f"this {type(self).__name__} has been closed; create a new client to make calls")

    def close(self) -> None:
        """Close the sync HTTP client; the client cannot make calls afterwards."""
        self._closed = True
        self._pools.close()

    async def aclose(self) -> None:
        """Close every HTTP client; the client cannot make calls afterwards."""
        self._closed = True
        await self._pools.aclose()

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
        credentials = ", ".join(repr(c) for c in dict.fromkeys(self._credentials.values()))
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth=[{credentials}])"

    def __copy__(self: _Self) -> _Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        return clone

    # Typed as what they would return, so that callers type-check as they would elsewhere.
    def __deepcopy__(self: _Self, memo: dict[int, Any]) -> _Self:
        raise TypeError(_NOT_COPIED.format(type(self).__name__))

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        raise TypeError(_NOT_COPIED.format(type(self).__name__))

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

    @checked(lambda client: f"{type(client).__name__}.with_options()", shown=_SHOWN_SETTINGS.__contains__)
    def with_options(
        self: _Self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> _Self:
        """Return a copy of this client with other settings, sharing its connection pool.

        ``client.with_options(timeout=5).databases.list(...)``; headers are added to the
        client's. Closing either closes the pool they share.
        """
        clone = copy.copy(self)
        # Resources are bound to the client they were made for: the copy makes its own.
        clone.__dict__ = {k: v for k, v in self.__dict__.items() if not _is_resource(v)}
        if not isinstance(timeout, NotGiven):
            clone.timeout = _as_timeout(timeout, DEFAULT_TIMEOUT)
        if not isinstance(deadline, NotGiven):
            clone.deadline = _positive_or_none("deadline", deadline)
        if not isinstance(max_response_size, NotGiven):
            clone.max_response_size = _positive_or_none("max_response_size", max_response_size)
        if retry is not None:
            clone.retry = retry
        if max_retries is not None:
            clone.retry = dataclasses.replace(clone.retry, max_retries=max_retries)
        if headers:
            _guards.check_headers(headers, "headers")
            clone._headers = {**self._headers, **headers}
        return clone

    # -- sending -------------------------------------------------------------------------

    def send(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> Response[T]:
        """Call ``operation`` with ``arguments`` (by Python name); return its parsed response."""
        if options is not None and not isinstance(options, RequestOptions):
            check_argument(operation.name, "options", options, RequestOptions | None)
        return self.call(operation.request(arguments), operation.parse, options=options)

    async def asend(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> Response[T]:
        """Async version of :meth:`send`."""
        if options is not None and not isinstance(options, RequestOptions):
            check_argument(operation.name, "options", options, RequestOptions | None)
        return await self.acall(operation.request(arguments), operation.parse, options=options)

    def call(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        options: RequestOptions | None,
    ) -> T:
        """Send the operation described by ``kwargs`` and return ``parse(response)``.

        Every error leaves with the client's secrets removed from its texts.
        """
        token = activate(self._redactor)
        try:
            return parse(self.request(kwargs, options=options))
        except APIError as error:
            redact_error(error, self._redactor())
            raise
        finally:
            deactivate(token)

    async def acall(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        options: RequestOptions | None,
    ) -> T:
        """Async version of :meth:`call`."""
        token = activate(self._redactor)
        try:
            return parse(await self.arequest(kwargs, options=options))
        except APIError as error:
            redact_error(error, self._redactor())
            raise
        finally:
            deactivate(token)

    def request(self, kwargs: dict[str, Any], *, options: RequestOptions | None) -> httpx.Response:
        """Send the request described by ``kwargs``, with auth and retries; return the last response.

        Non-2xx responses are returned, not raised: the operation turns them into typed errors.
        The credentials sent are those of the first alternative of the operation's security
        requirement (``kwargs["security"]``, else the API's) that the client holds.
        The body of the returned response has been read (``response.content``).
        """
        call = _Call.for_operation(self, kwargs, options or _NO_OPTIONS)
        credentials = self._credentials_for(kwargs)
        return self._run(self.get_httpx_client(), call, credentials)

    async def arequest(self, kwargs: dict[str, Any], *, options: RequestOptions | None) -> httpx.Response:
        """Async version of :meth:`request`."""
        call = _Call.for_operation(self, kwargs, options or _NO_OPTIONS)
        credentials = self._credentials_for(kwargs)
        return await self._arun(self.get_async_httpx_client(), call, credentials)

    def _run(self, http: httpx.Client, call: _Call, credentials: tuple[Auth, ...]) -> httpx.Response:
        """Send ``call`` until it gets a response worth returning (the retry loop)."""
        sender = _Sender(self, http, call.limits)
        attempt, refreshed, resends = 0, False, 0
        while True:
            if not call.exchange:
                call.limits.start_attempt()
            grant = Grant()
            for credential in credentials:
                credential.authorize(sender, grant)
            request = call.build(http, grant)
            started = self._log_request(request, attempt)
            trace = _Trace()
            try:
                response = _send(http, request, call.limits, trace)
            except httpx.TransportError as err:
                if trace.never_reached(err) and resends < _RESENDS:
                    resends += 1
                    continue
                delay = call.retry_delay(attempt, None)
                if delay is None:
                    raise call.limits.transport_error(request, err) from err
                self._log_retry(request, attempt, err)
                call.limits.policy.sleep(delay)
                attempt += 1
                continue
            self._log_response(response, started)
            if not refreshed and self._should_refresh(response, credentials, grant):
                refreshed = True
                continue
            if should_retry_status(response.status_code):
                delay = call.retry_delay(attempt, response)
                if delay is not None:
                    self._log_retry(request, attempt, response)
                    call.limits.policy.sleep(delay)
                    attempt += 1
                    continue
            return response

    async def _arun(self, http: httpx.AsyncClient, call: _Call, credentials: tuple[Auth, ...]) -> httpx.Response:
        """Async version of :meth:`_run`."""
        sender = _AsyncSender(self, http, call.limits)
        attempt, refreshed, resends = 0, False, 0
        while True:
            if not call.exchange:
                call.limits.start_attempt()
            grant = Grant()
            for credential in credentials:
                await credential.async_authorize(sender, grant)
            request = call.build(http, grant)
            started = self._log_request(request, attempt)
            trace = _Trace()
            try:
                response = await _asend(http, request, call.limits, trace)
            except httpx.TransportError as err:
                if trace.never_reached(err) and resends < _RESENDS:
                    resends += 1
                    continue
                delay = call.retry_delay(attempt, None)
                if delay is None:
                    raise call.limits.transport_error(request, err) from err
                self._log_retry(request, attempt, err)
                await call.limits.policy.async_sleep(delay)
                attempt += 1
                continue
            self._log_response(response, started)
            if not refreshed and self._should_refresh(response, credentials, grant):
                refreshed = True
                continue
            if should_retry_status(response.status_code):
                delay = call.retry_delay(attempt, response)
                if delay is not None:
                    self._log_retry(request, attempt, response)
                    await call.limits.policy.async_sleep(delay)
                    attempt += 1
                    continue
            return response

    def _credentials_for(self, kwargs: Mapping[str, Any]) -> tuple[Auth, ...]:
        """Return the credentials to send for an operation's security requirement.

        The first alternative whose schemes the client holds all of wins; an empty alternative
        (or requirement) needs nothing.
        """
        requirement: Requirement = kwargs.get("security", self._security)
        if not requirement:
            return ()
        optional = False
        for alternative in requirement:
            if not alternative:
                optional = True
            elif all(name in self._credentials for name in alternative):
                return tuple(self._credentials[name] for name in alternative)
        if optional:
            return ()
        needed = " or ".join(
            " together with ".join(self._hints.get(name, name) for name in alternative) for alternative in requirement
        )
        held = ", ".join(self._credentials) or "no credentials"
        raise APIError(
            f"{kwargs.get('operation', 'this operation')} ({kwargs.get('method', '').upper()} "
            f"{kwargs.get('url', '')}) needs the credential {needed}; this "
            f"{type(self).__name__} holds {held}"
        )

    def _should_refresh(self, response: httpx.Response, credentials: tuple[Auth, ...], grant: Grant) -> bool:
        """A 401 on a refreshable credential earns exactly one new token and one more try."""
        if response.status_code != 401 or not credentials:
            return False
        if not any([credential.invalidate(grant) for credential in credentials]):
            return False
        if logger.isEnabledFor(20):  # INFO
            logger.info(
                "401 from %s; fetching a new token and trying once more",
                self._redactor().url(response.url),
            )
        return True

    def _redactor(self) -> Redactor:
        """The redactor of this client's secrets (tokens change: remade when they do)."""
        secrets = tuple(s for credential in self._credentials.values() for s in credential.secrets())
        made = self._redaction
        if made is None or made[0] != secrets:
            made = self._redaction = (secrets, Redactor(secrets))
        return made[1]

    def _log_request(self, request: httpx.Request, attempt: int) -> float:
        if logger.isEnabledFor(10):  # DEBUG
            redactor = self._redactor()
            logger.debug(
                "HTTP Request: %s %s%s headers=%s",
                request.method,
                redactor.url(request.url),
                f" (retry {attempt})" if attempt else "",
                redactor.headers(request.headers),
            )
        return time.monotonic()

    def _log_response(self, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(10):
            redactor = self._redactor()
            logger.debug(
                "HTTP Response: %s %s %d %s (%.0f ms) headers=%s",
                response.request.method,
                redactor.url(response.request.url),
                response.status_code,
                response.reason_phrase,
                (time.monotonic() - started) * 1000,
                redactor.headers(response.headers),
            )

    def _log_retry(self, request: httpx.Request, attempt: int, cause: httpx.Response | Exception) -> None:
        reason = cause.status_code if isinstance(cause, httpx.Response) else type(cause).__name__
        logger.info("Retrying %s %s after %s (retry %d)", request.method, request.url.path, reason, attempt + 1)


_Self = TypeVar("_Self", bound=BaseClient)
_NOT_COPIED = (
    "a {} cannot be deep-copied or pickled: it holds connections and credentials; make a new "
    "client, or use with_options() for a copy with other settings"
)


class _Pools:
    """The connection pools of a client: one ``httpx.Client``, one ``httpx.AsyncClient`` per
    event loop (or the ones given). Copies made by ``with_options`` share them."""

    def __init__(self, http: httpx.Client | None, async_http: httpx.AsyncClient | None) -> None:
        self.http = http
        self.own_sync = http is None
        self.own_async = async_http is None
        self.async_http: dict[asyncio.AbstractEventLoop | None, httpx.AsyncClient] = {}
        if async_http is not None:
            self.async_http[None] = async_http
        self.loop_closers: dict[asyncio.AbstractEventLoop, AsyncGenerator[None, None]] = {}
        self.lock = threading.Lock()

    def sync(self, timeout: httpx.Timeout) -> httpx.Client:
        http = self.http
        if http is None:
            with self.lock:  # threads making their first call share one pool
                if self.http is None:
                    # Redirects are not followed: credentials must never reach another host.
                    self.http = httpx.Client(timeout=timeout, follow_redirects=False, cookies=_no_cookies())
                http = self.http
        if http.is_closed:
            raise ClientClosedError("the httpx.Client given as http_client has been closed")
        return http

    def for_running_loop(self, timeout: httpx.Timeout) -> httpx.AsyncClient:
        loop = _running_loop() if self.own_async else None
        http = self.async_http.get(loop)
        if http is None:
            with self.lock:
                http = self.async_http.get(loop)
                if http is None:
                    for old in [k for k in self.async_http if k is not None and k.is_closed()]:
                        del self.async_http[old]
                        self.loop_closers.pop(old, None)
                    http = httpx.AsyncClient(timeout=timeout, follow_redirects=False, cookies=_no_cookies())
                    self.async_http[loop] = http
                    if loop is not None:
                        self.loop_closers[loop] = _close_with_loop(http)
        if http.is_closed:
            raise ClientClosedError("the httpx.AsyncClient given as async_http_client has been closed")
        return http

    def close(self) -> None:
        if self.http is not None:
            self.http.close()

    def __del__(self) -> None:
        # A client dropped without close(): release the connections it opened itself. (An
        # instance made without __init__, by a failed copy, has nothing to release.)
        if getattr(self, "own_sync", False) and self.http is not None and not self.http.is_closed:
            try:
                self.http.close()
            except Exception:  # noqa: BLE001, S110 - at interpreter exit anything may be gone
                pass

    async def aclose(self) -> None:
        loop = _running_loop() if self.own_async else None
        http = self.async_http.pop(loop, None)
        if http is not None:
            await http.aclose()
        self.close()


class _Limits:
    """One call's limits (timeouts, deadline, size, retry policy): the client's settings with
    the call's options applied. A token exchange made for the call shares them."""

    __slots__ = (
        "attempt_end",
        "attempt_limit",
        "deadline",
        "deadline_at",
        "max_retries",
        "max_size",
        "policy",
        "timeout",
    )

    def __init__(self, client: BaseClient, options: RequestOptions) -> None:
        self.timeout = (
            client.timeout if isinstance(options.timeout, NotGiven) else _as_timeout(options.timeout, DEFAULT_TIMEOUT)
        )
        self.attempt_limit = _longest(self.timeout)
        self.deadline = (
            client.deadline
            if isinstance(options.deadline, NotGiven)
            else _positive_or_none("deadline", options.deadline)
        )
        self.deadline_at = None if self.deadline is None else time.monotonic() + self.deadline
        self.attempt_end: float | None = None
        """When the current attempt must be over: its request and any token exchange for it."""
        self.max_size = (
            client.max_response_size
            if isinstance(options.max_response_size, NotGiven)
            else _positive_or_none("max_response_size", options.max_response_size)
        )
        policy = client.retry
        if options.retry_non_idempotent is not None:
            policy = dataclasses.replace(policy, retry_non_idempotent=options.retry_non_idempotent)
        self.policy = policy
        self.max_retries = policy.max_retries if options.max_retries is None else options.max_retries
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")

    def start_attempt(self) -> None:
        """Start the clock of an attempt: its token exchange and its request share the timeout."""
        ends = [time.monotonic() + self.attempt_limit] if self.attempt_limit is not None else []
        if self.deadline_at is not None:
            ends.append(self.deadline_at)
        self.attempt_end = min(ends) if ends else None

    def attempt_bound(self, request: httpx.Request) -> float | None:
        """Return the seconds the next request may take; raise if its time is already up."""
        now = time.monotonic()
        bounds = [] if self.attempt_limit is None else [self.attempt_limit]
        if self.deadline_at is not None:
            if self.deadline_at <= now:
                raise self.deadline_error(request)
            bounds.append(self.deadline_at - now)
        if self.attempt_end is not None:
            if self.attempt_end <= now:
                raise httpx.ReadTimeout("the attempt's time is up", request=request)
            bounds.append(self.attempt_end - now)
        return min(bounds) if bounds else None

    def timeouts(self, bound: float | None) -> dict[str, float | None]:
        """Return httpx's per-phase timeouts for an attempt of at most ``bound`` seconds."""
        phases = self.timeout.as_dict()
        if bound is None:
            return phases
        return {k: bound if v is None else min(v, bound) for k, v in phases.items()}

    def transport_error(self, request: httpx.Request, err: httpx.TransportError) -> APIError:
        """Return the error for a request that got no usable response."""
        if (
            isinstance(err, httpx.TimeoutException)
            and self.deadline_at is not None
            and time.monotonic() >= self.deadline_at - 0.001
        ):
            return self.deadline_error(request)
        return connection_error(request, err)

    def deadline_error(self, request: httpx.Request) -> APITimeoutError:
        error = APITimeoutError(request)
        error.message += f" (deadline of {self.deadline:g} s for the whole call)"
        error.args = (error.message,)
        return error


class _Call:
    """One request to send, attempt after attempt, and how often it may be retried."""

    __slots__ = ("body", "exchange", "headers", "limits", "method", "params", "query", "retries", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        params: Mapping[str, Any] | None,
        body: Mapping[str, Any],
        limits: _Limits,
        retries: int,
        query: str = "",
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.params = params
        self.query = query
        """The operation's own query, encoded as its spec says (``_parameters.py``)."""
        self.body = body
        self.limits = limits
        self.retries = retries
        self.exchange = False
        """A credential's own request (a token exchange), sent within an operation's attempt."""

    @classmethod
    def for_operation(cls, client: BaseClient, kwargs: dict[str, Any], options: RequestOptions) -> _Call:
        """Return the call of a generated operation (``kwargs`` from its ``_get_kwargs``).

        Path parameters and headers are checked here, before anything is sent.
        """
        operation = kwargs.get("operation", "request")
        path = kwargs["url"]
        if "path_params" in kwargs:
            path = expand_path(operation, path, kwargs["path_params"])
        headers = dict(client._headers)
        if "accept" in kwargs:  # the media types the operation's responses are documented in
            headers["Accept"] = kwargs["accept"]
        if "headers" in kwargs:
            _guards.check_headers(kwargs["headers"], operation)
            headers.update(kwargs["headers"])
        if options.headers:
            _guards.check_headers(options.headers, "RequestOptions.headers")
            headers.update(options.headers)
        params = kwargs.get("params")
        if options.params:
            params = {**(params or {}), **options.params}
        limits = _Limits(client, options)
        method = kwargs["method"].upper()
        url = path if path.startswith(("https://", "http://")) else client.base_url + path
        query = kwargs.get("query", "")
        try:
            _parsed_url(f"{url}?{query}" if query else url)  # remembered: the request's URL
        except httpx.InvalidURL as err:  # e.g. longer than httpx accepts
            raise ValueError(f"{operation}: the request's URL cannot be sent ({err})") from None
        retries = limits.max_retries
        return cls(
            method,
            url,
            headers,
            params,
            kwargs,
            limits,
            retries if limits.policy.allows(method) else 0,
            query,
        )

    @classmethod
    def for_exchange(
        cls,
        client: BaseClient,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes,
        limits: _Limits,
    ) -> _Call:
        """Return a credential's own request (a token exchange: safe to repeat)."""
        call = cls(
            method,
            url,
            {**client._headers, **headers},
            None,
            {"content": content} if content else {},
            limits,
            limits.max_retries,
        )
        call.exchange = True
        return call

    def build(self, http: httpx.Client | httpx.AsyncClient, grant: Grant) -> httpx.Request:
        """Return the request of the next attempt, with the credentials in ``grant``."""
        body = self.body
        headers, params = self.headers, self.params
        if grant.headers:
            headers = {**headers, **grant.headers}
            if "Cookie" in grant.headers and "Cookie" in self.headers:  # keep the caller's cookies
                headers["Cookie"] = f"{self.headers['Cookie']}; {grant.headers['Cookie']}"
        if grant.params:
            params = {**(params or {}), **grant.params}
        url = self.url
        if "?" in url:  # a next page's URL: its query stays, ours replaces keys it also has
            if params:
                url = str(_parsed_url(url).copy_merge_params(params))
        else:
            # the query in the URL (httpx then parses one URL, once): the operation's, then the
            # other parameters encoded as httpx would encode them
            extra = form_encoded("RequestOptions.params", params) if params else ""
            query = _without_keys(self.query, params) if params and self.query else self.query
            query = f"{query}&{extra}" if query and extra else query or extra
            if query:
                url = f"{url}?{query}"
        return http.build_request(
            self.method,
            _parsed_url(url),
            json=body.get("json"),
            content=body.get("content"),
            data=body.get("data"),
            files=body.get("files"),
            headers=headers,
        )

    def retry_delay(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Return how long to wait before retrying, or None when the call must not retry."""
        if attempt >= self.retries:
            return None
        limits = self.limits
        delay = limits.policy.delay(attempt, response)
        if limits.deadline_at is not None and time.monotonic() + delay >= limits.deadline_at:
            return None  # waiting would outlast the deadline: fail now with what we have
        if self.exchange and limits.attempt_end is not None and (time.monotonic() + delay >= limits.attempt_end):
            return None  # a token exchange's retries share its request's attempt: it is over
        return delay


def _without_keys(query: str, params: Mapping[str, Any]) -> str:
    """``query`` without the pairs named in ``params``: the caller's (and a credential's)
    parameters replace the operation's of the same name, as they replace a next page's."""
    return "&".join(
        pair for pair in query.split("&") if urllib.parse.unquote_plus(pair.partition("=")[0]) not in params
    )


@functools.lru_cache(maxsize=1024)
def _parsed_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, remembered: parsing is most of the cost of building a request, and
    calls repeat URLs (polling, first pages). URLs are immutable, so they can be shared."""
    return httpx.URL(url)


class _Trace:
    """Follows one attempt through httpcore's trace events.

    Each network phase (writing the request, waiting for the response, reading the body) is
    given what is left of the attempt's time as its timeout, so the phases together stay within
    it; and a failure tells whether the request ever reached the server.
    """

    __slots__ = ("failed_before_response", "fresh", "stop_at", "timeouts", "watch")

    def __init__(self) -> None:
        self.fresh = False
        self.failed_before_response = False
        self.stop_at: float | None = None
        self.timeouts: dict[str, float | None] = {}
        self.watch: _watchdog.Watch | None = None
        """Sync only: ends the attempt's socket reads when its time is up (head and body)."""

    def __call__(self, name: str, info: dict[str, Any]) -> None:
        phase = _PHASES.get(name)
        if phase is not None:
            if self.stop_at is not None:
                self.timeouts[phase] = max(self.stop_at - time.monotonic(), 0.001)
                if self.watch is None and name == "http11.send_request_headers.started":
                    self.watch = _watchdog.watch_connection(self.stop_at)  # a reused one
        elif name.startswith("connection.connect_tcp"):
            self.fresh = True
            if self.stop_at is not None and name == "connection.connect_tcp.complete":
                self.watch = _watchdog.watch_stream(info.get("return_value"), self.stop_at)
        elif name in _EARLY_FAILURES:
            self.failed_before_response = True

    async def atrace(self, name: str, info: dict[str, Any]) -> None:
        self(name, info)

    def never_reached(self, err: httpx.TransportError) -> bool:
        """Whether ``err`` is a reused keep-alive connection failing before any answer began.

        That is the race of a server closing an idle connection just as a request is written
        on it: the connection is reset, or closed without a byte of answer. Browsers send such
        a request again whatever its method, and so do we, once; a request on a fresh
        connection never is (a server that read it and died would see it twice).
        """
        if self.fresh or not self.failed_before_response:
            return False
        if isinstance(err, httpx.RemoteProtocolError):
            return _NO_ANSWER in str(err)  # not a malformed answer: no answer at all
        return isinstance(err, (httpx.ReadError, httpx.WriteError))


_NO_ANSWER = "without sending a response"  # httpcore's message for a connection closed at once
_PHASES = {
    "http11.send_request_headers.started": "write",
    "http11.send_request_body.started": "write",
    "http11.receive_response_headers.started": "read",
    "http11.receive_response_body.started": "read",
}
_EARLY_FAILURES = frozenset(
    {
        "http11.send_request_headers.failed",
        "http11.send_request_body.failed",
        "http11.receive_response_headers.failed",
    }
)


def _send(http: httpx.Client, request: httpx.Request, limits: _Limits, trace: _Trace) -> httpx.Response:
    """Send one attempt and read its body, within the call's time and size limits.

    httpx's read timeout bounds each socket read, not the attempt: a server dripping its
    answer a line at a time would never trip it. Here the watchdog (``_watchdog.py``) ends the
    attempt's reads, head and body, when its time is up.
    """
    bound = limits.attempt_bound(request)
    stop_at = None if bound is None else time.monotonic() + bound
    trace.stop_at = stop_at
    trace.timeouts = request.extensions["timeout"] = limits.timeouts(bound)
    request.extensions["trace"] = trace
    try:
        # Never follow a redirect, whatever the httpx client says: it would take the
        # credentials elsewhere. A 3xx is the operation's to document, or an error.
        response = http.send(request, stream=True, follow_redirects=False)
        try:
            _body.read(response, limits.max_size, stop_at, trace.watch)
        except _body.UnreadableBody as err:
            _unreadable(response, err)
    except httpx.TransportError:
        if trace.watch is not None and trace.watch.fired:
            raise httpx.ReadTimeout("the attempt took longer than the timeout", request=request) from None
        raise
    finally:
        if trace.watch is not None:
            trace.watch.cancel()
    return response


async def _asend(http: httpx.AsyncClient, request: httpx.Request, limits: _Limits, trace: _Trace) -> httpx.Response:
    """Async version of :func:`_send`; here the attempt's time limit is exact."""
    import asyncio  # noqa: PLC0415 - sync-only programs need not import asyncio

    bound = limits.attempt_bound(request)
    request.extensions["timeout"] = limits.timeouts(bound)
    request.extensions["trace"] = trace.atrace
    try:
        async with asyncio.timeout(bound):
            response = await http.send(request, stream=True, follow_redirects=False)
            try:
                await _body.aread(response, limits.max_size, None)
            except _body.UnreadableBody as err:
                _unreadable(response, err)
    except TimeoutError:
        raise httpx.ReadTimeout("the attempt took longer than the timeout", request=request) from None
    return response


def _unreadable(response: httpx.Response, err: _body.UnreadableBody) -> None:
    """A 2xx body we cannot decode is an invalid response; an error status keeps its error."""
    if 200 <= response.status_code <= 299:
        raise unreadable_body(response, err.problem) from None
    response._content = b""


class _Sender:
    """Sends a credential's own requests (a token exchange) through the client: its headers,
    limits, retry policy and logging."""

    def __init__(self, client: BaseClient, http: httpx.Client, limits: _Limits) -> None:
        self._client = client
        self._http = http
        self._limits = limits

    def send(self, method: str, url: str, *, headers: dict[str, str], content: bytes = b"") -> httpx.Response:
        call = _Call.for_exchange(self._client, method, url, headers, content, self._limits)
        return self._client._run(self._http, call, ())


class _AsyncSender:
    """Async version of :class:`_Sender`."""

    def __init__(self, client: BaseClient, http: httpx.AsyncClient, limits: _Limits) -> None:
        self._client = client
        self._http = http
        self._limits = limits

    async def send(self, method: str, url: str, *, headers: dict[str, str], content: bytes = b"") -> httpx.Response:
        call = _Call.for_exchange(self._client, method, url, headers, content, self._limits)
        return await self._client._arun(self._http, call, ())


def _no_cookies() -> CookieJar:
    """A cookie jar that keeps nothing: a server's ``Set-Cookie`` must not pile up in the
    client and come back on every request (credentials go in the headers the spec says)."""
    return CookieJar(DefaultCookiePolicy(allowed_domains=[]))


def _as_timeout(value: Timeout | NotGiven, default: httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, NotGiven):
        return default
    if isinstance(value, httpx.Timeout):
        return value
    if value is not None and (isinstance(value, bool) or not value > 0):
        raise ValueError(f"timeout must be a positive number of seconds or None, not {value!r}")
    return httpx.Timeout(value)


def _longest(timeout: httpx.Timeout) -> float | None:
    """The time one attempt may take: the longest of its phases (None: no limit)."""
    phases = [v for v in timeout.as_dict().values()]
    return None if any(v is None for v in phases) else max(v for v in phases if v is not None)


def _positive_or_none(name: str, value: _Number) -> _Number:
    if value is not None and (isinstance(value, bool) or not value > 0):
        raise ValueError(f"{name} must be a positive number or None, not {value!r}")
    return value


def _is_resource(value: object) -> bool:
    from ._resource import AsyncAPIResource, SyncAPIResource  # noqa: PLC0415 - they import us

    return isinstance(value, SyncAPIResource | AsyncAPIResource)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio  # noqa: PLC0415 - sync-only programs need not import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _close_with_loop(http: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    """Return a suspended async generator that closes ``http`` when its event loop shuts down.

    ``asyncio.run()`` finalises the async generators of its loop before closing it
    (``loop.shutdown_asyncgens()``): the connections of a loop that is ending are closed in
    that loop, instead of being left to the garbage collector.
    """

    async def closer() -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            await http.aclose()

    generator = closer()
    step = generator.__anext__()  # the running loop registers the generator here
    try:
        step.send(None)  # runs it to its ``yield``, where it waits for the loop's shutdown
    except StopIteration:
        pass
    return generator

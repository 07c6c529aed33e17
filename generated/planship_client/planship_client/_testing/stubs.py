# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The stub: answers the calls of code under test with the responses you stubbed, per
resource and method (``stub.databases.get.returns(...)``), after checking each request
against the spec; records every call with its arguments; and fails the test on anything the
spec forbids, on a call nobody stubbed and on a stubbed response nobody used."""

from __future__ import annotations

import functools
import importlib
import threading
import typing
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import msgspec

from .._models import Model, converter, to_builtins
from ..errors import APIError, APIResponseValidationError
from . import interception
from .requests import NO_BODY, ReadRequest, read_request
from .responses import (
    PAGE_MARK,
    Raising,
    Served,
    StubError,
    Target,
    check_items,
    encode_error,
    encode_value,
    is_continuation,
    items_schema,
    page_response,
)
from .schemas import Schemas
from .spec import Spec, load, media_types

if TYPE_CHECKING:
    from .._base_client import BaseClient

T = TypeVar("T")
ItemT = TypeVar("ItemT")
_PACKAGE = __package__.rpartition(".")[0]
_FAILURES = (APIResponseValidationError, TypeError, ValueError, KeyError, AttributeError)
_TOKEN = {"access_token": "stub-access-token", "token_type": "Bearer", "expires_in": 3600}


@dataclass(frozen=True)
class StubCall:
    """One call the code under test made: the method, its arguments as the request carried
    them (by the method's argument names, typed as the method takes them) and the request."""

    method: str
    """``databases.get``."""
    kwargs: dict[str, Any]
    request: httpx.Request = field(repr=False)

    def __repr__(self) -> str:
        arguments = ", ".join(f"{name}={value!r}" for name, value in self.kwargs.items())
        return f"{self.method}({arguments})"


@dataclass
class _Expectation:
    shown: str
    served: Served | None = None
    page: tuple[list[Any], int, int] | None = None
    """A page's items (JSON), its number (0-based) and the number of pages."""
    remaining: int | None = 1
    """Calls it still answers; None: every call from now on."""
    optional: bool = False
    """The empty page after the last one, served only if the client asks for it."""


class MethodStub(Generic[T]):
    """The stub of one method (``stub.databases.get``): what its calls answer, and its calls."""

    def __init__(self, stub: Stub, name: str, module: str, *, flat_body: bool = False) -> None:
        self._stub = stub
        self._name = name
        self._module_name = module
        self._flat_body = flat_body
        self._queue: deque[_Expectation] = deque()
        self.calls: list[StubCall] = []
        """Every call of this method so far, in order."""

    def __repr__(self) -> str:
        return f"<stub of client.{self._name}: {len(self._queue)} stubbed, {len(self.calls)} calls>"

    # -- what to answer --------------------------------------------------------------------

    def returns(
        self,
        value: T,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = 1,
    ) -> None:
        """Answer the next call (``times`` calls; ``None``: every call from then on) with
        ``value``, encoded as the spec's success response (``status``: another documented
        success status than the first)."""
        served = encode_value(self._target, value, status, headers)
        self._add(_Expectation(f"returns({_shown(value)})", served), times)

    def raises(
        self,
        error: type[APIError],
        *,
        body: object = None,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = 1,
    ) -> None:
        """Make the next call raise ``error``: a status error (``NotFoundError``; ``status=``
        for ``APIStatusError``, ``UnexpectedStatus`` or another 5xx) with ``body`` as its
        error model (the spec's example when left out), or ``APIConnectionError`` /
        ``APITimeoutError``. The client does not retry under a stub: it raises at once."""
        failure = Raising(error, body, status, headers)
        self._add(_Expectation(repr(failure), encode_error(self._target, failure)), times)

    def sequence(self, *outcomes: T | Raising | type[APIError]) -> None:
        """Answer the next calls in order: a value (as ``returns``), an exception class or
        :func:`raising` (as ``raises``)."""
        planned = []
        for outcome in outcomes:
            failure = Raising(outcome) if isinstance(outcome, type) else outcome
            if isinstance(failure, Raising):
                planned.append(_Expectation(repr(failure), encode_error(self._target, failure)))
            else:
                served = encode_value(self._target, outcome, None, None)
                planned.append(_Expectation(f"returns({_shown(outcome)})", served))
        for expectation in planned:
            self._add(expectation, 1)

    def example(self, **fields: Any) -> T:
        """Return a value of the method's return type that the spec allows: its own example
        where it gives one, else the simplest one; ``fields`` replace the model's fields."""
        target = self._target
        status = target.spec.success_statuses(target.operation)[0]
        response = target.spec.response(target.operation, status) or {}
        content = response.get("content") or {}
        reply = target.declared.replies.get(status) or next(iter(target.declared.replies.values()), None)
        if not content or reply is None or reply.type is None:
            return None  # type: ignore[return-value]
        media = media_types(content)[0]
        data = self._stub._schemas.example(target.body_schema(status, media), sending=False)
        return self._read(reply.type, data, fields)  # type: ignore[no-any-return]

    def _read(self, tp: Any, data: Any, fields: Mapping[str, Any]) -> Any:
        try:
            value = converter(tp)(data)
        except _FAILURES as error:
            raise self._target.fail(f"the spec's example cannot be read ({error})") from None
        if not fields:
            return value
        if not isinstance(value, Model):
            raise self._target.fail(f"example() takes fields for a model, not {type(value).__name__}")
        try:
            return msgspec.structs.replace(value, **fields)
        except TypeError as error:
            raise self._target.fail(f"example(): {error}") from None

    def _add(self, expectation: _Expectation, times: int | None) -> None:
        if times is not None and times < 1:
            raise ValueError(f"times must be 1 or more (None: every call), not {times}")
        expectation.remaining = times
        with self._stub._lock:
            self._queue.append(expectation)

    # -- what the stub needs -------------------------------------------------------------

    @functools.cached_property
    def _module(self) -> ModuleType:
        return importlib.import_module(f".{self._module_name}", _PACKAGE)

    @functools.cached_property
    def _target(self) -> Target:
        declared = self._module.OPERATION
        spec = self._stub._spec
        return Target(
            name=self._name,
            spec=spec,
            schemas=self._stub._schemas,
            operation=spec.operation(declared.method, declared.path),
            declared=declared,
            pagination=getattr(self._module, "PAGINATION", None),
        )

    @functools.cached_property
    def _hints(self) -> dict[str, Any]:
        try:
            return typing.get_type_hints(self._module.sync_detailed)
        except (NameError, AttributeError, TypeError):
            return {}

    def _arguments(self, read: ReadRequest) -> dict[str, Any]:
        """The call's arguments by the method's names, typed as the method takes them."""
        kwargs: dict[str, Any] = {}
        for param in self._target.declared.params:
            found = read.values.get((param.location, param.key), NO_BODY)
            if found is not NO_BODY:
                kwargs[param.name] = _typed(self._hints.get(param.name), found)
        if read.body is NO_BODY:
            return kwargs
        body = _typed(self._hints.get("body"), read.body)
        if self._flat_body and isinstance(body, Model) and isinstance(read.body, dict):
            names = {info.encode_name: info.name for info in msgspec.structs.fields(body)}
            kwargs.update({names[key]: getattr(body, names[key]) for key in read.body if key in names})
        else:
            kwargs["body"] = body
        return kwargs

    def _take(self, read: ReadRequest, request: httpx.Request) -> Served | None:
        """The answer to this call, from what is stubbed; None when nothing is left."""
        target = self._target
        while self._queue:
            head = self._queue[0]
            if head.optional and not is_continuation(target, read, request):
                self._queue.popleft()  # the listing ended before it: a new call follows
                continue
            if head.remaining is not None:
                head.remaining -= 1
                if head.remaining == 0:
                    self._queue.popleft()
            if head.page is not None:
                items, number, count = head.page
                return page_response(target, items, number=number, count=count, read=read, request=request)
            return head.served
        return None

    def _unused(self) -> list[str]:
        return [
            e.shown + (f" x{e.remaining}" if e.remaining and e.remaining > 1 else "")
            for e in self._queue
            if not e.optional and e.remaining is not None
        ]

    def _default(self) -> Served:
        """What an unexpected call gets when the stub allows them: the spec's example."""
        target = self._target
        status = target.spec.success_statuses(target.operation)[0]
        content = (target.spec.response(target.operation, status) or {}).get("content") or {}
        value = None
        if content:
            schema = target.body_schema(status, media_types(content)[0])
            value = self._stub._schemas.example(schema, sending=False)
        return encode_value(target, value, status, None)


class ListMethodStub(MethodStub[T], Generic[T, ItemT]):
    """The stub of a list method: also ``pages()``, in the API's own pagination style."""

    def pages(self, pages: Sequence[Sequence[ItemT]]) -> None:
        """Answer the next calls with these pages of items, one call per page, each encoded as
        the API sends a page (its next page number, cursor, URL or ``Link`` header, and the end
        of the list on the last one)."""
        target = self._target
        encoded = [[to_builtins(item) for item in page] for page in pages] or [[]]
        check_items(target, encoded)
        count = len(encoded)
        planned = [
            _Expectation(f"page {n + 1} of {count} ({len(items)} items)", page=(items, n, count))
            for n, items in enumerate(encoded)
        ]
        paging = target.pagination
        if paging is not None and paging.has_more is None and paging.style not in ("next_url", "link_header"):
            # the client asks for one more page when the last one does not say it is the last
            planned.append(_Expectation("the empty page after the last", page=([], count, count + 1), optional=True))
        for expectation in planned:
            self._add(expectation, 1)

    def item_example(self, **fields: Any) -> ItemT:
        """Return an item of the list that the spec allows (see ``example()``)."""
        data = self._stub._schemas.example(items_schema(self._target), sending=False)
        hint = typing.get_type_hints(self._module).get("PAGINATION")
        item_type = typing.get_args(hint)[0] if typing.get_args(hint) else Any
        return self._read(item_type, data, fields)  # type: ignore[no-any-return]


class Stub:
    """Puts itself in front of this package's clients (sync and async) while it is active:
    ``with Stub() as stub`` (every client) or ``Stub(client)`` (that client and its
    ``with_options`` copies).

    ``allow_unused``: stubbed responses nobody used do not fail the test. ``allow_unexpected``:
    a call nobody stubbed gets the spec's example instead of failing.
    """

    def __init__(
        self,
        client: BaseClient | None,
        operations: Mapping[str, str],
        *,
        allow_unused: bool = False,
        allow_unexpected: bool = False,
    ) -> None:
        self.allow_unused = allow_unused
        self.allow_unexpected = allow_unexpected
        self.calls: list[StubCall] = []
        """Every call of every method so far, in order."""
        self._client = client
        self._operations = operations
        """``databases.get`` → the module of its operation (``api.databases.get_database``)."""
        self._spec: Spec = load()
        self._schemas = Schemas(self._spec)
        self._lock = threading.RLock()
        self._methods: dict[str, MethodStub[Any]] = {}
        self.failures: list[str] = []
        """What went wrong so far (also where the code under test caught the ``StubError``);
        :meth:`verify` raises them. Clear it after checking one your test expects."""
        self._http: dict[int, tuple[BaseClient, httpx.Client]] = {}
        self._async_http: dict[int, tuple[BaseClient, httpx.AsyncClient]] = {}

    def _method(self, name: str, *, flat_body: bool = False) -> MethodStub[Any]:
        module = self._operations[name]
        method: MethodStub[Any] = MethodStub(self, name, module, flat_body=flat_body)
        self._methods[module.rpartition(".")[2]] = method
        return method

    def _list_method(self, name: str) -> ListMethodStub[Any, Any]:
        module = self._operations[name]
        method: ListMethodStub[Any, Any] = ListMethodStub(self, name, module)
        self._methods[module.rpartition(".")[2]] = method
        return method

    # -- activity ------------------------------------------------------------------------

    def __enter__(self) -> Stub:
        interception.activate(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
        if exc_type is None:
            self.verify()

    def close(self) -> None:
        """Stop answering: the clients send to the network again."""
        interception.deactivate(self)
        for _, http in self._http.values():
            http.close()
        self._http.clear()
        self._async_http.clear()

    def verify(self, *, unused: bool = True) -> None:
        """Raise :class:`StubError` for every problem seen (even one the code under test
        caught) and, unless ``allow_unused``, every stubbed response nobody used."""
        with self._lock:
            problems = list(self.failures)
            if unused and not self.allow_unused:
                for method in self._methods.values():
                    left = method._unused()
                    if left:
                        problems.append(
                            f"client.{method._name}: stubbed but never called: {', '.join(left)} "
                            "(allow_unused=True accepts that)"
                        )
        if problems:
            raise StubError("\n".join(problems))

    def _covers(self, client: BaseClient) -> bool:
        """Whether ``client``'s calls come to this stub."""
        mine = self._client
        return mine is None or client is mine or client._pools is mine._pools

    def _http_for(self, client: BaseClient) -> httpx.Client:
        found = self._http.get(id(client))
        if found is None or found[0] is not client:
            transport = httpx.MockTransport(functools.partial(self._serve, client))
            found = self._http[id(client)] = (client, httpx.Client(transport=transport))
        return found[1]

    def _async_http_for(self, client: BaseClient) -> httpx.AsyncClient:
        found = self._async_http.get(id(client))
        if found is None or found[0] is not client:
            transport = httpx.MockTransport(functools.partial(self._serve, client))
            found = self._async_http[id(client)] = (client, httpx.AsyncClient(transport=transport))
        return found[1]

    # -- answering -----------------------------------------------------------------------

    def _serve(self, client: BaseClient, request: httpx.Request) -> httpx.Response:
        """Answer ``request``, sent by ``client``: check it, record the call, serve what is
        stubbed. Raises :class:`StubError` (and remembers it for :meth:`verify`) on a problem."""
        scope = interception.current_call(client)
        with self._lock:
            try:
                served = self._answer(scope, client, request)
            except StubError as error:
                self.failures.append(str(error))
                raise
        return served.answer(request)

    def _answer(self, scope: interception.CallScope, client: BaseClient, request: httpx.Request) -> Served:
        exchange = self._token_exchange(scope, client, request)
        if exchange is not None:
            return exchange
        if scope.served is not None:  # another attempt of the same call (a 401 refresh)
            return scope.served
        method, values = self._route(scope, client, request)
        target = method._target
        paging = target.pagination
        marked = frozenset({PAGE_MARK}) if paging and paging.style in ("next_url", "link_header") else frozenset()
        read = read_request(self._spec, target.operation, values, request, ignored_query=marked)
        if read.problems:
            lines = "\n".join(f"  - {problem}" for problem in read.problems)
            raise target.fail(
                f"the request {request.method} {request.url} is not what the spec allows "
                f"for {target.operation.label}:\n{lines}"
            )
        call = StubCall(method._name, method._arguments(read), request)
        method.calls.append(call)
        self.calls.append(call)
        served = method._take(read, request)
        if served is None:
            if not self.allow_unexpected:
                hint = ""
                if is_continuation(target, read, request):
                    hint = " (the client is asking for the next page: stub every page with .pages())"
                raise StubError(
                    f"unexpected call: client.{call!r}: nothing is stubbed for it{hint}. Stub it "
                    f"with stub.{method._name}.returns(...) (allow_unexpected=True answers such "
                    "calls with the spec's example)"
                )
            served = method._default()
        scope.served = served
        return served

    def _route(
        self, scope: interception.CallScope, client: BaseClient, request: httpx.Request
    ) -> tuple[MethodStub[Any], dict[str, str]]:
        """The method the request is a call of, and its path parameters."""
        raw_path = _relative_path(client.base_url, request.url)
        if raw_path is None:
            raise StubError(f"a request went to {request.url}, outside the client's base URL {client.base_url}")
        if scope.operation is not None and scope.operation in self._methods:
            method = self._methods[scope.operation]
            operation = method._target.operation
            values = operation.match(raw_path)
            if values is None or operation.method != request.method.lower():
                raise method._target.fail(
                    f"sent {request.method} {raw_path}, which is not its operation {operation.label}"
                )
            return method, values
        found = self._spec.find(request.method, raw_path)
        if isinstance(found, str):
            raise StubError(f"unexpected request {request.method} {request.url}: {found}")
        operation, values = found
        for method in self._methods.values():
            if method._target.operation is operation:
                return method, values
        raise StubError(f"unexpected request {request.method} {request.url}: no method calls {operation.label}")

    def _token_exchange(
        self, scope: interception.CallScope, client: BaseClient, request: httpx.Request
    ) -> Served | None:
        """The client's own OAuth2 token request: answered with a token, not recorded."""
        if request.method != "POST":
            return None
        url = str(request.url.copy_with(query=None))
        for scheme in self._spec.security_schemes.values():
            flow = ((scheme.get("flows") or {}).get("clientCredentials") or {}) if isinstance(scheme, Mapping) else {}
            token_url = str(flow.get("tokenUrl") or "")
            if not token_url:
                continue
            if not token_url.startswith(("https://", "http://")):
                token_url = client.base_url.rstrip("/") + "/" + token_url.lstrip("/")
            if url == token_url:
                own = self._methods.get(scope.operation or "")
                if (
                    own is not None
                    and own._target.operation.match(_relative_path(client.base_url, request.url) or "") is not None
                ):
                    return None  # the code under test calls the token operation itself
                return Served(200, {"Content-Type": "application/json"}, msgspec.json.encode(_TOKEN))
        return None


def _relative_path(base_url: str, url: httpx.URL) -> str | None:
    """The request's path (percent-encoded) below ``base_url``, None when not below it."""
    base = httpx.URL(base_url)
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        return None
    prefix = base.raw_path.split(b"?")[0].decode("ascii").rstrip("/")
    path = url.raw_path.split(b"?")[0].decode("ascii")
    if not path.startswith(prefix + "/") and path != prefix:
        return None
    return path[len(prefix) :] or "/"


def _typed(hint: Any, value: Any) -> Any:
    if hint is None:
        return value
    try:
        return converter(hint)(value)
    except _FAILURES:
        return value


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


__all__ = ["ListMethodStub", "MethodStub", "Stub", "StubCall"]

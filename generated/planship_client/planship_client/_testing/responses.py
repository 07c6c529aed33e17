# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Stubbed outcomes as the API would send them: a value encoded as the documented response
(media type, JSON names, formats), an error as its status and error body, a page of a list
in the API's own pagination style; each checked against the spec before it is served."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import msgspec

from .._models import to_builtins
from .._operation import Operation, Reply
from .._pagination import Pagination
from ..errors import (
    _BY_STATUS,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    UnexpectedStatus,
)
from ..types import File
from .requests import ReadRequest
from .schemas import Schemas, describe, show
from .spec import Spec, SpecOperation, is_json, media_types

PAGE_MARK = "stub_page"
"""The query parameter a stubbed next-page URL carries (the request check allows it)."""
_STATUS_OF = {error: status for status, error in _BY_STATUS.items()}


class StubError(AssertionError):
    """A stub was given, or saw, something the spec forbids; or a call nobody stubbed, or a
    stubbed response nobody used. Fails the test with what and where."""


@dataclass(frozen=True)
class Raising:
    """An error a stubbed call raises (made by :func:`raising`)."""

    error: type[APIError]
    body: Any = None
    status: int | None = None
    headers: Mapping[str, str] | None = None

    def __repr__(self) -> str:
        details = [self.error.__name__]
        if self.status is not None:
            details.append(f"status={self.status}")
        if self.body is not None:
            details.append(f"body={show(to_builtins(self.body), 60)}")
        return f"raises({', '.join(details)})"


def raising(
    error: type[APIError],
    *,
    body: object = None,
    status: int | None = None,
    headers: Mapping[str, str] | None = None,
) -> Raising:
    """Return an error for :meth:`MethodStub.sequence`: the same arguments as ``raises()``."""
    return Raising(error, body, status, headers)


@dataclass(frozen=True)
class Served:
    """What the stub answers one request with."""

    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    content: bytes = b""
    failure: type[httpx.TransportError] | None = None
    """Raised instead of answering: no response arrived."""

    def answer(self, request: httpx.Request) -> httpx.Response:
        if self.failure is not None:
            raise self.failure("stubbed: no response", request=request)
        return httpx.Response(self.status, headers=dict(self.headers), content=self.content, request=request)


@dataclass(frozen=True)
class Target:
    """What encoding needs to know of one method: its name, its operation in the spec and in
    the package, and its pagination."""

    name: str
    spec: Spec
    schemas: Schemas
    operation: SpecOperation
    declared: Operation[Any]
    pagination: Pagination[Any] | None = None

    def fail(self, problem: str) -> StubError:
        return StubError(f"client.{self.name}: {problem}")

    def body_schema(self, status: int, media: str) -> Any:
        response = self.spec.response(self.operation, status) or {}
        return ((response.get("content") or {}).get(media) or {}).get("schema")


def encode_value(target: Target, value: Any, status: int | None, headers: Mapping[str, str] | None) -> Served:
    """Return ``value`` as the operation's success response; raise :class:`StubError` when the
    spec does not allow it."""
    statuses = target.spec.success_statuses(target.operation)
    status = statuses[0] if status is None else status
    response = target.spec.response(target.operation, status)
    if response is None or status >= 400:
        raise target.fail(f"the spec documents no {status} success response (it documents {statuses})")
    content = response.get("content") or {}
    if not content:
        if value is not None:
            raise target.fail(f"the spec's {status} response has no body: stub it with returns(None)")
        return Served(status, dict(headers or {}))
    reply = _reply(target.declared, status)
    media = _media_for(content, reply.source if reply else "json")
    return _encoded(target, status, media, value, headers, what=f"the stubbed {status} response")


def encode_error(target: Target, error: Raising) -> Served:
    """Return the response (or the failure to connect) that makes a call raise ``error``."""
    kind = error.error
    if not (isinstance(kind, type) and issubclass(kind, APIError)):
        raise target.fail(f"raises() takes an exception class of the package, not {kind!r}")
    if issubclass(kind, APITimeoutError):
        return Served(failure=httpx.ReadTimeout)
    if issubclass(kind, APIConnectionError):
        return Served(failure=httpx.ConnectError)
    if not issubclass(kind, APIStatusError):
        raise target.fail(
            f"raises() takes a status error (NotFoundError...), APIConnectionError or "
            f"APITimeoutError, not {kind.__name__}: the stub serves only what the spec allows"
        )
    status = error.status if error.status is not None else _default_status(kind)
    if status is None:
        raise target.fail(f"raises({kind.__name__}) needs status= (a 4xx or 5xx status)")
    raised = _error_class(status)
    if not 400 <= status <= 599 or not issubclass(raised, kind):
        raise target.fail(f"status {status} raises {raised.__name__}, not {kind.__name__}")
    response = target.spec.response(target.operation, status)
    content = (response or {}).get("content") or {}
    if content:
        media = _media_for(content, "json")
        schema = (content.get(media) or {}).get("schema")
    else:
        media, schema = "application/json", target.spec.error_schema
    if error.body is None and schema is None:
        return Served(status, dict(error.headers or {}))
    body = error.body
    if body is None:
        body = target.schemas.example(schema, sending=False)
    return _encoded(target, status, media, body, error.headers, what=f"the stubbed {status} error body", schema=schema)


def _encoded(
    target: Target,
    status: int,
    media: str,
    value: Any,
    headers: Mapping[str, str] | None,
    *,
    what: str,
    schema: Any = None,
) -> Served:
    schema = schema if schema is not None else target.body_schema(status, media)
    if is_json(media):
        data = to_builtins(value)
        problems = target.schemas.problems(schema, data, sending=False)
        if problems:
            raise target.fail(_not_allowed(what, media, problems))
        try:
            content = msgspec.json.encode(data)
        except (TypeError, ValueError, OverflowError) as err:
            raise target.fail(f"{what} cannot be encoded as JSON: {err}") from None
    elif isinstance(value, File):
        content = value.payload.read()
    elif isinstance(value, bytes | bytearray):
        content = bytes(value)
    elif isinstance(value, str):
        content = value.encode()
    else:
        raise target.fail(f"{what} is {media}: give str or bytes, not {type(value).__name__}")
    return Served(status, {"Content-Type": media, **dict(headers or {})}, content)


def _not_allowed(what: str, media: str, problems: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"  - {line}" for line in describe(problems))
    return f"{what} ({media}) is not what the spec allows:\n{lines}"


def _reply(declared: Operation[Any], status: int) -> Reply | None:
    reply = declared.replies.get(status)
    if reply is None:
        reply = next(
            (r for s, r in declared.replies.items() if isinstance(s, tuple) and s[0] <= status <= s[1]),
            declared.replies.get("default"),
        )
    return reply


def _media_for(content: Mapping[str, Any], source: str) -> str:
    types = media_types(content)
    if source != "json":
        types = [media for media in types if not is_json(media)] or types
    media = types[0]
    return "application/octet-stream" if "*" in media else media


def _default_status(kind: type[APIStatusError]) -> int | None:
    for cls in kind.__mro__:
        if cls in _STATUS_OF:
            return _STATUS_OF[cls]
        if cls is InternalServerError:
            return 500
    return None


def _error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, UnexpectedStatus)


# -- pages ---------------------------------------------------------------------------------


def check_items(target: Target, pages: list[list[Any]]) -> None:
    """Raise :class:`StubError` unless every item is one the spec allows in a page."""
    schema = items_schema(target)
    for number, page in enumerate(pages, start=1):
        problems = [
            (f"/{index}{where}", problem)
            for index, item in enumerate(page)
            for where, problem in target.schemas.problems(schema, item, sending=False)
        ]
        if problems:
            raise target.fail(_not_allowed(f"page {number}'s items", "application/json", problems))


def page_response(
    target: Target, items: list[Any], *, number: int, count: int, read: ReadRequest, request: httpx.Request
) -> Served:
    """Return page ``number`` (0-based) of ``count`` as the API would send it for ``request``."""
    paging = target.pagination
    assert paging is not None
    last = number >= count - 1
    status = target.spec.success_statuses(target.operation)[0]
    content = (target.spec.response(target.operation, status) or {}).get("content") or {}
    media = _media_for(content, "json") if content else "application/json"
    schema = target.body_schema(status, media)
    current = position_value(target, read, paging.position)
    size = position_value(target, read, paging.size)
    label = f"page {number + 1} of {count}"
    if not last:
        _check_continues(target, paging, items, size, label)
    body: Any = items
    if paging.items:
        body = target.schemas.example(schema, sending=False)
        body = body if isinstance(body, dict) else {}
        _set(body, paging.items, items)
    headers: dict[str, str] = {"Content-Type": media}
    if paging.has_more:
        _set(body, paging.has_more, not last)
    following = _next_url(request, number + 2)
    if paging.next and "[" not in paging.next:
        value = None if last else _next_position(target, schema, current, items, number, following)
        if value is None and not _nullable(target, schema, paging.next):
            _remove(body, paging.next)
        else:
            _set(body, paging.next, value)
    if paging.style == "link_header" and not last:
        headers["Link"] = f'<{following}>; rel="next"'
    problems = target.schemas.problems(schema, body, sending=False)
    if problems:
        raise target.fail(_not_allowed(f"{label} as the stub would send it", media, problems))
    return Served(status, headers, msgspec.json.encode(body))


def is_continuation(target: Target, read: ReadRequest, request: httpx.Request) -> bool:
    """Whether the request asks for a page after the first (not for a new listing)."""
    paging = target.pagination
    if paging is None:
        return False
    if paging.style in ("next_url", "link_header"):
        return PAGE_MARK in request.url.params
    current = position_value(target, read, paging.position)
    start = paging.start if paging.start is not None else {"page": 1, "offset": 0}.get(paging.style)
    return current is not None and current != start


def position_value(target: Target, read: ReadRequest, argument: str | None) -> Any:
    """The value the request sent for the argument (Python name) ``argument``."""
    if argument is None:
        return None
    for param in target.declared.params:
        if param.name == argument:
            return read.values.get((param.location, param.key))
    return None


def _check_continues(target: Target, paging: Pagination[Any], items: list[Any], size: Any, label: str) -> None:
    """Refuse a page the client would read as the last one although more are stubbed."""
    if paging.style in ("next_url", "link_header"):
        return
    if not items:
        raise target.fail(f"{label} is empty: the client reads an empty page as the last one")
    by_size = paging.next is None and paging.has_more is None
    if by_size and isinstance(size, int) and len(items) < size:
        raise target.fail(
            f"{label} holds {len(items)} items but the request asked for {paging.size}={size}: "
            f"the client reads a shorter page as the last one. Stub pages of {size} items, or "
            f"call with {paging.size}={len(items)}"
        )


def _next_position(  # noqa: PLR0917 - what a next position is made of
    target: Target, schema: Any, current: Any, items: list[Any], number: int, following: str
) -> Any:
    """The next page's number, offset, cursor or URL, as the API would give it."""
    paging = target.pagination
    assert paging is not None
    if paging.style == "page":
        start = paging.start if paging.start is not None else 1
        return (current if isinstance(current, int) else start) + 1
    if paging.style == "offset":
        start = paging.start if paging.start is not None else 0
        return (current if isinstance(current, int) else start) + len(items)
    if paging.style == "cursor":
        field_schema = _schema_at(target, schema, paging.next or "")
        types = (field_schema or {}).get("type") if isinstance(field_schema, Mapping) else None
        numeric = types in ("integer", "number") or (isinstance(types, list) and "integer" in types)
        return number + 2 if numeric else f"cursor-{number + 2}"
    return following


def _next_url(request: httpx.Request, page: int) -> str:
    """The URL of page ``page`` (1-based): the request's, marked with the page's number."""
    return str(request.url.copy_set_param(PAGE_MARK, str(page)))


def items_schema(target: Target) -> Any:
    """The schema of one item of the list method's pages."""
    paging = target.pagination
    status = target.spec.success_statuses(target.operation)[0]
    content = (target.spec.response(target.operation, status) or {}).get("content") or {}
    schema = target.body_schema(status, _media_for(content, "json")) if content else None
    listing = _schema_at(target, schema, paging.items if paging else "")
    listing = target.spec.resolve(listing)
    if isinstance(listing, Mapping) and "items" not in listing:
        for alternative in listing.get("anyOf") or listing.get("oneOf") or []:
            branch = target.spec.resolve(alternative)
            if isinstance(branch, Mapping) and "items" in branch:
                listing = branch
    return listing.get("items") if isinstance(listing, Mapping) else None


def _schema_at(target: Target, schema: Any, path: str) -> Any:
    node = schema
    for name in [part for part in path.split(".") if part]:
        node = target.spec.resolve(node)
        if not isinstance(node, Mapping):
            return None
        found = (node.get("properties") or {}).get(name)
        for part in node.get("allOf") or []:
            branch = target.spec.resolve(part)
            if found is None and isinstance(branch, Mapping):
                found = (branch.get("properties") or {}).get(name)
        node = found
    return node


def _nullable(target: Target, schema: Any, path: str) -> bool:
    field_schema = target.spec.resolve(_schema_at(target, schema, path))
    if field_schema is None:
        return True
    return not target.schemas.problems(field_schema, None, sending=False)


def _set(body: Any, path: str, value: Any) -> None:
    if not isinstance(body, dict):
        return  # a page that is the list itself carries nothing beside its items
    *parents, name = path.split(".")
    for parent in parents:
        body = body.setdefault(parent, {})
    body[name] = copy.deepcopy(value)


def _remove(body: Any, path: str) -> None:
    if not isinstance(body, dict):
        return
    *parents, name = path.split(".")
    for parent in parents:
        body = body.get(parent) or {}
    body.pop(name, None)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""One operation of the API as data: how its arguments become a request, and how each of its
responses becomes a model or a typed error.

Generated modules only declare an ``Operation``; everything it does is written once, here.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from io import BytesIO
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx
import msgspec

from . import _parameters
from ._decoding import Fallback, FastDecoder
from ._models import Model, converter, to_builtins
from .errors import APIResponseValidationError, parse_error_body, status_error
from .types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ._pagination import Pagination

T = TypeVar("T")
Location = Literal["path", "query", "header", "cookie"]
Status = int | tuple[int, int] | Literal["default"]
_FAILURES = (TypeError, ValueError, KeyError, AttributeError, RecursionError)


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter: its Python name, where it goes, its name there when different, and its
    serialisation when the spec's is not the default for its location (``_parameters.py``)."""

    name: str
    location: Location
    wire: str = ""
    style: str = ""
    explode: bool | None = None

    @property
    def key(self) -> str:
        return self.wire or self.name


@dataclass(frozen=True, slots=True)
class Body:
    """A request body: how it is sent (``json``, ``data`` as a form, ``files`` as multipart,
    ``content`` as raw bytes), its media type, and the Python type that selects it when an
    operation takes several."""

    kind: Literal["json", "data", "files", "content"]
    media_type: str
    type: Any = object


@dataclass(frozen=True, slots=True)
class Reply:
    """A documented response: the type it is read as, and from what (``json``, ``text``,
    ``bytes`` or ``none``)."""

    type: Any = None
    source: Literal["json", "text", "bytes", "none"] = "json"
    decoder: FastDecoder[Any] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.source == "json" and self.type is not Any and self.type is not None:
            object.__setattr__(self, "decoder", FastDecoder(self.type))


class Operation(Generic[T]):
    """An operation: method and path, parameters, body, responses, security, pagination."""

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        *,
        params: tuple[Param, ...] = (),
        bodies: tuple[Body, ...] = (),
        replies: Mapping[Status, Reply] | None = None,
        errors: Mapping[Status, Reply] | None = None,
        security: tuple[tuple[str, ...], ...] | None = None,
        accept: str | None = None,
        pagination: Pagination[Any] | None = None,
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.params = params
        self.bodies = bodies
        self.replies = dict(replies or {})
        self.errors = dict(errors or {})
        self.security = security
        self.accept = accept
        self.pagination = pagination
        self._redirects = tuple(status for status in self.replies if _low(status) >= 300)
        self._path_styles = {
            p.name: (p.style or "simple", p.explode)
            for p in params
            if p.location == "path" and (p.style or p.explode is not None)
        }

    def __repr__(self) -> str:
        return f"<Operation {self.name}: {self.method} {self.path}>"

    # -- request -----------------------------------------------------------------------

    def request(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """Return the request for ``arguments`` (by Python name), as the client sends it.

        Raises ``ValueError`` or ``TypeError`` naming the argument for a value that cannot be
        sent as the spec says (see ``_parameters.py``).
        """
        name = self.name
        path_params: dict[str, Any] = {}
        # Encoded pairs by key: a key a later parameter sends too (two exploded objects with
        # a field of the same name) is the later one's, as with a dict of httpx ``params``.
        query: dict[str, list[str]] = {}
        headers: dict[str, str] = {}
        cookies: list[str] = []
        for param in self.params:
            value = arguments.get(param.name, UNSET)
            if param.location == "path":
                path_params[param.name] = value
                continue
            if value is UNSET or value is None:
                continue
            if param.location == "query":
                pairs: dict[str, list[str]] = {}
                for pair in _parameters.query(name, param.name, param.key, value, param.style, param.explode):
                    pairs.setdefault(pair.partition("=")[0], []).append(pair)
                query.update(pairs)
            elif param.location == "header":
                headers[param.key] = _parameters.header(name, param.name, param.key, value, param.explode)
            else:
                cookies += _parameters.cookies(name, param.name, param.key, value, param.explode)
        url = self.path
        if path_params:
            url = _parameters.expand_path(name, url, path_params, self._path_styles)
        kwargs: dict[str, Any] = {"operation": name, "method": self.method, "url": url}
        if query:
            kwargs["query"] = "&".join(pair for pairs in query.values() for pair in pairs)
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        body = arguments.get("body", UNSET)
        if self.bodies and body is not UNSET and body is not None:
            self._add_body(kwargs, headers, body)
        if headers:
            kwargs["headers"] = headers
        if self.security is not None:
            kwargs["security"] = self.security
        if self.accept is not None:
            kwargs["accept"] = self.accept
        return kwargs

    def _add_body(self, kwargs: dict[str, Any], headers: dict[str, str], body: Any) -> None:
        """Encode the body once, here: a value it cannot carry is refused before sending."""
        spec = (
            self.bodies[0]
            if len(self.bodies) == 1
            else next((b for b in self.bodies if _matches(body, b.type)), self.bodies[0])
        )
        if spec.kind == "json":
            kwargs["content"] = _json(self.name, to_builtins(body))
            headers["Content-Type"] = spec.media_type
        elif spec.kind == "data":
            kwargs["content"] = _parameters.form_encoded(f"{self.name}: body", to_builtins(body))
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif spec.kind == "files":  # httpx writes the multipart Content-Type with its boundary
            kwargs["files"] = _multipart(self.name, body)
        else:
            kwargs["content"] = _raw(self.name, spec.media_type, body)
            headers["Content-Type"] = _raw_content_type(spec.media_type, body)

    # -- response ----------------------------------------------------------------------

    def parse(self, response: httpx.Response) -> Response[T]:
        """Return the response with its body read as the documented model; raise typed errors
        for statuses that are not a success (a 2xx, or a documented 1xx/3xx)."""
        status = response.status_code
        if not (200 <= status <= 299 or any(_covers(s, status) for s in self._redirects)):
            raise status_error(response, self._error_body(response))
        reply = _lookup(self.replies, status) or next(iter(self.replies.values()), Reply())
        return Response(
            status_code=HTTPStatus(status),
            content=response.content,
            headers=response.headers,
            parsed=_read(reply, response),
        )

    def _error_body(self, response: httpx.Response) -> Any:
        reply = _lookup(self.errors, response.status_code)
        if reply is not None and reply.type is not None:
            try:
                return _read(reply, response)
            except (APIResponseValidationError, *_FAILURES):
                return None  # a malformed error body must not hide the error itself
        return parse_error_body(response)


def _low(status: Status) -> int:
    if status == "default":
        return 1000
    return status[0] if isinstance(status, tuple) else status


def _covers(status: Status, code: int) -> bool:
    if isinstance(status, tuple):
        return status[0] <= code <= status[1]
    return status == code


def _lookup(replies: Mapping[Status, Reply], code: int) -> Reply | None:
    """The reply for ``code``: its exact status, else a range (``2XX``), else ``default``."""
    exact = replies.get(code)
    if exact is not None:
        return exact
    for status, reply in replies.items():
        if isinstance(status, tuple) and status[0] <= code <= status[1]:
            return reply
    return replies.get("default")


def _read(reply: Reply, response: httpx.Response) -> Any:
    if reply.source == "none" or reply.type is None:
        return None
    if reply.type is File:  # binary, whatever the media type (text/calendar, say)
        return File(payload=BytesIO(response.content), mime_type=response.headers.get("content-type"))
    if reply.source == "text":
        return _text(response)
    if reply.source == "bytes":
        return response.content
    if reply.decoder is not None:
        decoded = reply.decoder.decode(response.content)
        if not isinstance(decoded, Fallback):
            return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    try:
        data = msgspec.json.decode(response.content)
    except (msgspec.DecodeError, RecursionError, UnicodeDecodeError) as error:
        raise APIResponseValidationError(_name(reply.type), "", f"the body is not JSON ({error})") from None
    try:
        return converter(reply.type)(data)
    except APIResponseValidationError:
        raise
    except _FAILURES as error:
        raise APIResponseValidationError(_name(reply.type), "", f"{type(error).__name__}: {error}") from error


def _name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


def _text(response: httpx.Response) -> str:
    """The body as text; bytes that are not in its charset are replaced, not raised on."""
    try:
        return response.content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        return response.content.decode("utf-8", errors="replace")


def _json(operation: str, plain: Any, *, compact: bool = True) -> bytes:
    """``plain`` as JSON, as httpx encodes a body (``compact``) or as ``json.dumps`` does (a
    multipart part); refuses what JSON cannot carry."""
    import json  # noqa: PLC0415 - httpx has imported it already

    try:
        if not compact:
            return json.dumps(plain, allow_nan=False).encode()
        return json.dumps(plain, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    except UnicodeEncodeError as error:
        where = _where(plain, lambda v: isinstance(v, str) and not _utf8(v)) or "body"
        raise ValueError(
            f"{operation}: {where} holds a lone surrogate (U+{ord(error.object[error.start]):04X}):"
            " it has no UTF-8 encoding, so it cannot be sent"
        ) from None
    except TypeError as error:  # what the argument checks let through, said as theirs are
        raise TypeError(f"{operation}: the body cannot be sent as JSON ({error})") from None
    except ValueError:
        where = _where(plain, lambda v: isinstance(v, float) and not math.isfinite(v)) or "body"
        raise ValueError(
            f"{operation}: {where} is not a finite number (NaN or infinity): JSON cannot carry it"
        ) from None


def _raw(operation: str, media_type: str, body: Any) -> Any:
    """A body sent as it is: a ``File``, bytes or text; a model only as JSON."""
    if isinstance(body, File):  # read once: an async client cannot stream a sync file, and a
        return body.payload.read()  # retry must send the same bytes again
    if isinstance(body, bytes | bytearray):
        return bytes(body)
    if isinstance(body, str):
        return _parameters.scalar(f"{operation}: body", body).encode()
    if "json" in media_type.partition(";")[0].lower():
        return _json(operation, to_builtins(body))
    raise TypeError(
        f"{operation}: body must be str, bytes or File to be sent as {media_type}, not {type(body).__name__}"
    )


def _utf8(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def _where(plain: Any, bad: Callable[[Any], bool], path: str = "body") -> str | None:
    """The path (``body.items[2].name``) of the first value ``bad`` accepts, if any."""
    if bad(plain):
        return path
    if isinstance(plain, dict):
        for key, value in plain.items():
            found = f"{path} (a key)" if bad(key) else _where(value, bad, f"{path}.{key}")
            if found:
                return found
    elif isinstance(plain, list):
        for index, value in enumerate(plain):
            found = _where(value, bad, f"{path}[{index}]")
            if found:
                return found
    return None


def _matches(value: Any, tp: Any) -> bool:
    """Whether ``value`` is of the body type ``tp`` (to pick among an operation's bodies)."""
    origin = typing.get_origin(tp) or tp
    try:
        return isinstance(value, origin)
    except TypeError:
        return False


def _raw_content_type(media_type: str, body: Any) -> str:
    """The Content-Type of a body sent as it is: the File's own when it names one (which of
    the spec's image types it is, a multipart boundary), else the spec's; a range such as
    ``*/*`` or ``image/*`` names no type, and is sent as application/octet-stream."""
    if isinstance(body, File) and body.mime_type:
        return body.mime_type
    return "application/octet-stream" if "*" in media_type.split(";")[0] else media_type


def _multipart(operation: str, body: Any) -> list[tuple[str, Any]]:
    """Return a model as multipart parts: files as files, the rest as text or JSON (objects).

    An array is one part per item, under the field's name (OpenAPI 3.1.1, multipart encoding).
    """
    if isinstance(body, Model):
        items = [(name, getattr(body, attribute)) for attribute, name in _encode_names(type(body))] + list(
            body.additional_properties.items()
        )
    else:
        items = list(dict(body).items())
    parts: list[tuple[str, Any]] = []
    for name, value in items:
        if isinstance(value, Unset):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, File):  # a file part needs a filename to be read as a file
                mime_type = item.mime_type or "application/octet-stream"
                parts.append((name, (item.file_name or name, item.payload, mime_type)))
                continue
            plain = to_builtins(item)
            if plain is None:  # multipart has no null: the field is left out
                continue
            if isinstance(plain, dict | list):
                parts.append((name, (None, _json(operation, plain, compact=False), "application/json")))
            else:
                text = _parameters.scalar(f"{operation}: body field {name!r}", plain)
                parts.append((name, (None, text.encode(), "text/plain")))
    return parts


def _encode_names(cls: type[Model]) -> list[tuple[str, str]]:
    return [(info.name, info.encode_name) for info in msgspec.structs.fields(cls)]

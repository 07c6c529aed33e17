"""What each operation is, beyond what openapi-python-client parsed: its responses split into
successes and errors, its Accept header, its name, and the spec's words about it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.schema.untrusted_string import UntrustedString

from generator.auth import Requirement
from generator.escaping import spec_text
from generator.pagination import PaginationView
from generator.references import MAX_REF_DEPTH, node_at
from generator.resources import Placement
from generator.specs import text


@dataclass(frozen=True)
class ReplyView:
    """One documented response as the generated ``Operation`` declares it."""

    status: str
    """The status key as Python source: ``200``, ``(200, 299)`` for ``2XX``, ``"default"``."""
    type: str
    source: str
    """Where the body is read from: ``json``, ``text``, ``bytes`` or ``none``."""


STATUS_ERRORS: Mapping[int, str] = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
"""The exception class of each status that has its own (errors.py's ``_BY_STATUS``); any other
5xx is ``InternalServerError``, any other status ``UnexpectedStatus``."""


def status_error_class(status: int) -> str:
    """Return the name of the exception a response of ``status`` raises."""
    if status >= 500:
        return "InternalServerError"
    return STATUS_ERRORS.get(status, "UnexpectedStatus")


@dataclass(frozen=True)
class RaisedError:
    """An error an operation documents: the exception it raises, for which status, with which
    body (``.body``)."""

    exception: str
    status: str
    """``404``, ``4XX``, or ``other statuses`` (the spec's ``default``)."""
    body: str
    """The model of the error's ``.body``, or ``""`` when the spec gives none."""


@dataclass(frozen=True)
class ParameterStyle:
    """How a parameter is serialised (OpenAPI ``style`` and ``explode``), as the generated
    ``Param`` declares it: empty and None mean the default of its location."""

    style: str = ""
    explode: bool | None = None


_DEFAULT_STYLES = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


@dataclass(frozen=True)
class OperationView:
    """What the endpoint template needs to know of one operation beyond openapi-python-client."""

    key: str
    path: str
    method: str
    security: Requirement | None
    """None: the API's default requirement."""
    accept: str
    pagination: PaginationView | None = None
    placement: Placement | None = None
    successes: tuple[ReplyView, ...] = ()
    failures: tuple[ReplyView, ...] = ()
    summary: UntrustedString = field(default_factory=lambda: UntrustedString(""))
    description: UntrustedString = field(default_factory=lambda: UntrustedString(""))
    parameter_docs: Mapping[str, UntrustedString] = field(default_factory=dict)
    """Python parameter name → the spec's description of it."""
    parameter_styles: Mapping[str, ParameterStyle] = field(default_factory=dict)
    """Python parameter name → its serialisation, where the spec's is not the default."""
    deprecation: str | None = None
    """The warning of an operation the spec marks deprecated (None: it is not)."""
    deprecated_parameters: Mapping[str, str] = field(default_factory=dict)
    """Python parameter name → the warning of a parameter the spec marks deprecated."""

    @property
    def raises(self) -> tuple[RaisedError, ...]:
        """The errors the operation documents, in the order of its statuses."""
        found = []
        for reply in self.failures:
            body = "" if reply.type in ("None", "Any") or reply.source != "json" else reply.type
            if reply.status == '"default"':
                found.append(RaisedError("APIStatusError", "other statuses", body))
            elif reply.status.startswith("("):
                low = int(reply.status[1:].split(",")[0])
                exception = "InternalServerError" if low >= 500 else "APIStatusError"
                found.append(RaisedError(exception, f"{low // 100}XX", body))
            else:
                found.append(RaisedError(status_error_class(int(reply.status)), reply.status, body))
        return tuple(found)

    @property
    def return_type(self) -> str:
        types = list(dict.fromkeys(reply.type for reply in self.successes if reply.type != "None"))
        return " | ".join(types) or "None"


def accept_header(operation: Mapping[str, Any], document: Mapping[str, Any]) -> str:
    """The media types of the operation's documented responses, for its Accept header (a
    response by reference, ``#/components/responses/OK``, followed in ``document``)."""
    types: list[str] = []
    for status, written in (operation.get("responses") or {}).items():
        if not str(status).startswith(("2", "3", "d")):
            continue
        response = written
        for _ in range(MAX_REF_DEPTH):  # a chain of references, validated acyclic before
            reference = response.get("$ref") if isinstance(response, dict) else None
            if not isinstance(reference, str) or not reference.startswith("#"):
                break
            response = node_at(document, reference[1:])
        content = response.get("content") if isinstance(response, dict) else None
        for media_type in content if isinstance(content, dict) else {}:
            if media_type not in types:
                types.append(media_type)
    if not types:
        return "application/json"
    if "application/json" in types and len(types) > 1:
        types.remove("application/json")  # JSON first: the generated parser prefers it
        types.insert(0, "application/json")
    return ", ".join(types)


_SOURCES = {"response.json()": "json", "response.text": "text", "response.content": "bytes"}


def _source(response: Any) -> str:
    """Where a response's body is read from. Every media type beyond JSON reaches
    openapi-python-client as a body read as is (generator/normalise.py), typed ``str`` for
    text and ``File`` for the rest: the type says which."""
    source = _SOURCES.get(response.source["attribute"], "none")
    if source == "bytes" and not isinstance(response.prop, FileProperty):
        return "text"
    return source


def replies(endpoint: Any) -> tuple[tuple[ReplyView, ...], tuple[ReplyView, ...]]:
    """The operation's successes (2xx, documented 1xx/3xx) and failures, as declared.

    A ``default`` response is the success when no 2xx is documented, else the errors' body.
    """
    successes: list[ReplyView] = []
    failures: list[ReplyView] = []
    has_2xx = False
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        reply = ReplyView(
            str(low) if low == high else f"({low}, {high})",
            response.prop.get_type_string().as_unembedded_code(),
            _source(response),
        )
        has_2xx = has_2xx or 200 <= low <= 299
        (successes if high < 400 else failures).append(reply)
    default = endpoint.responses.default
    if default is not None:
        reply = ReplyView(
            '"default"',
            default.prop.get_type_string().as_unembedded_code(),
            _source(default),
        )
        (failures if has_2xx else successes).append(reply)
    return tuple(successes), tuple(failures)


def parameter_docs(
    document: Mapping[str, Any], path: str, operation: Mapping[str, Any], endpoint: Any
) -> dict[str, UntrustedString]:
    """The spec's description of each parameter, by the Python name of its argument."""
    docs = {}
    for name, parameter in _parameters(document, path, operation, endpoint).items():
        description = " ".join(str(parameter.get("description") or "").split())
        if not description:
            description = " ".join(
                str(
                    _resolve(document, parameter.get("schema") or {}).get("description") or ""
                ).split()
            )
        if description:
            docs[name] = spec_text(description)
    return docs


def _parameters(
    document: Mapping[str, Any], path: str, operation: Mapping[str, Any], endpoint: Any
) -> dict[str, Mapping[str, Any]]:
    """The spec's parameter objects (``$ref`` followed), by the Python names of their arguments."""
    declared = {}
    item = document["paths"][path]
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _resolve(document, raw)
        declared[(text(parameter.get("name")), parameter.get("in"))] = parameter
    found = {}
    if endpoint is not None:
        for location in ("path", "query", "header", "cookie"):
            for prop in getattr(endpoint, f"{location}_parameters"):
                known = declared.get((text(prop.name), location))
                if known is not None:
                    found[str(prop.python_name)] = known
    return found


_DEPRECATED_PREFIX = re.compile(r"^deprecated\b[\s:.,;-]*", re.IGNORECASE)
_MAX_REASON = 300


def deprecation(what: str, node: Mapping[str, Any]) -> str | None:
    """The warning for ``what`` (an operation, parameter or field) if the spec marks ``node``
    deprecated: what it is, and the spec's words about it (its description, else summary)."""
    if node.get("deprecated") is not True:
        return None
    reason = " ".join(text(node.get("description") or node.get("summary") or "").split())
    reason = _DEPRECATED_PREFIX.sub("", reason)
    if len(reason) > _MAX_REASON:
        reason = reason[:_MAX_REASON].rsplit(" ", 1)[0] + " …"
    return f"{what} is deprecated" + (f": {reason}" if reason else ".")


def deprecated_parameters(
    document: Mapping[str, Any], path: str, operation: Mapping[str, Any], endpoint: Any, what: str
) -> dict[str, str]:
    """The warnings of the operation's deprecated parameters, by their Python names."""
    warnings = {}
    for name, parameter in _parameters(document, path, operation, endpoint).items():
        message = deprecation(f"the `{name}` argument of {what}", parameter)
        if message:
            warnings[name] = message
    return warnings


def deprecated_fields(
    document: Mapping[str, Any], operation: Mapping[str, Any], fields: Any, what: str
) -> dict[str, str]:
    """The warnings of the JSON body's deprecated fields (a method's keyword arguments when it
    takes the body's fields), by their Python names."""
    body = _resolve(document, operation.get("requestBody") or {})
    content = body.get("content") or {}
    media = next((m for m in content if "json" in m), next(iter(content), None))
    schema = _resolve(document, (content.get(media) or {}).get("schema") or {}) if media else {}
    properties: dict[str, Any] = {}
    for part in [schema, *(schema.get("allOf") or [])]:
        properties.update(_resolve(document, part).get("properties") or {})
    warnings = {}
    for prop in fields or ():
        node = _resolve(document, properties.get(text(prop.name)) or {})
        message = deprecation(f"the `{prop.python_name}` argument of {what}", node)
        if message:
            warnings[str(prop.python_name)] = message
    return warnings


def parameter_styles(
    document: Mapping[str, Any], path: str, operation: Mapping[str, Any], endpoint: Any
) -> dict[str, ParameterStyle]:
    """The ``style`` and ``explode`` of each parameter whose serialisation is not the default
    of its location, by the Python name of its argument (operation-level ones override those
    of the path item)."""
    styles = {}
    for name, parameter in _parameters(document, path, operation, endpoint).items():
        default_style = _DEFAULT_STYLES.get(str(parameter.get("in")), "")
        style, explode = parameter.get("style"), parameter.get("explode")
        style = str(style) if isinstance(style, str) and style != default_style else ""
        effective = style or default_style
        explode = (
            bool(explode)
            if isinstance(explode, bool) and explode != (effective == "form")
            else None
        )
        if style or explode is not None:
            styles[name] = ParameterStyle(style, explode)
    return styles


def _resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node

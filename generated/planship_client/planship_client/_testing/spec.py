# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The API description this package was generated from, as the stubs read it: ``openapi.json``
beside this module is the spec with its overlays applied, written by the generator.

It answers what a server would: which operation a method and path are, what each operation
takes (parameters, bodies, credentials) and what it answers (responses by status, with their
media types and schemas). ``$ref`` is followed where it is met, so a schema that refers to
itself is fine.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import unquote

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE_PART = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True)
class Parameter:
    """A parameter of an operation as the spec declares it (``$ref`` resolved)."""

    name: str
    location: str
    required: bool
    schema: Any
    style: str
    explode: bool
    content_type: str | None = None
    """Set when the spec gives ``content`` instead of ``schema``: the value is that media type."""


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec: ``GET /organizations/{organization}``."""

    method: str
    path: str
    node: Mapping[str, Any] = field(repr=False)
    parameters: tuple[Parameter, ...] = field(repr=False)
    security: tuple[Mapping[str, Any], ...] | None = field(repr=False)
    """The operation's own requirement (alternatives), None for the API's default."""
    pattern: re.Pattern[str] = field(repr=False)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def match(self, raw_path: str) -> dict[str, str] | None:
        """Return the path parameters (decoded) if ``raw_path`` (percent-encoded) is this
        operation's path, else None."""
        found = self.pattern.fullmatch(raw_path)
        if found is None:
            return None
        return {self._names[index]: unquote(value) for index, value in enumerate(found.groups())}

    @functools.cached_property
    def _names(self) -> list[str]:
        return _TEMPLATE_PART.findall(self.path)

    @property
    def specificity(self) -> tuple[int, int]:
        """Concrete paths win over templated ones (``/things/mine`` over ``/things/{id}``)."""
        literal = _TEMPLATE_PART.sub("", self.path)
        return (-len(self._names), len(literal))


class Spec:
    """The spec of this package (load it with :func:`load`)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.openapi_30 = str(document.get("openapi", "")).startswith("3.0")
        self.title = str((document.get("info") or {}).get("title") or "the API")
        components = document.get("components") or {}
        self.security_schemes: Mapping[str, Any] = {
            name: self.resolve(scheme) for name, scheme in (components.get("securitySchemes") or {}).items()
        }
        self.security: tuple[Mapping[str, Any], ...] = tuple(document.get("security") or ())
        self.error_schema: Any = {"$ref": document["x-error-model"]} if "x-error-model" in document else None
        self.operations: list[SpecOperation] = []
        for path, raw_item in (document.get("paths") or {}).items():
            item = self.resolve(raw_item)
            shared = item.get("parameters") or []
            for method, node in item.items():
                if method in _HTTP_METHODS and isinstance(node, Mapping):
                    self.operations.append(self._operation(path, method, node, shared))

    def _operation(self, path: str, method: str, node: Mapping[str, Any], shared: list[Any]) -> SpecOperation:
        parameters: dict[tuple[str, str], Parameter] = {}
        for raw in [*shared, *(node.get("parameters") or [])]:  # the operation's own win
            parameter = self._parameter(self.resolve(raw))
            parameters[(parameter.name, parameter.location)] = parameter
        security = node.get("security")
        pattern = "".join(
            "([^/]+)" if index % 2 else re.escape(part) for index, part in enumerate(_TEMPLATE_PART.split(path))
        )
        return SpecOperation(
            method=method,
            path=path,
            node=node,
            parameters=tuple(parameters.values()),
            security=None if security is None else tuple(security),
            pattern=re.compile(pattern),
        )

    def _parameter(self, node: Mapping[str, Any]) -> Parameter:
        location = str(node.get("in"))
        style = str(node.get("style") or ("form" if location in ("query", "cookie") else "simple"))
        content = node.get("content") or {}
        content_type = next(iter(content), None)
        schema = node.get("schema")
        if schema is None and content_type is not None:
            schema = (content[content_type] or {}).get("schema")
        return Parameter(
            name=str(node.get("name")),
            location=location,
            required=bool(node.get("required")) or location == "path",
            schema=schema,
            style=style,
            explode=bool(node.get("explode", style == "form")),
            content_type=content_type,
        )

    # -- references ----------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """Return ``node`` with its ``$ref`` followed (repeatedly); other nodes as they are."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            reference = node["$ref"]
            if reference in seen:
                raise ValueError(f"the spec's $ref {reference} refers to itself")
            seen.add(reference)
            node = self.pointer(reference)
        return node

    def pointer(self, reference: str) -> Any:
        """Return what the local reference ``#/...`` points at."""
        if not reference.startswith("#"):
            raise ValueError(f"the stubs read only references inside the spec, not {reference!r}")
        target: Any = self.document
        for part in reference[1:].split("/")[1:]:
            key = unquote(part).replace("~1", "/").replace("~0", "~")
            target = target[int(key)] if isinstance(target, list) else target[key]
        return target

    # -- operations ----------------------------------------------------------------------

    def operation(self, method: str, path: str) -> SpecOperation:
        """Return the operation declared at ``method`` and ``path`` (the template)."""
        for operation in self.operations:
            if operation.method == method.lower() and operation.path == path:
                return operation
        raise KeyError(f"{method.upper()} {path} is not an operation of {self.title}")

    def find(self, method: str, raw_path: str) -> tuple[SpecOperation, dict[str, str]] | str:
        """Return the operation a server would route ``method`` and ``raw_path`` to, with its
        path parameters; or why there is none."""
        matches = [
            (operation, values) for operation in self.operations if (values := operation.match(raw_path)) is not None
        ]
        if not matches:
            return f"no operation of {self.title} has the path {raw_path}"
        matches.sort(key=lambda found: found[0].specificity, reverse=True)
        for operation, values in matches:
            if operation.method == method.lower():
                return operation, values
        methods = sorted({operation.method.upper() for operation, _ in matches})
        return f"{raw_path} takes {', '.join(methods)}, not {method.upper()}"

    def requirement(self, operation: SpecOperation) -> tuple[Mapping[str, Any], ...]:
        """The security alternatives of ``operation`` (its own, else the API's)."""
        return self.security if operation.security is None else operation.security

    def request_body(self, operation: SpecOperation) -> Mapping[str, Any] | None:
        body = operation.node.get("requestBody")
        return None if body is None else self.resolve(body)

    def response(self, operation: SpecOperation, status: int) -> Mapping[str, Any] | None:
        """The documented response for ``status``: exact, else its range (``4XX``), else
        ``default``; None when the spec documents nothing that covers it."""
        responses = operation.node.get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in responses:
                return self.resolve(responses[key])  # type: ignore[no-any-return]
        return None

    def success_statuses(self, operation: SpecOperation) -> list[int]:
        """The statuses a success can have: the documented 1xx-3xx (a range as its lowest
        member); ``200`` when only ``default`` is documented."""
        statuses = []
        for key in operation.node.get("responses") or {}:
            text = str(key).upper()
            if text[:1] in "123" and text[1:].isdigit():
                statuses.append(int(text))
            elif text[:1] in "123" and text.endswith("XX"):
                statuses.append(int(text[0]) * 100)
        return sorted(statuses) or [200]


def media_types(content: Mapping[str, Any] | None) -> list[str]:
    """The media types of a ``content`` map, JSON ones first."""
    types = list(content or {})
    return sorted(types, key=lambda media: not is_json(media))


def is_json(media_type: str) -> bool:
    base = media_type.partition(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


@functools.cache
def load() -> Spec:
    """Return the spec this package was generated from (read once)."""
    text = resources.files(__package__).joinpath("openapi.json").read_text(encoding="utf-8")
    return Spec(json.loads(text))

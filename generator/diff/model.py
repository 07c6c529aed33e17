"""A normalised view of an OpenAPI 3.0 or 3.1 document, built for comparing two of them:
its operations (parameters, bodies, responses, security, servers), security schemes and
servers, with every schema read into :class:`~generator.diff.schemas.SchemaNode` form.

``$ref`` must point inside the document; a document whose references reach other files is
first bundled by :mod:`generator.diff.documents`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.diff.constraints import key_constraints, read_constraints
from generator.diff.schemas import SchemaNode
from generator.specs import HTTP_METHODS, cycle_text, ref_cycle

Json = Any

_NULL_ONLY = frozenset({"null"})


class UnresolvedReferenceError(Exception):
    """A ``$ref`` that does not point to anything in the document, or a cycle of ``$ref``s
    that never says what its members are; the message names it."""


@dataclass
class Parameter:
    """One operation parameter, keyed by ``(location, name)``."""

    name: str
    location: str
    required: bool
    schema: SchemaNode | None


@dataclass
class RequestBody:
    """An operation's request body: required or not, one schema per media type."""

    required: bool
    content: dict[str, SchemaNode | None]


@dataclass
class Operation:
    """One operation, as the generated client sees it."""

    method: str
    path: str
    operation_id: str | None
    tag: str | None
    deprecated: bool
    parameters: dict[tuple[str, str], Parameter]
    request_body: RequestBody | None
    responses: dict[str, dict[str, SchemaNode | None]]
    """Status code (or ``default``) → media type → schema; an empty dict is no body."""
    security: frozenset[frozenset[tuple[str, tuple[str, ...]]]] | None
    """The alternatives of the effective requirement (each a set of scheme/scopes);
    None when neither the operation nor the document says anything."""
    own_security: bool
    """Whether the operation declares ``security`` itself instead of inheriting it."""
    servers: tuple[str, ...]
    """Server URLs declared on the path or operation itself (not inherited)."""

    @property
    def label(self) -> str:
        """Return ``METHOD /path``, the way reports name the operation."""
        return f"{self.method.upper()} {self.path}"


@dataclass
class Api:
    """Everything compared about one document."""

    operations: dict[str, Operation]
    """Keyed by ``METHOD /path`` as written; :func:`operation_key` says which operations of
    two documents can be the same one."""
    security_schemes: dict[str, dict[str, Json]]
    servers: tuple[str, ...]


def operation_key(operation: Operation) -> str:
    """Return the method and path template with parameter names blanked (``get /a/{}``):
    operations of two documents with the same key may be one operation, renamed."""
    return f"{operation.method} {template(operation.path)}"


def template(path: str) -> str:
    """Return ``path`` with its parameter names blanked: ``/a/{}/b``."""
    return _PATH_PARAMETER.sub("{}", path)


def path_parameters(path: str) -> list[str]:
    """Return the names of the path template's parameters, in order."""
    return [match.group(1) for match in _PATH_PARAMETER.finditer(path)]


_PATH_PARAMETER = re.compile(r"{([^}]*)}")


def build_api(document: dict[str, Json]) -> Api:
    """Return the normalised :class:`Api` of a validated OpenAPI 3.0 or 3.1 ``document``.

    Raises :class:`UnresolvedReferenceError` for a ``$ref`` that points at nothing and for
    a cycle of ``$ref``s (see :func:`reject_ref_cycles`).
    """
    reject_ref_cycles(document)
    return _Builder(document).api()


def reject_ref_cycles(document: Json) -> None:
    """Raise :class:`UnresolvedReferenceError` naming the first cycle of references that
    never says what its members are (:func:`generator.specs.ref_cycle`); a recursive schema
    whose cycle passes through properties, items or a union is fine."""
    cycle = ref_cycle(document)
    if cycle is not None:
        raise UnresolvedReferenceError(f"{cycle_text(cycle)} in the document")


class _Builder:
    def __init__(self, document: dict[str, Json]) -> None:
        self.document = document
        self.nodes: dict[str, SchemaNode] = {}
        self.inline: dict[int, SchemaNode] = {}
        """Inline schema objects by identity: one parsed from YAML anchors may be shared."""

    def api(self) -> Api:
        operations: dict[str, Operation] = {}
        for path, raw_item in (self.document.get("paths") or {}).items():
            item = self.resolve(raw_item)
            for method, raw in item.items():
                if method in HTTP_METHODS:
                    operation = self.operation(path, method, item, raw)
                    operations[operation.label] = operation
        components = self.document.get("components") or {}
        schemes = {
            name: self._scheme(self.resolve(scheme))
            for name, scheme in (components.get("securitySchemes") or {}).items()
        }
        return Api(operations, schemes, _server_urls(self.document.get("servers")))

    def operation(
        self, path: str, method: str, item: dict[str, Json], raw: dict[str, Json]
    ) -> Operation:
        parameters: dict[tuple[str, str], Parameter] = {}
        for source in (item.get("parameters") or [], raw.get("parameters") or []):
            for raw_parameter in source:  # operation-level ones override path-level ones
                parameter = self.resolve(raw_parameter)
                key = (parameter["in"], parameter["name"])
                parameters[key] = Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required", False)),
                    schema=self._parameter_schema(parameter),
                )
        body = None
        if "requestBody" in raw:
            raw_body = self.resolve(raw["requestBody"])
            body = RequestBody(
                required=bool(raw_body.get("required", False)),
                content=self._content(raw_body.get("content")),
            )
        responses = {
            str(status): self._content(self.resolve(response).get("content"))
            for status, response in (raw.get("responses") or {}).items()
        }
        security = raw["security"] if "security" in raw else self.document.get("security")
        tags = raw.get("tags") or []
        return Operation(
            method=method,
            path=path,
            operation_id=raw.get("operationId"),
            tag=str(tags[0]) if tags else None,
            deprecated=bool(raw.get("deprecated", False)),
            parameters=parameters,
            request_body=body,
            responses=responses,
            security=None if security is None else _security(security),
            own_security="security" in raw,
            servers=_server_urls(raw.get("servers") or item.get("servers")),
        )

    def _parameter_schema(self, parameter: dict[str, Json]) -> SchemaNode | None:
        if "schema" in parameter:
            return self.node(parameter["schema"])
        content = self._content(parameter.get("content"))
        return next(iter(content.values()), None)

    def _content(self, content: Json) -> dict[str, SchemaNode | None]:
        result: dict[str, SchemaNode | None] = {}
        for media_type, media in (content or {}).items():
            schema = (media or {}).get("schema")
            result[media_type] = None if schema is None else self.node(schema)
        return result

    def _scheme(self, scheme: dict[str, Json]) -> dict[str, Json]:
        """The parts of a security scheme that decide how credentials are sent."""
        return {k: v for k, v in scheme.items() if k != "description" and not k.startswith("x-")}

    def resolve(self, value: Json) -> Json:
        """Follow ``$ref`` chains (non-schema objects) to the object they name."""
        seen: set[str] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            if ref in seen:  # a $ref cycle that points at nothing: treat as empty
                return {}
            seen.add(ref)
            value = resolve_pointer(self.document, ref)
        return value

    def node(self, raw: Json) -> SchemaNode:
        """Return the :class:`SchemaNode` for a schema object (shared for ``$ref``s)."""
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            ref = raw["$ref"]
            existing = self.nodes.get(ref)
            if existing is not None:
                return existing
            node = SchemaNode(name=ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~"))
            self.nodes[ref] = node  # registered before filling: recursive refs find it
            target = resolve_pointer(self.document, ref)
            self._fill(node, target if isinstance(target, dict) else {})
            return node
        if not isinstance(raw, dict):
            return SchemaNode()
        existing = self.inline.get(id(raw))
        if existing is None:
            existing = self.inline[id(raw)] = SchemaNode()
            self._fill(existing, raw)
        return existing

    def _fill(self, node: SchemaNode, raw: dict[str, Json]) -> None:
        if isinstance(raw.get("$ref"), str):  # an alias: components X: {$ref: Y}
            node.parts.append(self.node({"$ref": raw["$ref"]}))
        raw_type = raw.get("type")
        types = set(raw_type if isinstance(raw_type, list) else [raw_type] if raw_type else [])
        node.null_only = types == _NULL_ONLY
        # ``nullable`` is 3.0; openapi-python-client honours it in 3.1 documents too.
        node.nullable = "null" in types or raw.get("nullable") is True
        node.types = frozenset(types - _NULL_ONLY)
        node.format = raw.get("format")
        if "const" in raw:
            node.enum = (raw["const"],)
        elif isinstance(raw.get("enum"), list):
            node.enum = tuple(raw["enum"])
        if node.enum == (None,):
            node.null_only, node.enum = True, None
        if "default" in raw:
            node.default = raw["default"]
        node.properties = {
            str(name): self.node(value) for name, value in (raw.get("properties") or {}).items()
        }
        node.required = frozenset(str(name) for name in raw.get("required") or [])
        if isinstance(raw.get("items"), dict):
            node.items = self.node(raw["items"])
        node.prefix_items = [self.node(item) for item in raw.get("prefixItems") or []]
        additional = raw.get("additionalProperties")
        if isinstance(additional, dict):
            node.additional = self.node(additional)
        elif isinstance(additional, bool):
            node.additional = additional
        node.constraints = read_constraints(raw)
        names = self.resolve(raw.get("propertyNames"))
        if isinstance(names, dict):
            node.constraints.update(key_constraints(names))
        node.variants = [self.node(v) for key in ("oneOf", "anyOf") for v in raw.get(key) or []]
        node.parts += [self.node(part) for part in raw.get("allOf") or []]


def resolve_pointer(document: Json, ref: str) -> Json:
    """Return what the local reference ``ref`` (``#/a/b``) points to in ``document``."""
    if not ref.startswith("#"):
        raise UnresolvedReferenceError(
            f"$ref {ref!r} points outside the document: load the document from its file or "
            "URL (python -m generator diff OLD NEW) so that the files it refers to are read"
        )
    node = document
    for raw in ref[1:].split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            raise UnresolvedReferenceError(
                f"$ref {ref!r} does not resolve: the document has nothing at that pointer"
            ) from None
    return node


def _security(
    requirements: list[dict[str, list[str]]],
) -> frozenset[frozenset[tuple[str, tuple[str, ...]]]]:
    return frozenset(
        frozenset((name, tuple(sorted(scopes or []))) for name, scopes in requirement.items())
        for requirement in requirements
    )


def _server_urls(servers: Json) -> tuple[str, ...]:
    return tuple(str(server.get("url", "")) for server in servers or [])

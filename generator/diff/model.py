"""A normalised view of an OpenAPI 3.0 or 3.1 document, built for comparing two of them.

Everything that can be written in more than one way is reduced to one form here, so that
rewriting a spec without changing its meaning compares as "no change":

* ``$ref`` is replaced by the (shared) node it points to; recursive schemas become cycles
  of nodes, which the comparison walks with a guard;
* OpenAPI 3.0 ``nullable: true``, 3.1 ``type: [x, "null"]``, a ``null`` enum value and a
  ``{type: "null"}`` member of ``oneOf``/``anyOf`` all become ``Schema.nullable``;
* ``allOf`` is merged into one schema, and ``oneOf``/``anyOf`` with a single non-null
  member (``anyOf: [{$ref: X}, {type: "null"}]``) becomes that member;
* ``const`` is a one-value enum; a schema with properties but no type is an object.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from generator.specs import HTTP_METHODS

Json = Any
T = TypeVar("T")

_NULL_ONLY = frozenset({"null"})


class Missing:
    """The type of :data:`MISSING`: no default was given."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


@dataclass(eq=False)
class SchemaNode:
    """One schema as written, with ``$ref`` resolved to shared nodes (may be cyclic)."""

    name: str | None = None
    """The component name when the node is ``#/components/schemas/<name>``."""
    types: frozenset[str] = frozenset()
    """JSON types other than null; empty means any type."""
    nullable: bool = False
    null_only: bool = False
    """``{type: "null"}``: the null member of a 3.1 nullable union."""
    format: str | None = None
    enum: tuple[Json, ...] | None = None
    default: Json = MISSING
    properties: dict[str, SchemaNode] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: SchemaNode | None = None
    additional: SchemaNode | None = None
    """``additionalProperties`` when it is a schema (not when it is a boolean)."""
    variants: list[SchemaNode] = field(default_factory=list)
    """``oneOf`` and ``anyOf`` members."""
    parts: list[SchemaNode] = field(default_factory=list)
    """``allOf`` members, merged by :func:`flatten`."""
    flat: Schema | None = field(default=None, repr=False)
    """:func:`flatten`'s result, kept so that every visit sees the same object."""


@dataclass(eq=False)
class Schema:
    """A schema with ``allOf`` merged and nullable unions collapsed: what gets compared.

    Children stay :class:`SchemaNode` so that flattening is lazy and cycles are harmless.
    """

    name: str | None
    types: frozenset[str]
    nullable: bool
    format: str | None
    enum: dict[str, Json] | None
    """Canonical JSON text of each value → the value."""
    default: Json
    properties: dict[str, SchemaNode]
    required: frozenset[str]
    items: SchemaNode | None
    additional: SchemaNode | None
    variants: dict[str, SchemaNode]
    """Each non-null ``oneOf``/``anyOf`` member by its component name, or ``#<index>``."""


def canonical(value: Json) -> str:
    """Return ``value`` as canonical JSON text, to compare enum values and defaults."""
    return json.dumps(value, sort_keys=True, default=str)


def flatten(node: SchemaNode) -> Schema:
    """Return the merged, normalised form of ``node`` (the same object for the same node)."""
    if node.flat is None:
        node.flat = _flatten(node, active=set())
    return node.flat


def _flatten(node: SchemaNode, active: set[int]) -> Schema:
    """Merge ``node`` with its allOf members; ``active`` guards against allOf cycles."""
    if node.flat is not None:
        return node.flat
    active = active | {id(node)}
    members = [part for part in node.parts if id(part) not in active]  # allOf: [self]
    non_null = [variant for variant in node.variants if not variant.null_only]
    nullable = node.nullable or len(non_null) < len(node.variants)
    own_shape = bool(node.types or node.properties or node.items or node.enum)
    variants = non_null
    if len(non_null) == 1 and not own_shape and id(non_null[0]) not in active:
        # anyOf/oneOf [X, null] is "X or null": merge X as if it were allOf [X]
        members.append(non_null[0])
        variants = []
    flat_members = [_flatten(member, active) for member in members]
    if flat_members and all(member.nullable for member in flat_members):
        nullable = True
    types = set(node.types)
    for member in flat_members:
        if member.types:
            types = types & member.types if types else set(member.types)
    properties: dict[str, SchemaNode] = {}
    required = set(node.required)
    merged_variants: dict[str, SchemaNode] = {}
    for member in flat_members:
        properties.update(member.properties)
        required |= member.required
        merged_variants.update(member.variants)
    properties.update(node.properties)
    merged_variants.update(_label_variants(variants))
    items = node.items or _first(member.items for member in flat_members)
    if not types and (properties or node.additional):
        types = {"object"}
    elif not types and items is not None:
        types = {"array"}
    name = node.name
    if name is None and len(flat_members) == 1 and not node.properties:
        name = flat_members[0].name  # {allOf: [$ref X], nullable: true} is still X
    enum = node.enum if node.enum is not None else _first(_enum(m) for m in flat_members)
    if enum is not None and None in enum:
        nullable = True
    return Schema(
        name=name,
        types=frozenset(types),
        nullable=nullable,
        format=node.format or _first(member.format for member in flat_members),
        enum=None if enum is None else {canonical(v): v for v in enum if v is not None},
        default=node.default
        if not isinstance(node.default, Missing)
        else _first_default(flat_members),
        properties=properties,
        required=frozenset(required & set(properties)) if properties else frozenset(required),
        items=items,
        additional=node.additional or _first(member.additional for member in flat_members),
        variants=merged_variants,
    )


def _enum(schema: Schema) -> tuple[Json, ...] | None:
    return None if schema.enum is None else tuple(schema.enum.values())


def _first(values: Iterable[T | None]) -> T | None:
    for value in values:
        if value is not None:
            return value
    return None


def _first_default(members: list[Schema]) -> Json:
    for member in members:
        if not isinstance(member.default, Missing):
            return member.default
    return MISSING


def _label_variants(variants: list[SchemaNode]) -> dict[str, SchemaNode]:
    # Labelled by name without flattening: flattening here could loop on a oneOf cycle.
    labels: dict[str, SchemaNode] = {}
    for index, variant in enumerate(variants):
        single = variant.parts[0].name if len(variant.parts) == 1 else None
        label = variant.name or single or f"#{index}"
        labels[label if label not in labels else f"{label}#{index}"] = variant
    return labels


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
    """Keyed by method and path with parameter names blanked (``get /a/{}``), so that
    renaming a path parameter is a parameter change, not a new operation."""
    security_schemes: dict[str, dict[str, Json]]
    servers: tuple[str, ...]


def operation_key(method: str, path: str) -> str:
    """Return the identity of an operation across versions of a document."""
    return f"{method} {re.sub(r'{[^}]*}', '{}', path)}"


def build_api(document: dict[str, Json]) -> Api:
    """Return the normalised :class:`Api` of a validated OpenAPI 3.0 or 3.1 ``document``."""
    return _Builder(document).api()


class _Builder:
    def __init__(self, document: dict[str, Json]) -> None:
        self.document = document
        self.nodes: dict[str, SchemaNode] = {}

    def api(self) -> Api:
        operations: dict[str, Operation] = {}
        for path, raw_item in (self.document.get("paths") or {}).items():
            item = self.resolve(raw_item)
            for method, raw in item.items():
                if method in HTTP_METHODS:
                    operations[operation_key(method, path)] = self.operation(
                        path, method, item, raw
                    )
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
            value = _pointer(self.document, ref)
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
            target = _pointer(self.document, ref)
            self._fill(node, target if isinstance(target, dict) else {})
            return node
        node = SchemaNode()
        if isinstance(raw, dict):
            self._fill(node, raw)
        return node

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
        if isinstance(raw.get("additionalProperties"), dict):
            node.additional = self.node(raw["additionalProperties"])
        node.variants = [self.node(v) for key in ("oneOf", "anyOf") for v in raw.get(key) or []]
        node.parts += [self.node(part) for part in raw.get("allOf") or []]


def _pointer(document: Json, ref: str) -> Json:
    node = document
    for raw in ref.removeprefix("#").split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
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

"""Schemas as the comparison sees them: one form for everything that can be written in more
than one way, so that rewriting a spec without changing its meaning compares as no change.

* ``$ref`` is replaced by the (shared) node it points to; recursive schemas become cycles
  of nodes, which the comparison walks with a guard;
* OpenAPI 3.0 ``nullable: true``, 3.1 ``type: [x, "null"]``, a ``null`` enum value and a
  ``{type: "null"}`` member of ``oneOf``/``anyOf`` all become ``Schema.nullable``;
* ``allOf`` is merged into one schema, and ``oneOf``/``anyOf`` with a single non-null
  member (``anyOf: [{$ref: X}, {type: "null"}]``) becomes that member;
* a schema that only wraps another one (``allOf: [{$ref: X}]`` plus a default, nullable or
  constraints of its own) keeps that other one as its :attr:`Schema.alias`;
* ``const`` is a one-value enum; a schema with properties but no type is an object;
  an absent ``additionalProperties`` is ``true``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from generator.diff.constraints import Constraints, merge_constraints

Json = Any
T = TypeVar("T")


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
    constraints: Constraints = field(default_factory=dict)
    """The keywords that restrict values beyond their type (:mod:`constraints`)."""
    properties: dict[str, SchemaNode] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: SchemaNode | None = None
    prefix_items: list[SchemaNode] = field(default_factory=list)
    additional: SchemaNode | bool | None = None
    """``additionalProperties``: a schema, ``true``/``false``, or None when not stated."""
    variants: list[SchemaNode] = field(default_factory=list)
    """``oneOf`` and ``anyOf`` members."""
    parts: list[SchemaNode] = field(default_factory=list)
    """``allOf`` members, merged by :func:`flatten`."""
    flat: Schema | None = field(default=None, repr=False)
    """:func:`flatten`'s result, kept so that every visit sees the same object."""


ANY = SchemaNode()
"""The schema every value matches: what a missing ``items`` or ``additionalProperties`` is."""


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
    constraints: Constraints
    properties: dict[str, SchemaNode]
    required: frozenset[str]
    items: SchemaNode | None
    prefix_items: list[SchemaNode]
    additional: SchemaNode | bool
    variants: list[SchemaNode]
    """The non-null ``oneOf``/``anyOf`` members (of the schema and of its ``allOf`` parts)."""
    alias: SchemaNode | None
    """The one schema this one only wraps (``allOf: [{$ref: X}], default: ...``), if any."""

    @property
    def label(self) -> str | None:
        """Return the component name of this schema, or of the schema it wraps."""
        if self.name is not None or self.alias is None:
            return self.name
        return flatten(self.alias).label

    def describe(self) -> str:
        """Return a short text naming the schema: its name, else its type and shape."""
        if self.label is not None:
            return self.label
        text = type_text(self.types)
        if self.format:
            text += f", {self.format}"
        if self.properties:
            text += " {" + ", ".join(sorted(self.properties)) + "}"
        return text


def canonical(value: Json) -> str:
    """Return ``value`` as canonical JSON text, to compare enum values and defaults."""
    return json.dumps(value, sort_keys=True, default=str)


def type_text(types: frozenset[str]) -> str:
    """Return ``string`` or ``integer | string``; ``any`` for no type."""
    return " | ".join(sorted(types)) if types else "any"


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
    own_shape = bool(
        node.types
        or node.properties
        or node.items
        or node.prefix_items
        or node.enum
        or node.format
        or node.additional is not None
    )
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
    merged_variants: list[SchemaNode] = []
    constraints: Constraints = {}
    for member in flat_members:
        _intersect(properties, member.properties)
        required |= member.required
        merged_variants += member.variants
        constraints = merge_constraints(constraints, member.constraints)
    _intersect(properties, node.properties)
    merged_variants += variants
    items = node.items or _first(member.items for member in flat_members)
    additional = _additional(node, flat_members)
    if not types and (properties or node.additional is not None):
        types = {"object"}
    elif not types and (items is not None or node.prefix_items):
        types = {"array"}
    enum = node.enum if node.enum is not None else _first(_enum(m) for m in flat_members)
    if enum is not None and None in enum:
        nullable = True
    alias = None
    if len(members) == 1 and not own_shape and not node.required and not variants:
        alias = members[0]  # {allOf: [$ref X], default: ...}: X with a few words of its own
    return Schema(
        name=node.name,
        types=frozenset(types),
        nullable=nullable,
        format=node.format or _first(member.format for member in flat_members),
        enum=None if enum is None else {canonical(v): v for v in enum if v is not None},
        default=node.default
        if not isinstance(node.default, Missing)
        else _first_default(flat_members),
        constraints=merge_constraints(constraints, node.constraints),
        properties=properties,
        required=frozenset(required & set(properties)) if properties else frozenset(required),
        items=items,
        prefix_items=node.prefix_items or _first_list(m.prefix_items for m in flat_members),
        additional=additional,
        variants=merged_variants,
        alias=alias,
    )


def _intersect(properties: dict[str, SchemaNode], more: dict[str, SchemaNode]) -> None:
    """Add ``more`` to ``properties``: a property both state must match both schemas (allOf
    members that describe one field twice each restrict it)."""
    for name, schema in more.items():
        known = properties.get(name)
        if known is None or _says_nothing(known):
            properties[name] = schema
        elif known is not schema and not _says_nothing(schema):
            properties[name] = SchemaNode(parts=[known, schema])


def _says_nothing(node: SchemaNode) -> bool:
    """Whether a schema restricts nothing (``{}``, or a description alone)."""
    empty = SchemaNode()
    return all(
        getattr(node, f.name) == getattr(empty, f.name)
        for f in fields(SchemaNode)
        if f.name != "flat"
    )


def _enum(schema: Schema) -> tuple[Json, ...] | None:
    return None if schema.enum is None else tuple(schema.enum.values())


def _first(values: Iterable[T | None]) -> T | None:
    for value in values:
        if value is not None:
            return value
    return None


def _first_list(values: Iterable[list[T]]) -> list[T]:
    return next((value for value in values if value), [])


def _additional(node: SchemaNode, members: list[Schema]) -> SchemaNode | bool:
    """Return the node's own ``additionalProperties``, else the first member's that is not
    ``true``; not stated anywhere is ``true`` (extra keys of any type allowed)."""
    if node.additional is not None:
        return node.additional
    return next((m.additional for m in members if m.additional is not True), True)


def _first_default(members: list[Schema]) -> Json:
    for member in members:
        if not isinstance(member.default, Missing):
            return member.default
    return MISSING

"""Compare two schemas field by field, recursively, from the client's side of the wire.

``side`` is ``"request"`` for values the client sends and ``"response"`` for values it
receives; the rule ids carry it, and :mod:`generator.diff.rules` decides what breaks.
"""

from __future__ import annotations

from typing import Literal

from generator.diff.constraints import Constraints, Direction, compare_constraints
from generator.diff.generated_names import argument_name, class_name, same_python_names
from generator.diff.rules import Change, change
from generator.diff.schemas import (
    ANY,
    MISSING,
    Json,
    Missing,
    Schema,
    SchemaNode,
    canonical,
    flatten,
    type_text,
)
from generator.diff.variants import match_variants

Side = Literal["request", "response"]


class SchemaComparer:
    """Compares schemas; remembers named-schema results so that shared schemas and
    recursive ones are walked once per side.

    The work is linear in the size of the documents: each pair of named schemas is
    compared once, and what it found is handed up as a list without repeats (a schema
    reached along two paths does not double what its parents return, level after level).
    """

    def __init__(self) -> None:
        self._done: dict[tuple[int, int, Side], list[Change]] = {}
        self._active: set[tuple[int, int, Side]] = set()
        self.work = 0
        """Calls of :meth:`compare` plus the changes they handed up: the cost that must grow
        linearly with the documents (a test counts it)."""

    def compare(self, old: SchemaNode, new: SchemaNode, side: Side, location: str) -> list[Change]:
        """Return the changes from ``old`` to ``new``, found at or under ``location``.

        Changes inside a named component schema are located in it (``Thing.size``), so
        the same change reached from several operations is one change.
        """
        found = _unique(
            _nullable(flatten(old), flatten(new), side, location)
            + self._located(old, new, side, location)
        )
        self.work += 1 + len(found)
        return found

    def _located(self, old: SchemaNode, new: SchemaNode, side: Side, location: str) -> list[Change]:
        """Return the changes other than nullability, located at the component schema when
        both sides are the same one (a $ref replaced by another schema is a change here)."""
        before, after = flatten(old), flatten(new)
        name = after.name if after.name == before.name else None
        key = (id(before), id(after), side)
        if key in self._active:  # a recursive schema: this pair is being compared already
            return []
        if name is not None and key in self._done:
            return self._done[key]
        self._active.add(key)
        try:
            content = _unique(self._content(old, new, side, name or location))
        finally:
            self._active.discard(key)
        if name is not None:
            self._done[key] = content
        return content

    def _content(self, old: SchemaNode, new: SchemaNode, side: Side, where: str) -> list[Change]:
        before, after = flatten(old), flatten(new)
        if before.alias is not None or after.alias is not None:
            was, now = _target(old), _target(new)
            if was is not None and now is not None and flatten(was).label == flatten(now).label:
                # A wrapper's own default or constraints are reported where it is used;
                # the wrapped schema's changes where it is defined, once.
                (old_default, old_constraints), (new_default, new_constraints) = (
                    _own(old),
                    _own(new),
                )
                changes = _default(old_default, new_default, side, where)
                changes += _constraints(old_constraints, new_constraints, side, where)
                return changes + self._located(was, now, side, where)
        if before.variants or after.variants:
            # A union compared member by member; a plain schema is a union of itself.
            changes = _default(before.default, after.default, side, where)
            changes += _constraints(before.constraints, after.constraints, side, where)
            return changes + self._variants(old, new, side, where)
        type_changes = _types(before.types, after.types, side, where)
        if any(c.rule.id.endswith("type-changed") for c in type_changes):
            return type_changes  # a different kind of value: its insides are not comparable
        changes = type_changes + _replaced(before, after, side, where)
        changes += _format(before, after, side, where)
        changes += _enum(before, after, side, where)
        changes += _default(before.default, after.default, side, where)
        changes += _constraints(before.constraints, after.constraints, side, where)
        changes += self._properties(before, after, side, where)
        changes += self._additional(before, after, side, where)
        changes += self._items(before, after, side, where)
        return changes

    def _properties(self, before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
        changes: list[Change] = []
        respelled = same_python_names(
            _only_in(before.properties, after.properties),
            _only_in(after.properties, before.properties),
            argument_name,
        )
        for name in _only_in(before.properties, after.properties):
            if name in respelled:
                changes += self._respelled(before, after, side, where, (name, respelled[name]))
                continue
            changes.append(change(f"{side}-property-removed", f"{where}.{name}", "field removed"))
        for name in _only_in(after.properties, before.properties):
            if name in respelled.values():
                continue
            required = name in after.required
            detail = f"{'required' if required else 'optional'} field added{_shape(after, name)}"
            if side == "response":
                rule = "response-property-added"
            else:
                rule = f"request-property-added-{'required' if required else 'optional'}"
            changes.append(change(rule, f"{where}.{name}", detail))
        for name in _common(before.properties, after.properties):
            location = f"{where}.{name}"
            was, now = name in before.required, name in after.required
            if was != now:
                became = "required" if now else "optional"
                changes.append(
                    change(f"{side}-property-became-{became}", location, f"became {became}")
                )
            changes += self.compare(before.properties[name], after.properties[name], side, location)
        return changes

    def _respelled(
        self, before: Schema, after: Schema, side: Side, where: str, names: tuple[str, str]
    ) -> list[Change]:
        """A field whose JSON name changed (``names``: old, new) but whose generated model
        field did not."""
        name, now = names
        location = f"{where}.{now}"
        detail = f"renamed from {name} to {now} (the generated field keeps its name)"
        changes = [change(f"{side}-property-respelled", location, detail)]
        was, is_now = name in before.required, now in after.required
        if was != is_now:
            became = "required" if is_now else "optional"
            changes.append(change(f"{side}-property-became-{became}", location, f"became {became}"))
        return changes + self.compare(
            before.properties[name], after.properties[now], side, location
        )

    def _additional(self, before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
        """Compare ``additionalProperties`` like a property: allowed or not, and its schema
        (an absent one, or ``true``, is a value of any type)."""
        if "object" not in before.types or "object" not in after.types:
            return []
        old, new = before.additional, after.additional
        if old is False and new is not False:
            return [change(f"{side}-additional-properties-added", where, "extra keys now allowed")]
        if new is False and old is not False:
            detail = "extra keys no longer allowed"
            return [change(f"{side}-additional-properties-removed", where, detail)]
        if old is False or new is False or (old is True and new is True):
            return []
        return self.compare(_schema(old), _schema(new), side, f"{where}{{}}")

    def _items(self, before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
        """Compare ``prefixItems`` position by position (a position one side does not list
        is governed by its ``items``) and ``items`` (absent is a value of any type; when one
        side allows no more items, ``items: false``, that constraint is the change)."""
        if "array" not in before.types or "array" not in after.types:
            return []
        changes: list[Change] = []
        for index in range(max(len(before.prefix_items), len(after.prefix_items))):
            changes += self.compare(
                _position(before, index), _position(after, index), side, f"{where}[{index}]"
            )
        closed = "items" in before.constraints or "items" in after.constraints
        if not closed and (before.items is not None or after.items is not None):
            changes += self.compare(before.items or ANY, after.items or ANY, side, f"{where}[]")
        return changes

    def _variants(self, old: SchemaNode, new: SchemaNode, side: Side, where: str) -> list[Change]:
        before, after = flatten(old).variants or [old], flatten(new).variants or [new]
        pairs, removed, added = match_variants(before, after)
        changes = [
            change(f"{side}-variant-removed", where, f"variant {flatten(v).describe()} removed")
            for v in removed
        ]
        changes += [
            change(f"{side}-variant-added", where, f"variant {flatten(v).describe()} added")
            for v in added
        ]
        for was, now in pairs:
            location = f"{where}<{flatten(now).describe()}>"
            if was is old or now is new:
                # The plain side stands in for its one variant; its nullability belongs to
                # the union, compared already.
                changes += self._located(was, now, side, location)
            else:
                changes += self.compare(was, now, side, location)
        return changes


def _unique(changes: list[Change]) -> list[Change]:
    """Return ``changes`` without repeats, in order."""
    return list(dict.fromkeys(changes))


def _target(node: SchemaNode) -> SchemaNode | None:
    """Return the schema ``node`` stands for: the one it wraps, itself when it is a
    component, None when it is an inline schema of its own."""
    schema = flatten(node)
    if schema.alias is not None:
        return schema.alias
    return node if schema.name is not None else None


def _own(node: SchemaNode) -> tuple[Json, Constraints]:
    """Return the default and constraints a wrapper states itself (none for a component)."""
    if flatten(node).alias is None:
        return MISSING, {}
    return node.default, node.constraints


def _schema(additional: SchemaNode | bool) -> SchemaNode:
    return additional if isinstance(additional, SchemaNode) else ANY


def _position(schema: Schema, index: int) -> SchemaNode:
    if index < len(schema.prefix_items):
        return schema.prefix_items[index]
    return schema.items or ANY


def _only_in(these: dict[str, SchemaNode], those: dict[str, SchemaNode]) -> list[str]:
    """Return the keys of ``these`` missing from ``those``, in document order."""
    return [key for key in these if key not in those]


def _common(these: dict[str, SchemaNode], those: dict[str, SchemaNode]) -> list[str]:
    return [key for key in these if key in those]


def _nullable(before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
    if before.nullable == after.nullable:
        return []
    if after.nullable:
        return [change(f"{side}-became-nullable", where, "null is now allowed")]
    return [change(f"{side}-became-non-nullable", where, "null is no longer allowed")]


def _accepts(types: frozenset[str], other: frozenset[str]) -> bool:
    """Whether every value of the types ``other`` is a value of ``types`` (both typed)."""
    return all(t in types or (t == "integer" and "number" in types) for t in other)


def _types(before: frozenset[str], after: frozenset[str], side: Side, where: str) -> list[Change]:
    if before == after:
        return []
    detail = f"type {type_text(before)} → {type_text(after)}"
    if not before:
        return [change(f"{side}-type-added", where, detail)]
    if not after:
        return [change(f"{side}-type-removed", where, detail)]
    if _accepts(after, before):
        return [change(f"{side}-type-widened", where, detail)]
    if _accepts(before, after):
        return [change(f"{side}-type-narrowed", where, detail)]
    return [change(f"{side}-type-changed", where, detail)]


def _replaced(before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
    """A component that becomes another schema: a new generated class, whatever its fields."""
    is_class = "object" in before.types or before.enum is not None
    if before.label is None or before.label == after.label or not is_class:
        return []
    if after.label is not None and class_name(before.label) == class_name(after.label):
        detail = f"schema {before.label} → {after.label} (the generated class keeps its name)"
        return [change(f"{side}-model-respelled", where, detail)]
    detail = f"schema {before.label} → {after.label or 'an inline schema'}"
    return [change(f"{side}-model-replaced", where, detail)]


def _format(before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
    if before.format == after.format:
        return []
    detail = f"format {before.format or '(none)'} → {after.format or '(none)'}"
    return [change(f"{side}-format-changed", where, detail)]


def _enum(before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
    if before.enum is None and after.enum is None:
        return []
    if before.enum is None:
        assert after.enum is not None
        values = ", ".join(_value(v) for v in after.enum.values())
        return [change(f"{side}-enum-added", where, f"restricted to {values}")]
    if after.enum is None:
        return [change(f"{side}-enum-removed", where, "no longer restricted to an enum")]
    changes = [
        change(f"{side}-enum-value-removed", where, f"enum value {_value(value)} removed")
        for key, value in before.enum.items()
        if key not in after.enum
    ]
    changes += [
        change(f"{side}-enum-value-added", where, f"enum value {_value(value)} added")
        for key, value in after.enum.items()
        if key not in before.enum
    ]
    return changes


def _default(old: Json, new: Json, side: Side, where: str) -> list[Change]:
    if isinstance(old, Missing) and isinstance(new, Missing):
        return []
    if not isinstance(old, Missing) and not isinstance(new, Missing):
        if canonical(old) == canonical(new):
            return []
        detail, kind = f"default {_value(old)} → {_value(new)}", "changed"
    elif isinstance(old, Missing):
        detail, kind = f"default {_value(new)} added", "added"
    else:
        detail, kind = f"default {_value(old)} removed", "removed"
    if side == "response":
        return [change("response-default-changed", where, detail)]
    return [change(f"request-default-{kind}", where, detail)]


def _constraints(old: Constraints, new: Constraints, side: Side, where: str) -> list[Change]:
    changes = []
    for found in compare_constraints(old, new):
        if side == "response":
            rule = "response-constraint-changed"
        elif found.direction is Direction.LOOSENED:
            rule = "request-constraint-loosened"
        else:  # a change of unknown direction may reject what was accepted
            rule = "request-constraint-tightened"
        changes.append(change(rule, where, found.detail))
    return changes


def _shape(schema: Schema, name: str) -> str:
    """Return `` (type)`` for a newly added property, to make the report readable."""
    added = flatten(schema.properties[name])
    if added.label:
        return f" ({added.label})"
    text = type_text(added.types)
    if added.format:
        text += f", {added.format}"
    return f" ({text})" if added.types else ""


def _value(value: object) -> str:
    return f"`{canonical(value)}`" if value is not MISSING else "(none)"

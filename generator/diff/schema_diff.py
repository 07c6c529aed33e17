"""Compare two schemas field by field, recursively, from the client's side of the wire.

``side`` is ``"request"`` for values the client sends and ``"response"`` for values it
receives; the rule ids carry it, and :mod:`generator.diff.rules` decides what breaks.
"""

from __future__ import annotations

from typing import Literal

from generator.diff.model import MISSING, Missing, Schema, SchemaNode, canonical, flatten
from generator.diff.rules import Change, change

Side = Literal["request", "response"]


class SchemaComparer:
    """Compares schemas; remembers named-schema results so that shared schemas and
    recursive ones are walked once per side."""

    def __init__(self) -> None:
        self._done: dict[tuple[int, int, Side], list[Change]] = {}
        self._active: set[tuple[int, int, Side]] = set()

    def compare(self, old: SchemaNode, new: SchemaNode, side: Side, location: str) -> list[Change]:
        """Return the changes from ``old`` to ``new``, found at or under ``location``.

        Changes inside a named component schema are located in it (``Thing.size``), so
        the same change reached from several operations is one change.
        """
        before, after = flatten(old), flatten(new)
        changes = _nullable(before, after, side, location)
        # Only the same named schema on both sides is "that schema"; a $ref replaced by
        # another schema or an inline one is a change at this place.
        name = after.name if after.name == before.name else None
        key = (id(before), id(after), side)
        if key in self._active:  # a recursive schema: this pair is being compared already
            return changes
        if name is not None and key in self._done:
            return changes + self._done[key]
        self._active.add(key)
        try:
            content = self._content(before, after, side, name or location)
        finally:
            self._active.discard(key)
        if name is not None:
            self._done[key] = content
        return changes + content

    def _content(self, before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
        type_changes = _types(before.types, after.types, side, where)
        if any(c.rule.id.endswith("type-changed") for c in type_changes):
            return type_changes  # a different kind of value: its insides are not comparable
        changes = type_changes + _format(before, after, side, where)
        changes += _enum(before, after, side, where)
        changes += _default(before, after, side, where)
        changes += self._properties(before, after, side, where)
        if before.items is not None and after.items is not None:
            changes += self.compare(before.items, after.items, side, f"{where}[]")
        if before.additional is not None and after.additional is not None:
            changes += self.compare(before.additional, after.additional, side, f"{where}{{}}")
        changes += self._variants(before, after, side, where)
        return changes

    def _properties(self, before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
        changes: list[Change] = []
        for name in _only_in(before.properties, after.properties):
            changes.append(change(f"{side}-property-removed", f"{where}.{name}", "field removed"))
        for name in _only_in(after.properties, before.properties):
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

    def _variants(self, before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
        changes: list[Change] = []
        for label in _only_in(before.variants, after.variants):
            changes.append(change(f"{side}-variant-removed", where, f"variant {label} removed"))
        for label in _only_in(after.variants, before.variants):
            changes.append(change(f"{side}-variant-added", where, f"variant {label} added"))
        for label in _common(before.variants, after.variants):
            changes += self.compare(
                before.variants[label], after.variants[label], side, f"{where}<{label}>"
            )
        return changes


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
    """Whether every value of the types ``other`` is a value of ``types`` (empty is any)."""
    if not types:
        return True
    if not other:
        return False
    return all(t in types or (t == "integer" and "number" in types) for t in other)


def _types(before: frozenset[str], after: frozenset[str], side: Side, where: str) -> list[Change]:
    if before == after:
        return []
    detail = f"type {_type_text(before)} → {_type_text(after)}"
    if _accepts(after, before):
        return [change(f"{side}-type-widened", where, detail)]
    if _accepts(before, after):
        return [change(f"{side}-type-narrowed", where, detail)]
    return [change(f"{side}-type-changed", where, detail)]


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


def _default(before: Schema, after: Schema, side: Side, where: str) -> list[Change]:
    old, new = before.default, after.default
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


def _shape(schema: Schema, name: str) -> str:
    """Return `` (type)`` for a newly added property, to make the report readable."""
    added = flatten(schema.properties[name])
    if added.name:
        return f" ({added.name})"
    text = _type_text(added.types)
    if added.format:
        text += f", {added.format}"
    return f" ({text})" if added.types else ""


def _type_text(types: frozenset[str]) -> str:
    return " | ".join(sorted(types)) if types else "any"


def _value(value: object) -> str:
    return f"`{canonical(value)}`" if value is not MISSING else "(none)"

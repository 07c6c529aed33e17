"""Which ``oneOf``/``anyOf`` members of two versions of a schema are the same member.

Members are matched by what they are, never by their position: first by the component
they refer to, then by identical structure, then by JSON type, each only where the match is
unambiguous. Whatever is left over was removed or added.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.diff.schemas import SchemaNode, canonical, flatten

Key = Callable[[SchemaNode], str | None]


def match_variants(
    old: list[SchemaNode], new: list[SchemaNode]
) -> tuple[list[tuple[SchemaNode, SchemaNode]], list[SchemaNode], list[SchemaNode]]:
    """Return the matched ``(old, new)`` pairs, the old members left over (removed) and
    the new ones left over (added)."""
    left, right = list(old), list(new)
    pairs: list[tuple[SchemaNode, SchemaNode]] = []
    for key in (_name, _structure, _types):
        for member in list(left):
            value = key(member)
            if value is None:
                continue
            same_old = [m for m in left if key(m) == value]
            same_new = [m for m in right if key(m) == value]
            if len(same_old) == 1 and len(same_new) == 1:
                pairs.append((member, same_new[0]))
                left.remove(member)
                right.remove(same_new[0])
    return pairs, left, right


def _name(member: SchemaNode) -> str | None:
    return flatten(member).label


def _structure(member: SchemaNode) -> str | None:
    schema = flatten(member)
    items = None if schema.items is None else flatten(schema.items).describe()
    return canonical(
        [
            sorted(schema.types),
            schema.format,
            sorted(schema.enum or {}),
            sorted(schema.properties),
            sorted(schema.required),
            items,
        ]
    )


def _types(member: SchemaNode) -> str | None:
    types = flatten(member).types
    return " | ".join(sorted(types)) if types else None

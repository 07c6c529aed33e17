"""A document's ``$ref`` graph, checked before any tool follows it.

Validation, generation and the diff all follow references by recursion. Two shapes of
references make that recursion endless or too deep, and a document of a few hundred bytes can
have either; both are refused here, naming the references:

- a **cycle** through ``$ref`` and ``allOf`` only (``A: {$ref: B}``, ``B: {allOf: [$ref: A]}``):
  it defines nothing (:func:`ref_cycle`; the diff refuses it too, for documents compared in
  memory). A cycle through a property or an item is a recursive schema (a tree), and fine;
- schemas nested, through chains of references, deeper than :data:`MAX_REF_DEPTH` levels
  (each ``$ref`` followed counts as one level): the tools' recursion would overflow.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.reader import escape

MAX_REF_DEPTH = 256
"""Levels of nesting, references followed, at most. The deepest document of the third-party
corpus reaches 65; validation, generation and the diff were run at this limit on the shapes
that cost them most (chains of arrays, objects, allOf, oneOf), and the array chain overflows
their recursion at about twice it."""

MISSING = object()
"""What :func:`node_at` returns for a pointer that points to nothing."""


def iter_refs(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(pointer of the $ref, its value)`` for every string ``$ref`` under ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield f"{pointer}/$ref", ref
        for key, value in node.items():
            yield from iter_refs(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_refs(item, f"{pointer}/{index}")


def holds_ref(value: Any) -> bool:
    """Whether a ``$ref`` key is anywhere in ``value`` (data that tools would follow)."""
    if isinstance(value, dict):
        return "$ref" in value or any(holds_ref(item) for item in value.values())
    return isinstance(value, list) and any(holds_ref(item) for item in value)


def node_at(document: Any, pointer: str) -> Any:
    """Return what the JSON pointer ``pointer`` (``/a/b``) points to; :data:`MISSING` if none."""
    node = document
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return MISSING
    return node


def ref_cycle(document: Any) -> list[str] | None:
    """Return the first cycle of local references that never says what its members are,
    as the list of references from one back to itself, or None.

    Such a cycle is each member only a ``$ref`` to the next, or an ``allOf`` of it
    (``A: {$ref: B}``, ``B: {allOf: [{$ref: A}]}``). A recursive schema whose cycle passes
    through ``properties``, ``items`` or a union (a tree, a linked list) is not one.
    """
    edges: dict[str, list[str]] = {}
    for ref in sorted({ref for _, ref in iter_refs(document) if ref.startswith("#/")}):
        target = node_at(document, ref[1:])
        if target is not MISSING:
            edges[ref] = _defined_by(target)
    done: set[str] = set()
    for start in edges:
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            ref, index = stack.pop()
            if index == 0:
                if ref in done:
                    continue
                if ref in path:
                    return [*path[path.index(ref) :], ref]
                path.append(ref)
            following = edges.get(ref, [])
            if index < len(following):
                stack += [(ref, index + 1), (following[index], 0)]
            else:
                path.pop()
                done.add(ref)
    return None


def cycle_text(cycle: list[str]) -> str:
    """Return the message naming a cycle of references."""
    return f"$ref cycle {' → '.join(cycle)} (each only refers to the next: none says what it is)"


def _defined_by(target: Any) -> list[str]:
    """Return the references that alone say what ``target`` is: its own ``$ref`` and those
    of its ``allOf`` members, an inline member's own ``allOf`` included."""
    if not isinstance(target, dict):
        return []
    refs = []
    pending = [target]
    while pending:
        member = pending.pop()
        ref = member.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            refs.append(ref)
        members = member.get("allOf")
        if isinstance(members, list):
            pending += [m for m in reversed(members) if isinstance(m, dict)]
    return refs


class _TooDeep(Exception):
    def __init__(self, chain: list[str]) -> None:
        self.chain = chain


def reference_depth(document: Any) -> tuple[str, str] | None:
    """Return ``(pointer, message)`` when ``document`` nests deeper than
    :data:`MAX_REF_DEPTH` levels with its references followed; None otherwise.

    Each node is measured once; a reference back into a chain being measured (a recursive
    schema) counts as nothing, as the tools stop there too.
    """
    heights: dict[int, int] = {}
    """id() of a mapping or list (all alive in ``document``) → levels below it."""
    following: list[str] = []

    def height(node: Any, level: int) -> int:
        if level > MAX_REF_DEPTH:
            raise _TooDeep(list(following))
        known = heights.get(id(node))
        if known is not None:
            if level + known > MAX_REF_DEPTH:
                raise _TooDeep(list(following))
            return known
        below = 0
        children = node.values() if isinstance(node, dict) else node
        for child in children:
            if isinstance(child, dict | list):
                below = max(below, 1 + height(child, level + 1))
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref.startswith("#/") and ref[1:] not in following:
            target = node_at(document, ref[1:])
            if isinstance(target, dict | list):
                following.append(ref[1:])
                below = max(below, 1 + height(target, level + 1))
                following.pop()
        heights[id(node)] = below
        return below

    try:
        height(document, 0)
    except _TooDeep as err:
        shown = [f"#{p}" for p in err.chain]
        if len(shown) > 4:
            shown = [*shown[:2], f"({len(shown) - 4} more)", *shown[-2:]]
        return (
            err.chain[0] if err.chain else "",
            f"nested deeper than {MAX_REF_DEPTH} levels through the references "
            f"{' -> '.join(shown) or '(none)'}; not followed further",
        )
    return None

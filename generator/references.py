"""A document's ``$ref`` graph, checked before any tool follows it.

Validation, generation and the diff all follow references by recursion. Two shapes of
references make that recursion endless or too deep, and a document of a few hundred bytes can
have either; both are refused here, naming the references:

- a **cycle** through ``$ref`` and ``allOf`` only (``A: {$ref: B}``, ``B: {allOf: [$ref: A]}``):
  it defines nothing. A cycle through a property or an item is a recursive schema (a tree),
  and fine;
- schemas nested, through chains of references, deeper than :data:`MAX_REF_DEPTH` levels
  (each ``$ref`` followed counts as one level): the tools' recursion would overflow.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.parse import escape

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


def reference_cycles(document: Any) -> list[tuple[str, str]]:
    """Return ``(pointer, message)`` for each cycle of ``$ref`` and ``allOf`` in ``document``."""
    finished: set[str] = set()
    reported: set[frozenset[str]] = set()
    problems = []
    for site, _ in iter_refs(document):
        start = site.removesuffix("/$ref")
        if start in finished:
            continue
        chain = [(start, False)]  # (pointer, entered through a $ref), depth first
        position = {start: 0}
        pending = [iter(_composed(document, start))]
        while pending:
            step = next(pending[-1], None)
            if step is None:
                done, _ = chain.pop()
                del position[done]
                finished.add(done)
                pending.pop()
                continue
            pointer = step[0]
            if pointer in position:
                cycle = [*chain[position[pointer] :], step]
                key = frozenset(p for p, _ in cycle)
                if key not in reported:
                    reported.add(key)
                    names = [f"#{p}" for p, by_ref in cycle[1:] if by_ref]
                    names.append(names[0])
                    problems.append(
                        (
                            cycle[0][0],
                            f"$ref cycle {' -> '.join(names)}: with only $ref and allOf on the "
                            "way, nothing defines these schemas (a recursive schema needs a "
                            "property or an item in its cycle)",
                        )
                    )
            elif pointer not in finished:
                position[pointer] = len(chain)
                chain.append(step)
                pending.append(iter(_composed(document, pointer)))
    return problems


def _composed(document: Any, pointer: str) -> list[tuple[str, bool]]:
    """Return what the object at ``pointer`` is made of whole: the target of its ``$ref``
    and its ``allOf`` members, each with whether it is reached through a ``$ref``."""
    node = node_at(document, pointer)
    if not isinstance(node, dict):
        return []
    parts = []
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/") and node_at(document, ref[1:]) is not MISSING:
        parts.append((ref[1:], True))
    members = node.get("allOf")
    if isinstance(members, list):
        parts += [(f"{pointer}/allOf/{index}", False) for index in range(len(members))]
    return parts


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

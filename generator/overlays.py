"""Apply OpenAPI Overlay 1.0 documents: our deliberate, reviewable deviations from upstream."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from generator.reader import parse_file


class OverlayError(Exception):
    """An overlay that cannot be read or applied; the message names the action and target."""


def load_overlay(path: Path) -> dict[str, Any]:
    """Return the overlay document at ``path`` after checking its shape.

    Raises :class:`SpecError` (file and line) for a file generator/reader.py refuses, and
    :class:`OverlayError` for a document that is not an overlay.
    """
    overlay = parse_file(path).data
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an OpenAPI Overlay 1.x document (missing 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs a non-empty 'actions' list")
    return overlay


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``document`` with every action of ``overlay`` applied in order.

    An action whose target selects nothing is an error: an overlay that silently stops
    applying after an upstream change would hide the deviation it exists to express.
    """
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay["actions"]):
        target = action.get("target") if isinstance(action, dict) else None
        label = f"actions[{index}] (target {target!r})"
        if not isinstance(target, str):
            raise OverlayError(f"actions[{index}] has no 'target' JSONPath")
        try:
            nodes = list(jsonpath_rfc9535.find(target, result))
        except jsonpath_rfc9535.JSONPathError as err:
            raise OverlayError(f"{label}: invalid JSONPath: {err}") from err
        if not nodes:
            raise OverlayError(f"{label}: the target selects nothing in the document")
        if action.get("remove") is True:
            # Remove from the end so earlier array indexes stay valid.
            for node in sorted(nodes, key=lambda n: n.location, reverse=True):
                parent = _resolve(result, node.location[:-1])
                del parent[node.location[-1]]
        elif "update" in action:
            for node in nodes:
                _update(node.value, action["update"], label)
        else:
            raise OverlayError(f"{label}: an action needs 'update' or 'remove: true'")
    return result


def _resolve(document: Any, location: tuple[str | int, ...]) -> Any:
    node = document
    for part in location:
        node = node[part]
    return node


def _update(target: Any, update: Any, label: str) -> None:
    if isinstance(target, list):
        target.append(copy.deepcopy(update))
    elif isinstance(target, dict) and isinstance(update, dict):
        _merge(target, update)
    else:
        raise OverlayError(f"{label}: 'update' needs the target to be an object or an array")


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)

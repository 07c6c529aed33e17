"""Paths that differ only in their parameter names: every pair of them, in both orders, is
kept apart, matched properly, and never drops an operation."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from generator.diff.model import path_parameters
from generator.diff.spec_diff import diff_documents

NAMES = ("id", "name", "thing_id")
# One template spelled with every pair of distinct parameter names.
PATHS = [f"/orgs/{{{a}}}/things/{{{b}}}" for a in NAMES for b in NAMES if a != b]
PAIRS = list(itertools.permutations(PATHS, 2))


def _operation(path: str, operation_id: str | None) -> dict[str, Any]:
    parameters = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in path_parameters(path)
    ]
    operation: dict[str, Any] = {
        "parameters": parameters,
        "responses": {"204": {"description": "Done"}},
    }
    if operation_id is not None:
        operation["operationId"] = operation_id
    return operation


def _document(*paths: tuple[str, str | None]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Paths", "version": "1"},
        "paths": {path: {"get": _operation(path, operation_id)} for path, operation_id in paths},
    }


def _rules(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((c.rule.id, c.location) for c in diff_documents(before, after))


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_both_paths_are_kept_whatever_their_order(first: str, second: str) -> None:
    both = _document((first, "first"), (second, "second"))
    reordered = _document((second, "second"), (first, "first"))
    assert _rules(both, reordered) == []
    assert _rules(both, _document((first, "first"))) == [("operation-removed", f"GET {second}")]
    assert _rules(_document((second, "second")), both) == [("operation-added", f"GET {first}")]


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_a_renamed_template_is_one_operation_with_renamed_parameters(
    first: str, second: str
) -> None:
    """Matched by operationId next to another same-template path, and alone without one."""
    names = zip(path_parameters(first), path_parameters(second), strict=True)
    expected = sorted(
        ("parameter-renamed", f"GET {second} (path parameter {new})")
        for old, new in names
        if old != new
    )
    assert _rules(_document((first, None)), _document((second, None))) == expected
    others = [path for path in PATHS if path not in (first, second)]
    for other in others:
        before = _document((first, "moved"), (other, "stays"))
        after = _document((other, "stays"), (second, "moved"))
        assert _rules(before, after) == expected

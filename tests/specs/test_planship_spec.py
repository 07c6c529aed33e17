"""Checks for the Planship API OpenAPI document reconstructed from its reference docs.

The docs were rendered from the original document by essentials-openapi's MKDOCS view, so the
strongest check is to render ``specs/planship.yaml`` the same way and compare the page text.
"""

from __future__ import annotations

import difflib
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapidocs.mk.v3 import OpenAPIV3DocumentationHandler

from generator.rendered_docs import (
    RenderedPage,
    captured_page_text,
    comparable,
    mkdocs_page_text,
)
from generator.specs import iter_operations

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "planship.yaml"
SOURCE = ROOT / "specs" / "sources" / "planship-reference-docs.txt"

EXPECTED_OPERATIONS = 26
EXPECTED_PATHS = 22
EXPECTED_SCHEMAS = 28
DIFF_LINES = 60


@cache
def _load() -> dict[str, Any]:
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(doc, dict), f"{SPEC.name} should parse to a mapping"
    return doc


@cache
def _rendered() -> RenderedPage:
    handler = OpenAPIV3DocumentationHandler(_load(), style="MKDOCS")
    return mkdocs_page_text(str(handler.write()))


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return list(iter_operations(doc))


def test_validates_as_openapi_30() -> None:
    validate(_load())


def test_openapi_version() -> None:
    assert _load().get("openapi") == "3.0.2"


def test_counts() -> None:
    doc = _load()
    assert len(_operations(doc)) == EXPECTED_OPERATIONS
    assert len(doc["paths"]) == EXPECTED_PATHS
    assert len(doc["components"]["schemas"]) == EXPECTED_SCHEMAS


def test_operation_ids_unique_and_derived_from_summaries() -> None:
    operations = _operations(_load())
    ids = [str(op.get("operationId")) for _, _, op in operations]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate operationIds: {duplicates}"
    for path, method, op in operations:
        expected = re.sub(r"[^0-9a-z]+", "_", str(op["summary"]).lower()).strip("_")
        assert op["operationId"] == expected, f"{method.upper()} {path}"


def test_rendering_matches_reference_docs() -> None:
    rendered = comparable(_rendered().lines)
    source = comparable(captured_page_text(SOURCE.read_text(encoding="utf-8")))
    if rendered == source:
        return
    diff = list(
        difflib.unified_diff(source, rendered, SOURCE.name, f"{SPEC.name} rendered", lineterm="")
    )
    shown = "\n".join(diff[:DIFF_LINES])
    more = f"\n... {len(diff) - DIFF_LINES} more diff lines" if len(diff) > DIFF_LINES else ""
    raise AssertionError(f"rendered {SPEC.name} differs from {SOURCE.name}:\n{shown}{more}")


def test_set_aside_schema_descriptions_are_shown_in_the_docs() -> None:
    """The 1.4.0-only Description column may be dropped only because its cells are in the docs."""
    source = SOURCE.read_text(encoding="utf-8")
    missing = [
        text for text in _rendered().schema_descriptions if f'"description": "{text}"' not in source
    ]
    assert not missing, f"schema-table descriptions not in the docs: {missing}"

"""Checks for the restored PlanetScale Platform API OpenAPI document.

The restoration checks hold while the config says the spec was made from the flattened copy
(``upstream.made_from``); once ``make update`` adopts upstream's own file, the spec is that
file verbatim, which tests/specs/test_upstream.py checks by its digest.
"""

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from generator.registry import get_client
from generator.specs import iter_operations

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "planetscale.yaml"
SOURCE = ROOT / "specs" / "sources" / "planetscale-flattened.txt"
_UPSTREAM = get_client("planetscale").upstream
restored = pytest.mark.skipif(
    _UPSTREAM is None or _UPSTREAM.made_from != SOURCE,
    reason="planetscale.yaml is upstream's own file now, not the restoration of "
    f"{SOURCE.name}; tests/specs/test_upstream.py checks it by digest",
)

EXPECTED_OPERATIONS = 60
CONTEXT = 80


@cache
def _load() -> Any:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return list(iter_operations(doc))


@restored
def test_whitespace_collapse_matches_source() -> None:
    restored = " ".join(SPEC.read_text(encoding="utf-8").split())
    source = SOURCE.read_text(encoding="utf-8")
    if restored == source:
        return
    offset = next(
        (i for i, (a, b) in enumerate(zip(restored, source, strict=False)) if a != b),
        min(len(restored), len(source)),
    )
    start = max(0, offset - CONTEXT // 2)
    end = offset + CONTEXT // 2
    raise AssertionError(
        f"collapsed {SPEC.name} differs from {SOURCE.name} at offset {offset} "
        f"(lengths {len(restored)} vs {len(source)}):\n"
        f"  restored: {restored[start:end]!r}\n"
        f"  source:   {source[start:end]!r}"
    )


def test_parses_to_mapping() -> None:
    doc = _load()
    assert isinstance(doc, dict), f"{SPEC.name} should parse to a mapping, got {type(doc).__name__}"


def test_validates_as_openapi_31() -> None:
    doc = _load()
    assert isinstance(doc, dict), f"{SPEC.name} did not parse to a mapping"
    validate(doc)


def test_openapi_version() -> None:
    doc = _load()
    assert isinstance(doc, dict), f"{SPEC.name} did not parse to a mapping"
    assert doc.get("openapi") == "3.1.0", f"expected openapi 3.1.0, got {doc.get('openapi')!r}"


@restored
def test_operation_count() -> None:
    doc = _load()
    assert isinstance(doc, dict), f"{SPEC.name} did not parse to a mapping"
    operations = _operations(doc)
    assert len(operations) == EXPECTED_OPERATIONS, (
        f"expected {EXPECTED_OPERATIONS} operations, found {len(operations)}: "
        f"{[f'{method.upper()} {path}' for path, method, _ in operations]}"
    )


def test_operation_ids_unique() -> None:
    doc = _load()
    assert isinstance(doc, dict), f"{SPEC.name} did not parse to a mapping"
    operations = _operations(doc)
    missing = [
        f"{method.upper()} {path}" for path, method, op in operations if "operationId" not in op
    ]
    assert not missing, f"operations without operationId: {missing}"
    ids = [str(op["operationId"]) for _, _, op in operations]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate operationIds: {duplicates}"

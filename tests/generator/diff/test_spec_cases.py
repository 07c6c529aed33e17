"""Spec edits from ``cases.yaml``: each is classified exactly as the case says."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff.rules import RULES
from generator.diff.spec_diff import GLOBAL_SECURITY, diff_documents
from generator.specs import Spec, validate_spec

CASES_FILE = Path(__file__).resolve().parent / "cases.yaml"
CASES: dict[str, Any] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))


def merged(base: Any, fragment: Any) -> Any:
    """Return ``base`` with ``fragment`` merged in (null deletes a key, lists replace)."""
    if not isinstance(fragment, dict):
        return copy.deepcopy(fragment)
    result = copy.deepcopy(base) if isinstance(base, dict) else {}
    for key, value in fragment.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merged(result.get(key), value)
    return result


_VALID: set[str] = set()


def documents(case: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the before and after documents of ``case``, each checked to be valid OpenAPI
    (so that no case tests something a real spec cannot say)."""
    pair = []
    for side in ("before", "after"):
        document = merged(CASES["base"], case.get(side) or {})
        key = json.dumps(document, sort_keys=True)
        if key not in _VALID:  # the validator is slow; most "before"s are the base itself
            validate_spec(Spec(CASES_FILE, document))
            _VALID.add(key)
        pair.append(document)
    return pair[0], pair[1]


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["kind"] for c in CASES["cases"]])
def test_case_is_classified_as_expected(case: dict[str, Any]) -> None:
    before, after = documents(case)
    changes = diff_documents(before, after)
    found = sorted((change.rule.id, change.breaking) for change in changes)
    assert found == sorted((rule, breaking) for rule, breaking, *_ in case["expect"])
    located = {(change.rule.id, change.location) for change in changes}
    for rule, _, *where in case["expect"]:
        assert not where or (rule, where[0]) in located, f"{rule} not at {where[0]}: {located}"


def test_every_case_says_why_its_verdict_is_what_it_is() -> None:
    assert [case["kind"] for case in CASES["cases"] if not case.get("why")] == []


def test_there_are_at_least_30_kinds_of_edit_and_every_spec_rule_has_one() -> None:
    kinds = [case["kind"] for case in CASES["cases"]]
    assert len(set(kinds)) == len(kinds) >= 30
    expected = {rule for case in CASES["cases"] for rule, *_ in case["expect"]}
    spec_rules = {r.id for r in RULES if r.area not in ("package", "client")}
    assert spec_rules - expected == set(), "rules without a case in cases.yaml"


def test_both_nullable_forms_are_covered_in_each_direction() -> None:
    kinds = " / ".join(case["kind"] for case in CASES["cases"])
    for form in ("(3.0 nullable)", "(3.1 type array)"):
        assert f"response field became nullable {form}" in kinds
        assert f"request field became nullable {form}" in kinds
        assert f"response field no longer nullable {form}" in kinds


def test_a_shared_schema_change_is_one_change_naming_every_operation() -> None:
    before, after = documents(
        {
            "after": {
                "components": {"schemas": {"Thing": {"properties": {"colour": {"type": "string"}}}}}
            }
        }
    )
    [change] = diff_documents(before, after)
    assert change.location == "Thing.colour"
    assert change.detail == "optional field added (string)"
    assert change.operations == ("GET /things", "POST /things", "GET /things/{thing_id}")


def test_locations_name_the_parameter_the_body_and_the_global_security() -> None:
    before, after = documents(
        {
            "before": {
                "components": {
                    "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
                }
            },
            "after": {
                "security": [{"key": []}],
                "components": {
                    "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
                },
                "paths": {
                    "/things": {
                        "get": {
                            "parameters": [
                                {"name": "limit", "in": "query", "schema": {"type": "string"}}
                            ]
                        },
                        "post": {
                            "requestBody": {
                                "content": {
                                    "application/json": {"schema": {"$ref": None, "type": "string"}}
                                }
                            }
                        },
                    },
                },
            },
        }
    )
    found = {(c.rule.id, c.location, c.detail) for c in diff_documents(before, after)}
    assert found == {
        ("request-type-changed", "GET /things (query parameter limit)", "type integer → string"),
        ("request-type-changed", "POST /things request body", "type object → string"),
        ("security-requirement-changed", GLOBAL_SECURITY, "bearer → key"),
        (
            "security-scheme-no-longer-used",
            "security scheme bearer",
            "no operation asks for it any more",
        ),
    }


def test_enum_changes_name_each_value() -> None:
    before, after = documents(
        {
            "after": {
                "components": {
                    "schemas": {
                        "Thing": {
                            "properties": {"state": {"enum": ["ready", "archived", "deleted"]}}
                        }
                    }
                }
            }
        }
    )
    found = sorted((c.rule.id, c.detail) for c in diff_documents(before, after))
    assert found == [
        ("response-enum-value-added", 'enum value `"archived"` added'),
        ("response-enum-value-added", 'enum value `"deleted"` added'),
        ("response-enum-value-removed", 'enum value `"sleeping"` removed'),
    ]

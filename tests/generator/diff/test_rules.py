"""The rules table: one source of truth, documented verbatim in the README."""

from __future__ import annotations

import re

import pytest

from generator.diff.rules import README, RULES, RULES_BY_ID, change, readme_table, rules_table

AREAS = {"client", "operation", "parameter", "request", "response", "security", "server", "package"}


def test_readme_table_is_generated_from_the_rules() -> None:
    assert readme_table(README.read_text(encoding="utf-8")) == rules_table(), (
        "generator/diff/README.md is stale: run python -m generator.diff.rules"
    )


def test_rule_ids_are_unique_kebab_case_and_areas_known() -> None:
    assert len(RULES_BY_ID) == len(RULES)
    assert [r.id for r in RULES if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.id)] == []
    assert {r.area for r in RULES} == AREAS
    assert [r.id for r in RULES if not (r.what and r.why)] == []


def test_the_issue_examples_are_classified_as_stated() -> None:
    """The examples of the issue, as rule verdicts."""
    expected = {
        "parameter-added-required": True,
        "request-property-added-required": True,
        "parameter-added-optional": False,
        "request-property-added-optional": False,
        "request-enum-value-removed": True,
        "request-enum-value-added": False,
        "response-enum-value-added": False,
        "response-property-removed": True,
        "request-type-narrowed": True,
        "response-type-widened": True,
        "request-property-became-required": True,
        "response-property-became-optional": True,
        "response-became-nullable": True,
        "operation-removed": True,
        "response-success-status-removed": True,
        "response-success-status-added": True,
        "server-changed": False,
        "security-scheme-changed": True,
    }
    assert {rule_id: RULES_BY_ID[rule_id].breaking for rule_id in expected} == expected


def test_a_change_takes_its_verdict_from_its_rule_and_unknown_ids_fail() -> None:
    found = change("response-enum-value-added", "Thing.state", 'enum value `"x"` added')
    assert (found.breaking, found.rule.area) == (False, "response")
    with pytest.raises(KeyError):
        change("no-such-rule", "x", "y")

"""make test API=<name>: pytest's ``--api`` keeps that client's own tests (its folder, and the
snapshot, mypy, packaging, all-operations, contract and fault tests run for it) and no other
client's; collecting with it never finds nothing."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from generator.registry import CLIENTS, ROOT

pytestmark = pytest.mark.slow

CHOSEN = CLIENTS[0]


def _collect(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_selection_holds_the_clients_own_tests_and_no_other_clients() -> None:
    result = _collect("--api", CHOSEN.name)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    selected = [line for line in result.stdout.splitlines() if "::" in line]
    others = [c.name for c in CLIENTS if c is not CHOSEN]
    foreign = [
        test
        for test in selected
        for other in others
        if re.search(rf"\b{re.escape(other)}\b", test.replace("_", " ").replace(".", " "))
    ]
    assert not foreign, foreign[:10]
    kinds = {
        "tests/generated/test_packages.py::test_generated_matches_specs_and_templates",
        "tests/generated/test_packages.py::test_mypy_strict_is_clean",
        "tests/contract/test_operations.py::",
        "tests/clients/test_all_operations.py::",
        f"tests/clients/{CHOSEN.name}/",
        "tests/faults/",
    }
    for kind in kinds:
        assert any(test.startswith(kind) for test in selected), f"nothing of {kind} selected"
    unnamed = [test for test in selected if CHOSEN.name not in test]
    assert not unnamed, f"selected, yet not about {CHOSEN.name}: {unnamed[:10]}"

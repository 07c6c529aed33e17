"""The third-party specs of tests/corpus, each generated as a user would (its one config file):
every module imports, ``mypy --strict`` is clean, and every operation called once through the
generated client is accepted by Prism serving the spec and answered with the documented model or
typed error (see tests/corpus/verdicts.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache

import pytest

from generator.config import ClientSpec
from tests.clients.credentials import DummyCredentials, dummy_credentials
from tests.clients.operation_cases import (
    OperationCase,
    expected_modules,
    generated_modules,
    operation_cases,
)
from tests.corpus.conftest import CORPUS, NOT_GENERATED_YET, Corpus, checked, per_spec
from tests.corpus.tally import tally
from tests.corpus.verdicts import call_through_prism
from tests.generated.mypy_strict import run_mypy_strict

pytestmark = pytest.mark.slow

# Not the specs that cannot be generated yet: their import test fails first (and one does
# not even load: see NOT_GENERATED_YET).
CASES = operation_cases(client for client in CORPUS if client.name not in NOT_GENERATED_YET)
CALLED = [case for case in CASES if checked(case.client)]

IMPORT_EVERY_MODULE = """
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[2])
package = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    try:
        importlib.import_module(name)
    except Exception as err:
        print(f"{name}: {type(err).__name__}: {err}")
print(f"imported {1 + len(names)} modules")
"""


@pytest.mark.parametrize("client", [per_spec(client) for client in CORPUS])
def test_every_module_imports(client: ClientSpec, corpus: Corpus) -> None:
    project = corpus.project(client.name)
    package = project / client.package_name
    result = subprocess.run(
        [sys.executable, "-I", "-B", "-c", IMPORT_EVERY_MODULE, client.package_name, str(project)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    modules = sum(1 for _ in package.rglob("*.py"))
    assert result.stdout.strip() == f"imported {modules} modules", result.stdout + result.stderr
    assert generated_modules(package) == expected_modules(CASES, client)


def test_mypy_strict_is_clean(corpus: Corpus) -> None:
    """One mypy run over the checked corpus packages (they share what they import); errors per
    spec.

    A spec that could not be generated fails its import test, not this one.
    """
    generated = [c for c in CORPUS if c.name in corpus.projects and checked(c)]
    if not generated:
        pytest.fail("no corpus spec could be generated", pytrace=False)
    result = run_mypy_strict(
        [client.package_name for client in generated],
        # from the projects' folder, errors read <project>/<module path>
        cwd=next(iter(corpus.projects.values())).parent,
        search_path=corpus.projects.values(),
    )
    errors = re.findall(r"^(\w+)/\S+: error:", result.stdout, re.MULTILINE)
    for client in generated:
        tally(client.name).mypy_errors = errors.count(client.package_name)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not errors


@cache
def _credentials(name: str) -> DummyCredentials:
    case = next(case for case in CASES if case.client.name == name)
    return dummy_credentials(case.client, case.document)


@pytest.mark.parametrize("case", CALLED, ids=lambda case: case.id)
def test_operation_against_prism(case: OperationCase, corpus: Corpus) -> None:
    corpus.project(case.client.name, why=False)
    server = corpus.servers[case.client.name]
    outcome = call_through_prism(case, _credentials(case.client.name), server)
    counts = tally(case.client.name)
    counts.operations_called += 1
    counts.passed += outcome.passed
    if not outcome.passed:
        pytest.fail(outcome.report(), pytrace=False)

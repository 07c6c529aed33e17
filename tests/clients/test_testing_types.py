"""A stub takes only what its method returns: mypy checks a user's typed test file."""

from __future__ import annotations

import re
from pathlib import Path

from generator.registry import CLIENTS
from tests.generated.mypy_strict import run_mypy_strict

TYPED_TEST = """\
from planetscale_client.models import Branch, Database
from planetscale_client.testing import PlanetScaleStub
from planship_client.models import IdNameSlugOrmBase, Product
from planship_client.testing import PlanshipStub


def stub_them(planetscale: PlanetScaleStub, planship: PlanshipStub) -> None:
    planetscale.databases.get.returns(Database(name="shop"))
    planetscale.databases.get.returns(Branch(name="main"))
    planetscale.databases.list.pages([[Database(name="a")], [Database(name="b")]])
    planetscale.databases.list.pages([[Branch(name="main")]])
    planetscale.databases.get.sequence(Database(name="shop"), Branch(name="main"))
    database: Database = planetscale.databases.get.example(name="shop")
    branch: Branch = planetscale.databases.get.example()
    planship.products.get.returns(planship.products.get.example())
    planship.products.get.returns([])
    planship.products.list.pages([[IdNameSlugOrmBase(slug="a")]])
    planship.products.list.pages([[planship.products.get.example()]])
    item: Product = planship.products.list.item_example()
    print(database, branch, item, planetscale.databases.get.calls[0].kwargs["organization"])
"""

EXPECTED = {  # the start of mypy's message on each line that is wrong
    9: 'Argument 1 to "returns" of "MethodStub" has incompatible type "Branch"; expected '
    '"Database"',
    11: 'List item 0 has incompatible type "Branch"; expected "Database"',
    12: 'Argument 2 to "sequence" of "MethodStub" has incompatible type "Branch"',
    14: 'Incompatible types in assignment (expression has type "Database", variable has type '
    '"Branch")',
    16: 'Argument 1 to "returns" of "MethodStub" has incompatible type "list[Never]"; expected '
    '"Product"',
    18: 'List item 0 has incompatible type "Product"; expected "IdNameSlugOrmBase"',
    19: 'Incompatible types in assignment (expression has type "IdNameSlugOrmBase", variable has '
    'type "Product")',
}


def test_mypy_refuses_a_stubbed_value_of_another_type(tmp_path: Path) -> None:
    (tmp_path / "test_typed.py").write_text(TYPED_TEST, encoding="utf-8")

    result = run_mypy_strict(
        [], cwd=tmp_path, search_path=[c.output_dir for c in CLIENTS], files=["test_typed.py"]
    )

    output = result.stdout + result.stderr
    errors: dict[int, list[str]] = {}
    for line in output.splitlines():
        found = re.match(r"test_typed\.py:(\d+): error: (.*?)  \[", line)
        if found:
            errors.setdefault(int(found.group(1)), []).append(found.group(2))
        else:
            assert ": error:" not in line, line  # none in the packages themselves
    assert sorted(errors) == sorted(EXPECTED), output
    for number, message in EXPECTED.items():
        assert any(error.startswith(message) for error in errors[number]), (number, errors[number])

"""An enum argument accepts the enum or one of its values as a string, under ``mypy --strict``:
``create(..., plan="hobby")`` type-checks like ``plan=CreateDatabaseBodyPlan.HOBBY``, and a
value the enum does not list is a type error. (That the string is sent unchanged:
tests/clients/test_arguments.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.generated.mypy_strict import run_mypy_strict

pytestmark = pytest.mark.slow

CALLER = '''\
import asyncio

from planetscale_client import AsyncPlanetScaleClient, PlanetScaleClient
from planetscale_client.models import CreateDatabaseBodyPlan, Database


def create(client: PlanetScaleClient) -> list[object]:
    return [
        client.databases.create("acme", name="shop", plan="hobby"),
        client.databases.create("acme", name="shop", plan=CreateDatabaseBodyPlan.SCALER),
        client.organization_members.update("acme", "member-1", role="admin"),
        client.databases.create("acme", name="shop", plan="enterprise"),  # line 12: not listed
    ]


async def create_async(client: AsyncPlanetScaleClient) -> Database:
    return await client.databases.create("acme", name="shop", plan="scaler_pro")


asyncio.run(create_async(AsyncPlanetScaleClient("id", "token")))
'''


def test_enum_arguments_take_their_values_as_strings_under_mypy_strict(tmp_path: Path) -> None:
    (tmp_path / "caller.py").write_text(CALLER)
    result = run_mypy_strict([], cwd=tmp_path, files=["caller.py"])
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert re.match(r'caller\.py:12: error: Argument "plan" to "create" of "Databases"', errors[0])
    assert "Literal['hobby', 'scaler', 'scaler_pro']" in errors[0]

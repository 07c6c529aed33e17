"""Every operation, through the generated client and the real HTTP stack, against Prism.

Prism validates each request against the spec (violations come back in the
``sl-violations`` header or as a 4xx problem body) and answers with its static example, or
with random schema-conformant data when asked ``Prefer: dynamic=true``; the client must parse
both into the documented model.
"""

from __future__ import annotations

import importlib
import json
from collections import Counter
from typing import Any

import pytest

from generator.registry import CLIENTS
from tests.clients.spec_examples import OperationCase, make_client, operation_cases
from tests.contract.conftest import PrismServer

CASES = operation_cases()
DYNAMIC_ROUNDS = 3


def test_every_operation_has_a_contract_case() -> None:
    """A new operation in a spec cannot go untested: the cases come from the specs."""
    counts = Counter(case.client.name for case in CASES)
    for client in CLIENTS:
        package = client.output_dir / client.package_name / "api"
        generated = [p for p in package.glob("*/*.py") if p.name != "__init__.py"]
        assert counts[client.name] == len(generated), client.name
    assert sum(counts.values()) == 86


def _call(case: OperationCase, client: Any, headers: dict[str, str]) -> Any:
    package = importlib.import_module(case.client.package_name)
    options = package.RequestOptions(headers=headers, max_retries=0)
    return case.module.sync_detailed(client=client, options=options, **case.call_arguments())


def _assert_parsed(case: OperationCase, response: Any) -> None:
    violations = response.headers.get("sl-violations")
    assert violations is None, f"Prism found the request invalid: {violations}"
    status, schema = case.success()
    assert response.status_code == status
    parsed = response.parsed
    if schema is None:
        assert parsed is None
        return
    items = parsed if isinstance(parsed, list) else [parsed]
    for item in items:
        if hasattr(item, "to_dict"):
            # parse → serialise → parse gives the same model
            assert type(item).from_dict(item.to_dict()) == item
    if not isinstance(parsed, list) and hasattr(parsed, "to_dict"):
        assert set(json.loads(response.content)) <= set(parsed.to_dict()) | set(
            parsed.additional_properties
        )


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_operation_is_accepted_and_its_responses_parse(
    case: OperationCase, prism: dict[str, PrismServer]
) -> None:
    server = prism[case.client.name]
    with make_client(server.client, server.url) as client:
        _assert_parsed(case, _call(case, client, {}))
        for _ in range(DYNAMIC_ROUNDS):
            _assert_parsed(case, _call(case, client, {"Prefer": "dynamic=true"}))

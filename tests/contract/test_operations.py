"""Every operation, through the generated client and the real HTTP stack, against Prism.

Prism validates each request against the spec (violations come back in the
``sl-violations`` header or as a 4xx problem body) and answers with its static example, or
with random schema-conformant data when asked ``Prefer: dynamic=true``; the client must parse
both into the documented model.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest

from generator.registry import CLIENTS, ClientSpec
from tests.clients.credentials import dummy_credentials, make_client
from tests.clients.operation_cases import (
    OperationCase,
    expected_modules,
    generated_modules,
    operation_cases,
)
from tests.contract.prism import PrismServer, violations

CASES = operation_cases()
DYNAMIC_ROUNDS = 3


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_every_operation_has_a_contract_case(client: ClientSpec) -> None:
    """A new operation in a spec cannot go untested: the cases come from the specs."""
    generated = generated_modules(client.output_dir / client.package_name)
    assert expected_modules(CASES, client) == generated
    assert generated, f"{client.name}: no operation generated"


def _call(case: OperationCase, client: Any, headers: dict[str, str]) -> Any:
    package = importlib.import_module(case.client.package_name)
    options = package.RequestOptions(headers=headers, max_retries=0)
    return case.module.sync_detailed(client=client, options=options, **case.call_arguments())


def _assert_parsed(case: OperationCase, response: Any) -> None:
    found = violations(response.headers, response.content)
    assert not found, f"Prism found the exchange invalid: {found}"
    assert response.status_code == case.success().status
    parsed = response.parsed
    if case.success_json_schema() is None:
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
    credentials = dummy_credentials(case.client, case.document)
    with make_client(case.client, credentials, server.url) as client:
        _assert_parsed(case, _call(case, client, {}))
        for _ in range(DYNAMIC_ROUNDS):
            _assert_parsed(case, _call(case, client, {"Prefer": "dynamic=true"}))

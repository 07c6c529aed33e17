"""Fuzzed responses: every body a success schema allows parses and round-trips; malformed bodies
raise ``APIResponseValidationError`` naming the model and field, never a bare KeyError,
TypeError or ValueError."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.clients.json_schema import to_json_schema
from tests.clients.operation_cases import OperationCase, operation_cases
from tests.clients.spec_examples import example, resolve

VALID_EXAMPLES = 20
MALFORMED_EXAMPLES = 15
EXAMPLES_RUN: Counter[str] = Counter()
"""How many examples each kind of fuzz test ran; printed at the end of the session."""


def fuzz_settings(max_examples: int) -> settings:
    """Deterministic, database-free settings: CI failures reproduce locally."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


JSON = {"content-type": "application/json"}
# Formats hypothesis-jsonschema does not generate itself, as the API would send them.
FORMATS: dict[str, st.SearchStrategy[str]] = {
    "uuid": st.uuids().map(str),
}
RESPONSE_CASES = [case for case in operation_cases() if case.success_json_schema() is not None]
WRONG_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "string": st.integers() | st.booleans() | st.lists(st.integers(), max_size=2),
    "integer": st.text(max_size=5)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans(),
    "number": st.text(max_size=5) | st.booleans(),
    "boolean": st.text(max_size=5) | st.integers(),
    "array": st.text(max_size=5)
    | st.integers()
    | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    "object": st.text(max_size=5) | st.integers() | st.lists(st.integers(), max_size=2),
}


def _parse(case: OperationCase, response: httpx.Response) -> Any:
    return case.module.OPERATION.parse(response).parsed


def _models(parsed: Any) -> list[Any]:
    return parsed if isinstance(parsed, list) else [parsed]


def _validation_error(case: OperationCase) -> type[Exception]:
    package = importlib.import_module(case.client.package_name)
    error: type[Exception] = package.APIResponseValidationError
    return error


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda case: case.id)
def test_valid_bodies_parse_and_round_trip(case: OperationCase) -> None:
    status, schema = case.success().status, case.success_json_schema()
    json_schema = to_json_schema(case.document, schema)

    @fuzz_settings(VALID_EXAMPLES)
    @given(body=from_schema(json_schema, custom_formats=FORMATS))
    def check(body: Any) -> None:
        EXAMPLES_RUN["valid"] += 1
        content = json.dumps(body).encode()  # json=None would mean "no body" to httpx
        parsed = _parse(case, httpx.Response(status, content=content, headers=JSON))
        for model in _models(parsed):
            if hasattr(model, "to_dict"):
                assert type(model).from_dict(model.to_dict()) == model

    check()


def _typed_fields(case: OperationCase, schema: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """Return (field, JSON type, required) for the top-level fields of the body's object."""
    schema = resolve(case.document, schema)
    if schema.get("type") == "array":
        schema = resolve(case.document, schema["items"])
    for part in schema.get("allOf", []):
        schema = {**schema, **resolve(case.document, part)}
    fields = []
    for name, raw in schema.get("properties", {}).items():
        sub = resolve(case.document, raw)
        kind = sub.get("type")
        if isinstance(kind, list):
            continue  # nullable (3.1 form): null is allowed, any other type is still typed
        if kind in WRONG_VALUES and "allOf" not in sub and not sub.get("nullable"):
            fields.append((name, kind, name in schema.get("required", [])))
    return fields


MALFORMABLE = [
    case for case in RESPONSE_CASES if _typed_fields(case, case.success_json_schema() or {})
]


@pytest.mark.parametrize("case", MALFORMABLE, ids=lambda case: case.id)
def test_wrongly_typed_fields_raise_a_validation_error_naming_the_field(
    case: OperationCase,
) -> None:
    status, schema = case.success().status, case.success_json_schema()
    assert schema is not None
    valid = example(case.document, schema, "response")
    fields = _typed_fields(case, schema)
    error_type = _validation_error(case)

    @fuzz_settings(MALFORMED_EXAMPLES)
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        EXAMPLES_RUN["malformed"] += 1
        name, kind, _ = data.draw(st.sampled_from(fields))
        wrong = data.draw(WRONG_VALUES[kind])
        body = [{**valid[0], name: wrong}] if isinstance(valid, list) else {**valid, name: wrong}
        with pytest.raises(error_type) as caught:
            _parse(case, httpx.Response(status, json=body))
        assert caught.value.field.split(".")[0] == name, str(caught.value)  # type: ignore[attr-defined]
        assert str(caught.value).startswith(f"invalid {caught.value.model}.{name}")  # type: ignore[attr-defined]

    check()


@pytest.mark.parametrize("case", MALFORMABLE, ids=lambda case: case.id)
def test_missing_required_fields_and_non_json_raise_a_validation_error(
    case: OperationCase,
) -> None:
    status, schema = case.success().status, case.success_json_schema()
    assert schema is not None
    valid = example(case.document, schema, "response")
    error_type = _validation_error(case)
    for name, _, required in _typed_fields(case, schema):
        if not required:
            continue
        item = valid[0] if isinstance(valid, list) else valid
        reduced = {key: value for key, value in item.items() if key != name}
        body = [reduced] if isinstance(valid, list) else reduced
        with pytest.raises(error_type, match=f"{name}.*required field is missing"):
            _parse(case, httpx.Response(status, json=body))
        EXAMPLES_RUN["missing field"] += 1
    with pytest.raises(error_type, match="the body is not JSON"):
        _parse(case, httpx.Response(status, content=b"<html>502 Bad Gateway</html>"))
    EXAMPLES_RUN["non-JSON"] += 1

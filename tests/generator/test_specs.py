"""Loading and validating specs: every kind of bad input gets an error that says what and where."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.regenerate import regenerate
from generator.registry import CLIENTS, ClientSpec
from generator.specs import SpecError, iter_operations, load_spec


def _break(client: ClientSpec, old: str, new: str) -> None:
    text = client.spec.read_text()
    assert old in text, f"fixture no longer contains {old!r}"
    client.spec.write_text(text.replace(old, new, 1))


def test_valid_spec_loads(tiny_client: ClientSpec) -> None:
    spec = load_spec(tiny_client)
    assert [(p, m) for p, m, _ in iter_operations(spec.document)] == [("/things/{thing_id}", "get")]


def test_yaml_syntax_error_names_file_and_line(tiny_client: ClientSpec) -> None:
    _break(tiny_client, "      summary: Get a thing", "      summary: Get a thing\n     bad: [")
    with pytest.raises(SpecError) as caught:
        load_spec(tiny_client)
    message = str(caught.value)
    assert message.startswith(f"{tiny_client.spec}:1")  # a line number follows the path
    assert caught.value.line in (12, 13, 14)
    assert "not valid YAML/JSON" in message


def test_unresolved_ref_names_pointer_and_line(tiny_client: ClientSpec) -> None:
    _break(tiny_client, "#/components/schemas/Thing", "#/components/schemas/Thingy")
    with pytest.raises(SpecError) as caught:
        load_spec(tiny_client)
    error = caught.value
    assert error.pointer == (
        "#/paths/~1things~1{thing_id}/get/responses/200/content/application~1json/schema/$ref"
    )
    assert error.line == 26
    assert "'#/components/schemas/Thingy' does not resolve" in str(error)


def test_duplicate_operation_id_names_both_operations(tiny_client: ClientSpec) -> None:
    text = tiny_client.spec.read_text()
    text = text.replace(
        "components:",
        "  /other:\n    get:\n      operationId: getThing\n"
        "      responses:\n        '204':\n          description: nothing\ncomponents:",
    )
    tiny_client.spec.write_text(text)
    with pytest.raises(SpecError) as caught:
        load_spec(tiny_client)
    message = str(caught.value)
    assert "duplicate operationId 'getThing'" in message
    assert "GET /things/{thing_id}" in message
    assert caught.value.pointer == "#/paths/~1other/get/operationId"
    assert caught.value.line == 29


def test_missing_operation_id_is_a_located_warning(tiny_client: ClientSpec) -> None:
    _break(tiny_client, "      operationId: getThing\n", "")
    spec = load_spec(tiny_client)
    [warning] = spec.warnings
    assert "tiny.yaml:9 at #/paths/~1things~1{thing_id}/get" in warning
    assert "GET /things/{thing_id} has no operationId" in warning


def test_every_problem_is_reported_in_one_run(tiny_client: ClientSpec) -> None:
    _break(tiny_client, "#/components/schemas/Thing", "#/components/schemas/Thingy")
    text = tiny_client.spec.read_text().replace(
        "components:",
        "  /other:\n    get:\n      operationId: getThing\n"
        "      responses:\n        '204':\n          description: nothing\ncomponents:",
    )
    tiny_client.spec.write_text(text)
    with pytest.raises(SpecError) as caught:
        load_spec(tiny_client)
    message = str(caught.value)
    assert message.startswith(f"{tiny_client.spec}: 2 problems:")
    assert [problem.pointer for problem in caught.value.problems] == [
        "#/paths/~1things~1{thing_id}/get/responses/200/content/application~1json/schema/$ref",
        "#/paths/~1other/get/operationId",
    ]
    assert "'#/components/schemas/Thingy' does not resolve" in message
    assert "duplicate operationId 'getThing'" in message


def test_duplicate_yaml_key_is_refused_not_silently_merged(tiny_client: ClientSpec) -> None:
    _break(tiny_client, "        name:\n", "        id:\n")
    with pytest.raises(SpecError) as caught:
        load_spec(tiny_client)
    assert "duplicate key 'id' (first defined on line 32)" in str(caught.value)
    assert caught.value.line == 34


def test_schema_violation_is_located(tiny_client: ClientSpec) -> None:
    _break(tiny_client, "          in: path\n", "          in: body\n")
    with pytest.raises(SpecError) as caught:
        load_spec(tiny_client)
    [error] = [
        problem
        for problem in caught.value.problems
        if (problem.pointer or "").startswith("#/paths/~1things~1{thing_id}/get/parameters/0")
    ]
    assert "not valid OpenAPI" in str(error)
    assert error.line is not None and 15 <= error.line <= 20


def test_not_an_openapi_3_document(tiny_client: ClientSpec) -> None:
    _break(tiny_client, "openapi: 3.1.0", "swagger: '2.0'")
    with pytest.raises(SpecError, match=r"expected an OpenAPI 3\.0 or 3\.1 document"):
        load_spec(tiny_client)


def test_unreadable_file(tiny_client: ClientSpec, tmp_path: Path) -> None:
    client = ClientSpec(name="x", spec=tmp_path / "missing.yaml", package_name="x", config=Path())
    with pytest.raises(SpecError, match=r"missing\.yaml: cannot read the file"):
        load_spec(client)


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_registered_specs_are_valid(client: ClientSpec) -> None:
    spec = load_spec(client)
    operation_ids = [op["operationId"] for _, _, op in iter_operations(spec.document)]
    assert operation_ids, f"{client.spec} has no operations"
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", oid) for oid in operation_ids)


@pytest.mark.slow
def test_yaml_1_2_numbers_and_unquoted_response_codes_generate(
    tiny_client: ClientSpec, tmp_path: Path
) -> None:
    """``200:`` is the response code "200", ``1e+09`` a number, ``on`` a name: as YAML 1.2 and
    JSON read them (YAML 1.1 made an int, a string and a boolean of them)."""
    _break(tiny_client, "        '200':", "        200:")
    _break(
        tiny_client,
        "        name:\n          type: string\n",
        "        name:\n          type: string\n"
        "        on:\n          type: boolean\n"
        "        threshold:\n          type: number\n          minimum: 1e-08\n"
        "          maximum: 1e+09\n          example: 1e+09\n",
    )
    spec = load_spec(tiny_client)
    assert list(spec.document["paths"]["/things/{thing_id}"]["get"]["responses"]) == ["200"]
    thing = spec.document["components"]["schemas"]["Thing"]["properties"]
    assert (thing["threshold"]["minimum"], thing["threshold"]["maximum"]) == (1e-08, 1e09)
    assert "on" in thing
    regenerate([tiny_client], tmp_path / "generated")
    model = tmp_path / "generated" / "tiny_client" / "tiny_client" / "models" / "thing.py"
    assert "threshold: float | Unset" in model.read_text()

"""Validation reports every problem of a document in one run, whatever its kind, each with the
file, the line and the JSON pointer from the document's root (never relative to the value that
was checked), in document order; and never raises anything but SpecError."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import ClientSpec, load_config
from generator.specs import Spec, SpecError, load_spec, validate_spec

BROKEN = """\
openapi: 3.0.3
info: {title: Broken, version: '1'}
security:
  - Basic: []
paths:
  /things/{thing_id}:
    get:
      operationId: getThing
      parameters:
        - {name: thing_id, in: path, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
        - {name: page, in: query, schema: {type: integer}}
      responses:
        '200':
          description: The thing
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
            openapi/python/client:
              schema: {type: string}
  /orphans:
    get:
      operationId: listOrphans
      parameters:
        - {name: orphan_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: Orphans
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Missing'}
components:
  schemas:
    Thing:
      type: object
      required: [id, colour]
      properties:
        id: {type: strin}
        size: {type: integer, default: big}
        colour: {type: string}
        examples:
          description: a property named like a keyword, holding a reference
          $ref: '#/components/schemas/Nowhere'
      example:
        related: {$ref: not-a-reference-but-data}
      x-sample:
        $ref: ./samples/thing.json
"""


def _client(tmp_path: Path, text: str) -> ClientSpec:
    (tmp_path / "broken.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "broken.config.yaml").write_text("spec: broken.yaml\n", encoding="utf-8")
    return load_config(tmp_path / "broken.config.yaml")


def test_every_problem_of_every_kind_is_located_in_one_run(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(_client(tmp_path, BROKEN))
    located = [(p.line, p.pointer, p.message) for p in caught.value.problems]
    pointers = [pointer for _, pointer, _ in located]
    assert pointers == [
        "#/security/0/Basic",
        "#/paths/~1things~1{thing_id}/get/parameters/2",
        "#/paths/~1things~1{thing_id}/get/responses/200/content/openapi~1python~1client",
        "#/paths/~1orphans/get",
        "#/paths/~1orphans/get/responses/200/content/application~1json/schema/$ref",
        "#/components/schemas/Thing/properties/id/type",
        "#/components/schemas/Thing/properties/size/default",
        "#/components/schemas/Thing/properties/examples/$ref",
    ]
    lines = [line or 0 for line, _, _ in located]
    assert lines == sorted(lines) and 0 not in lines  # each located, in document order
    messages = "\n".join(message for _, _, message in located)
    assert "names 'Basic', which components/securitySchemes does not declare" in messages
    assert "duplicate parameter 'page' in query" in messages
    assert "'openapi/python/client' is not a media type" in messages
    assert "declares the path parameter 'orphan_id', which /orphans does not contain" in messages
    assert "'#/components/schemas/Missing' does not resolve" in messages
    assert "'#/components/schemas/Nowhere' does not resolve" in messages
    assert "'big' is not of type 'integer'" in messages
    assert "'strin' is not one of ['array', 'boolean', 'integer'" in messages
    text = str(caught.value)
    assert text.startswith(f"{_client(tmp_path, BROKEN).spec}: 8 problems:")
    assert "not-a-reference-but-data" not in text and "samples/thing.json" not in text


def test_a_3_1_default_is_an_annotation_not_a_problem(tmp_path: Path) -> None:
    text = BROKEN.replace("openapi: 3.0.3", "openapi: 3.1.0")
    with pytest.raises(SpecError) as caught:
        load_spec(_client(tmp_path, text))
    assert "#/components/schemas/Thing/properties/size/default" not in {
        p.pointer for p in caught.value.problems
    }


def test_a_schema_that_contains_itself_through_all_of_and_any_of_is_checked(
    tmp_path: Path,
) -> None:
    """openapi-spec-validator 0.9 recursed without end on this (a RecursionError)."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Recursive", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Wrapped": {"allOf": [{"$ref": "#/components/schemas/Json"}], "required": ["x"]},
                "Json": {
                    "anyOf": [
                        {"type": "string"},
                        {"type": "array", "items": {"$ref": "#/components/schemas/Json"}},
                        {"allOf": [{"$ref": "#/components/schemas/Json"}]},
                    ]
                },
            }
        },
    }
    client = _client(tmp_path, yaml.safe_dump(spec))
    with pytest.raises(SpecError) as caught:
        load_spec(client)
    [problem] = caught.value.problems
    assert problem.pointer == "#/components/schemas/Wrapped"
    assert "Required list has not defined properties: ['x']" in problem.message


def test_what_the_validator_cannot_read_is_a_problem_not_a_traceback() -> None:
    """Integer keys (YAML's ``200:``) made the validator raise TypeError from its regexes."""
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Ints", "version": "1"},
        "paths": {"/a": {"get": {"responses": {200: {"description": "OK"}}}}},
    }
    with pytest.raises(SpecError) as caught:
        validate_spec(Spec(Path("ints.yaml"), document))
    assert "openapi-spec-validator stopped (TypeError" in str(caught.value)


def test_references_in_examples_and_extensions_are_data(tmp_path: Path) -> None:
    """Dropbox Sign: 11 ``$ref`` keys inside example values and x-codeSamples were reported as
    references that do not resolve."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Data", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "operationId": "postA",
                    "x-codeSamples": [{"lang": "php", "source": {"$ref": "examples/a.php"}}],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"type": "object"},
                                "examples": {"one": {"$ref": "#/components/examples/One"}},
                            }
                        }
                    },
                    "responses": {"204": {"description": "None"}},
                }
            }
        },
        "components": {
            "examples": {"One": {"value": {"$ref": "examples/json/one.json"}}},
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {"enum": {"type": "string", "default": "x"}},
                    "default": {"$ref": "a default, not a reference"},
                    "examples": [{"$ref": "a value, not a reference"}],
                }
            },
        },
    }
    load_spec(_client(tmp_path, yaml.safe_dump(spec)))  # valid: nothing to report


def test_a_reference_in_an_example_map_is_still_checked(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Examples", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "operationId": "getA",
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "examples": {"one": {"$ref": "#/components/examples/None"}}
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    with pytest.raises(SpecError) as caught:
        load_spec(_client(tmp_path, yaml.safe_dump(spec)))
    assert caught.value.pointer == (
        "#/paths/~1a/get/responses/200/content/application~1json/examples/one/$ref"
    )

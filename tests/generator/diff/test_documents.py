"""Documents read from files or http(s) URLs, with the files their ``$ref``s reach bundled
in; and references that cannot be followed refused with a message naming them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff.documents import BUNDLED, load_document
from generator.diff.model import UnresolvedReferenceError
from generator.diff.sides import DiffInputError
from generator.diff.spec_diff import diff_documents
from tests.local_servers import Served, UpstreamServer, upstream_server

PET = {"$ref": "schemas/pet.yaml#/Pet"}


def _document(response_schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets/{id}": {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "A pet",
                            "content": {"application/json": {"schema": response_schema}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Pet": {"type": "object"}}},  # same name, not the same
    }


def _write(folder: Path, files: dict[str, object]) -> None:
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(yaml.safe_dump(content), encoding="utf-8")


@pytest.fixture
def pets(tmp_path: Path) -> Path:
    """A document whose Pet comes from a file beside it, which refers to a third file and
    back to the first one."""
    _write(
        tmp_path,
        {
            "old.yaml": _document(PET),
            "schemas/pet.yaml": {
                "Pet": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "maxLength": 50},
                        "tag": {"$ref": "tag.yaml"},
                        "owner": {"$ref": "../old.yaml#/components/schemas/Owner"},
                    },
                }
            },
            "schemas/tag.yaml": {"type": "string"},
        },
    )
    document = yaml.safe_load((tmp_path / "old.yaml").read_text())
    document["components"]["schemas"]["Owner"] = {"type": "object"}
    _write(tmp_path, {"old.yaml": document})
    return tmp_path


def test_references_to_files_beside_the_document_are_bundled(pets: Path) -> None:
    document = load_document(str(pets / "old.yaml"))
    response = document["paths"]["/pets/{id}"]["get"]["responses"]["200"]
    ref = response["content"]["application/json"]["schema"]["$ref"]
    assert ref == f"#/{BUNDLED}/schemas~1pet.yaml/Pet"
    pet = document[BUNDLED]["schemas/pet.yaml"]["Pet"]
    assert pet["properties"]["tag"] == {"$ref": f"#/{BUNDLED}/schemas~1tag.yaml"}
    assert pet["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}


def test_a_change_in_a_referenced_file_is_reported_under_its_own_name(pets: Path) -> None:
    old = load_document(str(pets / "old.yaml"))
    pet = yaml.safe_load((pets / "schemas/pet.yaml").read_text())
    pet["Pet"]["properties"]["name"]["maxLength"] = 20
    _write(pets, {"schemas/pet.yaml": pet})
    [found] = diff_documents(old, load_document(str(pets / "old.yaml")))
    assert (found.rule.id, found.location) == ("response-constraint-changed", "Pet.name")


def test_a_missing_file_is_named_with_the_reference(tmp_path: Path) -> None:
    _write(tmp_path, {"old.yaml": _document({"$ref": "nowhere.yaml#/Pet"})})
    with pytest.raises(DiffInputError) as raised:
        load_document(str(tmp_path / "old.yaml"))
    assert str(raised.value) == (
        f"cannot read nowhere.yaml (the $ref 'nowhere.yaml#/Pet' in {tmp_path / 'old.yaml'}): "
        "No such file or directory"
    )


def test_a_pointer_that_does_not_resolve_in_the_other_file_is_named(pets: Path) -> None:
    _write(pets, {"new.yaml": _document({"$ref": "schemas/pet.yaml#/Cat"})})
    with pytest.raises(DiffInputError) as raised:
        load_document(str(pets / "new.yaml"))
    assert str(raised.value) == (
        f"$ref 'schemas/pet.yaml#/Cat' in {pets / 'new.yaml'} does not resolve: "
        "schemas/pet.yaml has nothing at /Cat"
    )


def test_the_python_api_refuses_an_external_reference_instead_of_guessing() -> None:
    """Not a KeyError, and not the document's own Pet, which has the same name."""
    document = _document(PET)
    with pytest.raises(UnresolvedReferenceError, match=r"\$ref 'schemas/pet.yaml#/Pet' points"):
        diff_documents(document, document)


def test_a_local_reference_that_does_not_resolve_is_named() -> None:
    document = _document({"$ref": "#/components/schemas/Cat"})
    with pytest.raises(UnresolvedReferenceError, match=r"'#/components/schemas/Cat' does not"):
        diff_documents(document, document)


def test_an_invalid_document_is_located(tmp_path: Path) -> None:
    local = _document({"$ref": "#/components/schemas/Pet"})
    _write(tmp_path, {"old.yaml": {**local, "openapi": "2.0"}})
    with pytest.raises(DiffInputError, match=r"old.yaml:\d+ at #/openapi: expected an OpenAPI 3"):
        load_document(str(tmp_path / "old.yaml"))


@pytest.fixture
def served(pets: Path) -> Iterator[UpstreamServer]:
    """The ``pets`` folder's files over http on 127.0.0.1, each request recorded."""
    with upstream_server() as server:
        for path in pets.rglob("*.yaml"):
            server.pages[f"/{path.relative_to(pets).as_posix()}"] = Served(path.read_bytes())
        yield server


def test_a_fetched_document_refers_only_inside_itself(served: UpstreamServer) -> None:
    """Its relative $ref is refused with its line and pointer; the file is never asked for."""
    with pytest.raises(DiffInputError) as raised:
        load_document(served.url("/old.yaml"))
    assert str(raised.value).startswith(
        f"{served.url('/old.yaml')}:25 at #/paths/~1pets~1{{id}}/get/responses/200/content/"
        "application~1json/schema/$ref: $ref 'schemas/pet.yaml#/Pet' leaves the document"
    )
    assert served.requests == ["/old.yaml"]


def test_a_fetched_document_with_local_references_is_read(served: UpstreamServer) -> None:
    served.pages["/local.yaml"] = Served(
        yaml.safe_dump(_document({"$ref": "#/components/schemas/Pet"})).encode()
    )
    document = load_document(served.url("/local.yaml"))
    assert BUNDLED not in document
    assert document["components"]["schemas"]["Pet"] == {"type": "object"}


def test_a_url_that_fails_is_named_with_its_status(served: UpstreamServer) -> None:
    with pytest.raises(DiffInputError, match=r"^http://.*/missing.yaml answered HTTP 404 "):
        load_document(served.url("/missing.yaml"))

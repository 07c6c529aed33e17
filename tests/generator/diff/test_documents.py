"""Documents read from files or http(s) URLs, with the files their ``$ref``s reach bundled
in; and references that cannot be followed refused with a message naming them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

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
        "application~1json/schema/$ref: $ref 'schemas/pet.yaml#/Pet' points outside this "
        "document; not supported"
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


@pytest.fixture(scope="module")
def two_servers() -> Iterator[tuple[UpstreamServer, UpstreamServer]]:
    """One serving the documents under test, another that must never be asked anything."""
    with upstream_server() as server, upstream_server() as other:
        other.pages["/secret.yaml"] = Served(b"Pet: {type: object}\n")
        yield server, other


_ELSEWHERE = st.one_of(
    st.sampled_from(
        [
            "file:///etc/passwd",
            "file:///etc/hostname#/x",
            "file:secret.yaml",
            "OTHER/secret.yaml#/Pet",
            "//127.0.0.1:PORT/secret.yaml",
            "secret.yaml#/Pet",
            "../secret.yaml",
            "/etc/passwd",
            "http://169.254.169.254/latest/meta-data/",
            "ftp://127.0.0.1/secret.yaml",
        ]
    ),
    st.text(alphabet="abc./:%#~", min_size=1, max_size=20).filter(lambda r: r[0] != "#"),
)


@settings(max_examples=100, deadline=None)
@given(ref=_ELSEWHERE)
def test_any_reference_out_of_a_fetched_document_is_refused_unfollowed(
    two_servers: tuple[UpstreamServer, UpstreamServer], ref: str
) -> None:
    """Whatever it names (a local file, another host or port, a path beside it), it is
    refused naming it; no file is read and no other server is asked."""
    server, other = two_servers
    ref = ref.replace("OTHER", other.base_url).replace("PORT", other.base_url.rsplit(":")[-1])
    server.pages["/new.yaml"] = Served(yaml.safe_dump(_document({"$ref": ref})).encode())
    requests = len(server.requests)
    with pytest.raises(DiffInputError) as raised:
        load_document(server.url("/new.yaml"))
    assert "points outside this document; not supported" in str(raised.value)
    assert "root:" not in str(raised.value)  # nothing of /etc/passwd
    assert server.requests[requests:] == ["/new.yaml"]
    assert other.requests == []


@pytest.mark.parametrize(
    ("ref", "says"),
    [
        ("file:///etc/passwd", "names a URL or an absolute path"),
        ("http://127.0.0.1:9/x.yaml", "names a URL or an absolute path"),
        ("/etc/passwd", "names a URL or an absolute path"),
        ("../outside.yaml#/Pet", "leads out of the folder"),
        ("link/outside.yaml#/Pet", "leads out of the folder"),
    ],
)
def test_a_local_document_refers_only_to_files_in_its_folder(
    tmp_path: Path, ref: str, says: str
) -> None:
    folder = tmp_path / "specs"
    folder.mkdir()
    _write(tmp_path, {"outside.yaml": {"Pet": {"type": "object"}}})
    (folder / "link").symlink_to(tmp_path, target_is_directory=True)
    _write(folder, {"new.yaml": _document({"$ref": ref})})
    with pytest.raises(DiffInputError) as raised:
        load_document(str(folder / "new.yaml"))
    assert says in str(raised.value)
    assert repr(ref) in str(raised.value)

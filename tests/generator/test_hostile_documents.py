"""Hostile documents through every command that reads one: validate, regenerate, update (the
document served as a changed upstream) and ``diff OLD NEW`` (as a file and as a URL). Each is
refused in one line naming the file (or URL), the line and, where there is one, the JSON
pointer; nothing in the tree changes; no staging folder stays; ``diff`` exits 2, never 1."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.config import ClientSpec, load_config
from generator.diff import cli as diff_cli
from generator.diff.cli import EXIT_BAD_INPUT, Options, compare_documents, execute
from generator.errors import SpecError
from generator.generate import generate_client
from generator.reader import MAX_DEPTH
from generator.references import MAX_REF_DEPTH, reference_depth
from generator.regenerate import regenerate
from generator.specs import load_spec
from generator.update import update_client
from tests.generator.repository_copy import FIXTURES, repository_copy, run_generator
from tests.local_servers import Served, UpstreamServer, upstream_server

TINY = (FIXTURES / "tiny.yaml").read_bytes()
BOMB = b"".join(
    [b'x-lol: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
    + [
        f"x-lol{level}: &a{level} [".encode() + b",".join([f"*a{level - 1}".encode()] * 9) + b"]\n"
        for level in range(1, 9)
    ]
)
CYCLE = b"""    A:
      $ref: '#/components/schemas/B'
    B:
      $ref: '#/components/schemas/A'
"""


def _replace(old: bytes, new: bytes) -> bytes:
    assert old in TINY
    return TINY.replace(old, new, 1)


HOSTILE: dict[str, tuple[bytes, str, int | None]] = {
    # name: (the document, what the one line says, the line it names)
    "alias-bomb": (TINY + BOMB, "aliases repeat more than 1,000,000 nodes", 47),
    "3000-levels": (TINY + b"x-deep: " + b"[" * 3000 + b"]" * 3000 + b"\n", "nested deeper", 41),
    "200000-levels": (
        TINY + b"x-deep: " + b"[" * 200_000 + b"]" * 200_000 + b"\n",
        "nested deeper than 64 levels",
        41,
    ),
    "not-utf8": (_replace(b"Get a thing", b"Get a \xff thing"), "not UTF-8 text", 11),
    "paths-a-list": (
        TINY.split(b"paths:")[0] + b"paths: []\n" + b"components:" + TINY.split(b"components:")[1],
        "at #/paths: not valid OpenAPI: [] is not of type 'object'",
        7,
    ),
    "operation-a-list": (
        _replace(b"    get:\n", b"    get: []\n    head:\n"),
        "at #/paths/~1things~1{thing_id}/get: not valid OpenAPI: [] is not of type 'object'",
        9,
    ),
    "tags-a-string": (
        _replace(b"      tags:\n        - Things\n", b"      tags: Things\n"),
        "at #/paths/~1things~1{thing_id}/get/tags: not valid OpenAPI: 'Things' is not of type",
        12,
    ),
    "ref-cycle": (
        _replace(b"    Error:\n", CYCLE + b"    Error:\n"),
        "$ref cycle #/components/schemas/A → #/components/schemas/B → #/components/schemas/A",
        36,
    ),
    "python-tag": (
        _replace(b"title: Tiny API", b"title: !!python/object/apply:os.system [id]"),
        "the YAML tag '!!python/object/apply:os.system' is not supported",
        3,
    ),
}
CASES = sorted(HOSTILE)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _assert_one_line(message: str, source: str, case: str) -> None:
    _, says, line = HOSTILE[case]
    assert "\n" not in message, message
    assert message.startswith(f"{source}:{line}" if line else source), message
    assert says in message, message
    assert "Traceback" not in message


@pytest.fixture
def hostile_client(tmp_path: Path, request: pytest.FixtureRequest) -> ClientSpec:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "tiny.yaml").write_bytes(HOSTILE[request.param][0])
    shutil.copy(FIXTURES / "tiny.config.yaml", specs / "tiny.config.yaml")
    return load_config(specs / "tiny.config.yaml")


@pytest.mark.parametrize("hostile_client", CASES, indirect=True)
def test_validate_refuses_it_in_one_line(
    hostile_client: ClientSpec, request: pytest.FixtureRequest
) -> None:
    with pytest.raises(SpecError) as raised:
        load_spec(hostile_client)
    case = request.node.callspec.params["hostile_client"]
    _assert_one_line(str(raised.value), str(hostile_client.spec), case)


@pytest.mark.parametrize("hostile_client", CASES, indirect=True)
def test_regenerate_refuses_it_and_changes_nothing(
    hostile_client: ClientSpec, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    generated = tmp_path / "generated"
    (generated / "tiny_client").mkdir(parents=True)
    (generated / "tiny_client" / "kept.py").write_text("x = 1\n")
    before = _tree(tmp_path)
    with pytest.raises(SpecError) as raised:
        regenerate([hostile_client], generated)
    case = request.node.callspec.params["hostile_client"]
    _assert_one_line(str(raised.value), str(hostile_client.spec), case)
    assert _tree(tmp_path) == before
    assert not list(tmp_path.glob(".regenerate-*"))  # no staging folder left behind


@pytest.fixture(scope="module")
def server() -> Iterator[UpstreamServer]:
    with upstream_server() as running:
        yield running


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, server: UpstreamServer) -> ClientSpec:
    """The tiny API, generated, its upstream served by ``server``."""
    import hashlib  # noqa: PLC0415

    root = tmp_path_factory.mktemp("project")
    (root / "specs").mkdir()
    (root / "specs" / "tiny.yaml").write_bytes(TINY)
    (root / "specs" / "tiny.config.yaml").write_text(
        (FIXTURES / "tiny.config.yaml").read_text()
        + f"upstream:\n  url: {server.url('/openapi.yaml')}\n  kind: openapi\n"
        + f"  sha256: {hashlib.sha256(TINY).hexdigest()}\n"
    )
    client = load_config(root / "specs" / "tiny.config.yaml")
    regenerate([client], root / "generated")
    return client


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_update_refuses_it_as_upstream_and_changes_nothing(
    project: ClientSpec, server: UpstreamServer, case: str
) -> None:
    root = project.config.parent.parent
    before = _tree(root)
    server.pages["/openapi.yaml"] = Served(HOSTILE[case][0])
    outcome = update_client(project, root / "generated")
    url = server.url("/openapi.yaml")
    assert outcome.status == "failed"
    assert outcome.message.startswith(f"{url} is not a usable spec: ")
    _assert_one_line(outcome.message.removeprefix(f"{url} is not a usable spec: "), url, case)
    assert _tree(root) == before


@pytest.mark.parametrize("served", [False, True], ids=["file", "url"])
@pytest.mark.parametrize("case", CASES)
def test_diff_exits_2_with_one_line(
    tmp_path: Path,
    server: UpstreamServer,
    capsys: pytest.CaptureFixture[str],
    case: str,
    served: bool,
) -> None:
    (tmp_path / "old.yaml").write_bytes(TINY)
    (tmp_path / "new.yaml").write_bytes(HOSTILE[case][0])
    new = str(tmp_path / "new.yaml")
    if served:
        server.pages["/new.yaml"] = Served(HOSTILE[case][0])
        new = server.url("/new.yaml")
    status = execute(Options(documents=(str(tmp_path / "old.yaml"), new)), [], tmp_path, {})
    assert status == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    _assert_one_line(err.removeprefix("error: ").rstrip("\n"), new, case)


@pytest.mark.slow
@pytest.mark.parametrize("case", ["alias-bomb", "200000-levels", "ref-cycle"])
def test_the_commands_exit_2_without_a_traceback(tmp_path: Path, case: str) -> None:
    """End to end: python -m generator, in a copy of the repository whose one API is hostile."""
    repo = repository_copy(tmp_path)
    (repo / "specs" / "tiny.yaml").write_bytes(HOSTILE[case][0])
    shutil.copy(FIXTURES / "tiny.config.yaml", repo / "specs" / "tiny.config.yaml")
    (repo / "old.yaml").write_bytes(TINY)
    for args in (
        ("validate",),
        ("regenerate",),
        ("diff", "old.yaml", "specs/tiny.yaml"),
    ):
        result = run_generator(repo, *args)
        assert result.returncode == EXIT_BAD_INPUT, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        first = result.stderr.splitlines()[0]
        _assert_one_line(first.removeprefix("error: "), "specs/tiny.yaml", case)
    left = sorted(path.name for path in repo.iterdir() if path.name != "generated")
    assert left == ["generator", "old.yaml", "specs", "templates"]  # no staging folder
    assert not any((repo / "generated").iterdir())


def test_a_comparison_that_fails_on_its_own_exits_2_not_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """1 means "something breaks" to CI: a crash inside the comparison must never say so."""

    def crash(*args: object) -> list[object]:
        raise KeyError("components")

    monkeypatch.setattr(diff_cli, "diff_documents", crash)
    (tmp_path / "old.yaml").write_bytes(TINY)
    documents = (str(tmp_path / "old.yaml"), str(tmp_path / "old.yaml"))
    assert execute(Options(documents=documents), [], tmp_path, {}) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: the comparison failed (KeyError: 'components'); this is a")


def _array_chain(hops: int, inline: int) -> dict[str, Any]:
    """Schemas S0 → S1 → ... each an array (``inline`` arrays deep) of the next one: the
    shape whose depth costs validation, generation and the diff most."""
    schemas = {}
    for index in range(hops):
        node: dict[str, Any] = (
            {"$ref": f"#/components/schemas/S{index + 1}"}
            if index < hops - 1
            else {"type": "string", "maxLength": 5}
        )
        for _ in range(inline):
            node = {"type": "array", "items": node}
        schemas[f"S{index}"] = node
    response = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/S0"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Deep", "version": "1"},
        "paths": {"/d": {"get": {"responses": {"200": {"description": "ok", **response}}}}},
        "components": {"schemas": schemas},
    }


def _deepest(inline: int) -> int:
    """The most hops of :func:`_array_chain` that stay within the depth limit."""
    hops = 1
    while reference_depth(_array_chain(hops + 1, inline)) is None:
        hops += 1
    return hops


@pytest.mark.slow
@pytest.mark.parametrize("inline", [1, MAX_DEPTH - 9], ids=["references", "nesting"])
def test_a_document_as_deep_as_the_limits_validates_generates_and_diffs(
    tmp_path: Path, inline: int
) -> None:
    """At the limits, nothing overflows a recursion; one level more is refused by name."""
    hops = _deepest(inline)
    specs = tmp_path / "specs"
    specs.mkdir()
    document = _array_chain(hops, inline)
    (specs / "deep.json").write_text(json.dumps(document))
    (specs / "deep.config.yaml").write_text("spec: deep.json\n")
    changed = json.dumps(document).replace('"maxLength": 5', '"maxLength": 6')
    (tmp_path / "changed.json").write_text(changed)
    client = load_config(specs / "deep.config.yaml")
    generate_client(client, load_spec(client), tmp_path / "out", finish=False)
    report = compare_documents(str(specs / "deep.json"), str(tmp_path / "changed.json"))
    assert [change.rule.id for change in report.clients[0].spec_changes] == [
        "response-constraint-changed"
    ]
    (specs / "deep.json").write_text(json.dumps(_array_chain(hops + 1, inline)))
    with pytest.raises(SpecError, match=rf"nested deeper than {MAX_REF_DEPTH} levels through"):
        load_spec(client)

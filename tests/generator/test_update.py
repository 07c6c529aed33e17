"""make update against a local upstream: unchanged, changed (each kind of change and the
version it brings), invalid and unreachable sources; a failure changes no file."""

from __future__ import annotations

import hashlib
import json
import shutil
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import update as update_module
from generator.config import ClientSpec, load_config
from generator.errors import GenerationError
from generator.regenerate import regenerate
from generator.update import Outcome, update_client, write_reports
from tests.local_servers import Served, UpstreamServer, upstream_server

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = date(2026, 1, 2)
SPEC_PATH = "/openapi.yaml"
pytestmark = pytest.mark.slow


@pytest.fixture
def server() -> Iterator[UpstreamServer]:
    with upstream_server() as running:
        yield running


@pytest.fixture
def project(tmp_path: Path, server: UpstreamServer) -> ClientSpec:
    """The tiny API in ``tmp_path``: its spec served by ``server`` as committed, its
    package generated, version 1.2.3."""
    specs = tmp_path / "specs"
    specs.mkdir()
    spec = (FIXTURES / "tiny.yaml").read_bytes()
    (specs / "tiny.yaml").write_bytes(spec)
    config = (FIXTURES / "tiny.config.yaml").read_text()
    config += (
        "version: 1.2.3\n"
        "upstream:\n"
        f"  url: {server.url(SPEC_PATH)}\n"
        "  kind: openapi\n"
        f"  sha256: {hashlib.sha256(spec).hexdigest()}\n"
    )
    (specs / "tiny.config.yaml").write_text(config)
    server.pages[SPEC_PATH] = Served(spec)
    client = load_config(specs / "tiny.config.yaml")
    regenerate([client], tmp_path / "generated")
    return client


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _serve_changed(server: UpstreamServer, client: ClientSpec, change: str) -> bytes:
    """Serve the tiny spec with one scripted change; return the bytes served."""
    document: dict[str, Any] = yaml.safe_load(client.spec.read_text())
    operation = document["paths"]["/things/{thing_id}"]["get"]
    if change == "addition":  # a new operation
        document["paths"]["/things"] = {
            "get": {
                "operationId": "listThings",
                "tags": ["Things"],
                "responses": {"200": {"description": "Every thing"}},
            }
        }
    elif change == "breaking":  # a response field callers read disappears
        del document["components"]["schemas"]["Thing"]["properties"]["name"]
    elif change == "other":  # neither breaking nor an addition
        operation["deprecated"] = True
    document["info"]["version"] = "1.1.0"
    body = yaml.safe_dump(document, sort_keys=False).encode()
    server.pages[SPEC_PATH] = Served(body)
    return body


def _update(client: ClientSpec) -> Outcome:
    return update_client(client, client.config.parent.parent / "generated", today=TODAY)


def test_unchanged_source_changes_nothing(project: ClientSpec, server: UpstreamServer) -> None:
    before = _tree(project.config.parent.parent)
    outcome = _update(project)
    assert outcome.status == "unchanged", outcome.message
    assert server.requests == [SPEC_PATH]
    assert _tree(project.config.parent.parent) == before


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("addition", ("minor", "1.3.0", "### Added")),
        ("breaking", ("major", "2.0.0", "### Removed")),
        ("other", ("patch", "1.2.4", "### Deprecated")),
    ],
)
def test_changed_source_is_adopted_regenerated_and_released(
    project: ClientSpec, server: UpstreamServer, change: str, expected: tuple[str, str, str]
) -> None:
    """Each kind of change gets its version: breaking major, an addition minor, else patch."""
    bump, version, section = expected
    tmp_path = project.config.parent.parent
    served = _serve_changed(server, project, change)
    outcome = _update(project)
    assert outcome.status == "updated", outcome.message
    assert project.spec.read_bytes() == served  # verbatim, as received
    adopted = load_config(project.config)
    assert adopted.upstream is not None
    assert adopted.upstream.sha256 == hashlib.sha256(served).hexdigest()
    assert adopted.version == version
    assert outcome.release is not None
    assert (outcome.release.previous, outcome.release.bump) == ("1.2.3", bump)
    assert outcome.report is not None
    assert (outcome.report.breaking > 0) == (bump == "major")

    changelog = project.changelog.read_text()
    assert f"## [{version}] - 2026-01-02" in changelog
    assert "Generated from the Tiny API 1.1.0" in changelog
    assert section in changelog.split(f"## [{version}]")[1]
    package = tmp_path / "generated" / "tiny_client"
    assert f'version = "{version}"' in (package / "pyproject.toml").read_text()
    assert "API version 1.1.0" in (package / "pyproject.toml").read_text()
    assert (package / "CHANGELOG.md").read_text().endswith(changelog)
    init = (package / "tiny_client" / "__init__.py").read_text()
    assert '__api_version__ = "1.1.0"' in init

    reports = tmp_path / "reports"
    write_reports([outcome], reports)
    summary = json.loads((reports / "tiny.json").read_text())
    assert (summary["status"], summary["bump"], summary["version"]) == ("updated", bump, version)
    assert summary["breaking"] == outcome.report.breaking
    body = (reports / "tiny.md").read_text()
    assert f"1.2.3 → **{version}**" in body
    assert "## API changes from" in body


def test_the_second_update_finds_the_adopted_source_unchanged(
    project: ClientSpec, server: UpstreamServer
) -> None:
    _serve_changed(server, project, "addition")
    assert _update(project).status == "updated"
    again = _update(load_config(project.config))
    assert again.status == "unchanged", again.message


@pytest.mark.parametrize(
    ("served", "expected"),
    [
        (Served(b"openapi: 3.1.0\ninfo: {title: x}\n"), "is not a usable spec"),
        (Served(b"{not yaml: ["), "is not a usable spec"),
        (Served(b"<html>maintenance</html>", "text/html"), "is not a usable spec"),
        (Served(b"gone", "text/plain", 404), "answered HTTP 404"),
        (Served(b"oops", "text/plain", 500), "answered HTTP 500"),
    ],
    ids=["invalid-openapi", "invalid-yaml", "html", "404", "500"],
)
def test_a_bad_source_changes_nothing(
    project: ClientSpec, server: UpstreamServer, served: Served, expected: str
) -> None:
    before = _tree(project.config.parent.parent)
    server.pages[SPEC_PATH] = served
    outcome = _update(project)
    assert outcome.status == "failed"
    assert expected in outcome.message
    assert _tree(project.config.parent.parent) == before


def test_an_unreachable_source_changes_nothing(project: ClientSpec, tmp_path: Path) -> None:
    with upstream_server() as gone:
        closed = gone.url(SPEC_PATH)
    config = project.config.read_text()
    assert project.upstream is not None
    project.config.write_text(config.replace(project.upstream.url, closed))
    client = load_config(project.config)
    before = _tree(tmp_path)
    outcome = _update(client)
    assert outcome.status == "failed"
    assert "cannot reach" in outcome.message
    assert _tree(tmp_path) == before


def test_a_failing_regeneration_puts_every_file_back(
    project: ClientSpec, server: UpstreamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _tree(project.config.parent.parent)
    _serve_changed(server, project, "addition")

    def fail(*args: object, **kwargs: object) -> list[Path]:
        raise GenerationError("the generator broke")

    monkeypatch.setattr(update_module, "regenerate", fail)
    outcome = _update(project)
    assert outcome.status == "failed"
    assert "the generator broke" in outcome.message
    assert _tree(project.config.parent.parent) == before


# A reconstructed spec: the upstream is the documentation page -----------------------------

DOCS_PATH = "/reference/"
PLANSHIP = Path(__file__).resolve().parents[2] / "specs"


@pytest.fixture
def docs_project(tmp_path: Path, server: UpstreamServer) -> ClientSpec:
    """The Planship spec and its captured reference page, the page served by ``server``."""
    specs = tmp_path / "specs"
    (specs / "sources").mkdir(parents=True)
    shutil.copy(PLANSHIP / "planship.yaml", specs / "planship.yaml")
    page = (PLANSHIP / "sources" / "planship-reference-docs.txt").read_bytes()
    (specs / "sources" / "page.txt").write_bytes(page)
    from generator.upstream import digest  # noqa: PLC0415

    (specs / "docs.config.yaml").write_text(
        "spec: planship.yaml\n"
        "base_url: https://api.planship.io\n"
        "upstream:\n"
        f"  url: {server.url(DOCS_PATH)}\n"
        "  kind: docs\n"
        "  made_from: sources/page.txt\n"
        f"  sha256: {digest('docs', page)}\n"
    )
    server.pages[DOCS_PATH] = Served(page, "text/plain; charset=utf-8")
    return load_config(specs / "docs.config.yaml")


def test_an_unchanged_page_in_html_is_unchanged(
    docs_project: ClientSpec, server: UpstreamServer
) -> None:
    """The page as a browser gets it (HTML around the same text) reads the same."""
    page = server.pages[DOCS_PATH].body.decode().replace("&", "&amp;").replace("<", "&lt;")
    markup = "\n".join(  # code (JSON) keeps its layout; paragraphs are reflowed
        f"<pre><code>{line}</code></pre>" if line[:1] in " {}[]" else f"<p>\n  {line}</p>"
        for line in page.split("\n")
    )
    server.pages[DOCS_PATH] = Served(
        f"<!doctype html><html><head><title>x</title><script>var a;</script></head>"
        f"<body>{markup}</body></html>".encode(),
        "text/html",
    )
    outcome = update_client(docs_project, docs_project.config.parent.parent / "generated")
    assert outcome.status == "unchanged", outcome.message


def test_a_changed_page_lists_what_to_reconstruct(
    docs_project: ClientSpec, server: UpstreamServer, tmp_path: Path
) -> None:
    page = server.pages[DOCS_PATH].body.decode()
    changed = page.replace("List all products in the current organization.", "List products.")
    changed = changed.replace("\naccess_token string\n", "\naccess_token string\nscope string\n")
    changed = changed.replace("GET /api/v1/health\n", "GET /api/v2/health\n")
    server.pages[DOCS_PATH] = Served(changed.encode(), "text/plain")
    spec_before = docs_project.spec.read_bytes()

    outcome = update_client(docs_project, tmp_path / "generated")
    assert outcome.status == "docs-changed", outcome.message
    assert outcome.docs.changed == ["operation GET /api/v1/products", "schema TokenResponse"]
    assert outcome.docs.added == ["operation GET /api/v2/health"]
    assert outcome.docs.removed == ["operation GET /api/v1/health"]
    assert docs_project.spec.read_bytes() == spec_before  # reconstructing is a person's job
    assert not (tmp_path / "generated").exists()
    assert docs_project.upstream is not None and docs_project.upstream.made_from is not None
    assert docs_project.upstream.made_from.read_text() == changed
    write_reports([outcome], tmp_path / "reports")
    body = (tmp_path / "reports" / "docs.md").read_text()
    assert "- changed: `schema TokenResponse`" in body
    assert "reconstruct" in body
    again = update_client(load_config(docs_project.config), tmp_path / "generated")
    assert again.status == "unchanged", again.message


def test_a_hostile_upstream_is_adopted_as_data_and_runs_nothing(
    project: ClientSpec, server: UpstreamServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The weekly refresh's worst case (issue 18, row 2): a changed upstream whose texts
    would run code at import, at construction, in the README's examples and in the build
    metadata. ``make update`` adopts it; nothing runs, and the token is read by no one."""
    canary = tmp_path / "canary"
    monkeypatch.setenv("CANARY_FILE", str(canary))
    monkeypatch.setenv("GH_TOKEN", "ghs_secret")
    payload = (
        "__import__('pathlib').Path(__import__('os').environ['CANARY_FILE'])"
        ".write_text(__import__('os').environ.get('GH_TOKEN', 'ran'))"
    )
    document: dict[str, Any] = yaml.safe_load(project.spec.read_text())
    document["info"]["description"] = f'"""\n```python\n{payload}\n```'
    document["info"]["version"] = f'1.1.0"\n[project.scripts]\nx = "{payload}"'
    document["servers"] = [{"url": f'https://tiny.example/"""+{payload}+"""'}]
    document["components"]["securitySchemes"] = {
        "key": {"type": "apiKey", "in": "header", "name": "X-Key", "description": f'""";{payload}'}
    }
    document["security"] = [{"key": []}]
    operation = document["paths"]["/things/{thing_id}"]["get"]
    operation["summary"] = f"'''\n{payload}\n'''"
    server.pages[SPEC_PATH] = Served(yaml.safe_dump(document, sort_keys=False).encode())

    outcome = _update(project)
    assert outcome.status == "updated", outcome.message
    package = project.config.parent.parent / "generated" / "tiny_client"
    assert "scripts" not in tomllib.loads((package / "pyproject.toml").read_text())["project"]
    assert "```python\n__import__" not in (package / "README.md").read_text()
    assert not canary.exists(), f"the upstream's code ran: {canary.read_text()!r}"


def test_a_generator_crash_while_adopting_is_one_line_and_puts_every_file_back(
    project: ClientSpec, server: UpstreamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _tree(project.config.parent.parent)
    _serve_changed(server, project, "addition")

    def crash(*args: object, **kwargs: object) -> list[Path]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(update_module, "regenerate", crash)
    outcome = _update(project)
    assert outcome.status == "failed"
    assert "\n" not in outcome.message
    assert "nothing was changed: the generator failed (RecursionError: maximum" in outcome.message
    assert _tree(project.config.parent.parent) == before

"""``make update`` killed at any step leaves nothing half adopted: a real ``python -m generator
update`` on a copy of the repository (its generator and templates, the tiny API, upstream on
127.0.0.1) is killed with SIGKILL at each step of adopting a change; the next run finds the
unfinished change and puts specs/, changelogs/ and generated/ back exactly as they were, and
an update run to the end adopts spec, digest, version, changelog and package together."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.transaction import KILL_AT
from tests.generator.repository_copy import FIXTURES, repository_copy, run_generator
from tests.local_servers import Served, UpstreamServer, upstream_server

SPEC_PATH = "/openapi.yaml"
EVERY_STEP = ["started", "spec-written", "digest-written", "released", "regenerated", "finished"]
"""Every checkpoint of an adoption before its commit (generator/update.py)."""
STEPS = (
    EVERY_STEP if os.environ.get("KILL_UPDATE_AT_EVERY_STEP") else ["spec-written", "regenerated"]
)
"""``make test`` kills it where the issue saw it (the spec written, nothing else) and after
the package was regenerated; ``KILL_UPDATE_AT_EVERY_STEP=1`` at every step (about 5 s each)."""
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[UpstreamServer]:
    with upstream_server() as running:
        yield running


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, server: UpstreamServer) -> Path:
    """A repository with only the tiny API, generated, version 1.2.3, its upstream served."""
    repo = repository_copy(tmp_path_factory.mktemp("pristine"))
    specs = repo / "specs"
    spec = (FIXTURES / "tiny.yaml").read_bytes()
    (specs / "tiny.yaml").write_bytes(spec)
    (specs / "tiny.config.yaml").write_text(
        (FIXTURES / "tiny.config.yaml").read_text()
        + "version: 1.2.3\nupstream:\n"
        + f"  url: {server.url(SPEC_PATH)}\n  kind: openapi\n"
        + f"  sha256: {hashlib.sha256(spec).hexdigest()}\n"
    )
    _run(repo, "regenerate")
    document: dict[str, Any] = yaml.safe_load(spec)
    document["paths"]["/things"] = {
        "get": {"operationId": "listThings", "responses": {"200": {"description": "All"}}}
    }
    document["info"]["version"] = "1.1.0"
    server.pages[SPEC_PATH] = Served(yaml.safe_dump(document, sort_keys=False).encode())
    return repo


@pytest.fixture
def repo(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(pristine, copy, symlinks=True)
    return copy


def _run(repo: Path, *args: str, kill_at: str | None = None) -> subprocess.CompletedProcess[str]:
    environ = {key: value for key, value in os.environ.items() if key != KILL_AT}
    if kill_at is not None:
        environ[KILL_AT] = kill_at
    return run_generator(repo, *args, environ=environ)


def _tree(repo: Path) -> dict[str, bytes]:
    """Every file of the tree the update may change (not the scratch of the update itself)."""
    return {
        path.relative_to(repo).as_posix(): path.read_bytes()
        for part in ("specs", "changelogs", "generated")
        for path in sorted((repo / part).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _assert_adopted(repo: Path, served: bytes) -> None:
    """Spec, digest, version, changelog and package all say the new upstream."""
    client = load_config(repo / "specs" / "tiny.config.yaml")
    assert client.spec.read_bytes() == served
    assert client.upstream is not None
    assert client.upstream.sha256 == hashlib.sha256(served).hexdigest()
    assert client.version == "1.3.0"  # an operation was added: minor
    assert "## [1.3.0]" in client.changelog.read_text()
    project = repo / "generated" / "tiny_client"
    assert 'version = "1.3.0"' in (project / "pyproject.toml").read_text()
    assert (project / "tiny_client" / "api" / "default" / "list_things.py").is_file()
    check = _run(repo, "regenerate")  # the package is what the adopted inputs generate
    assert "tiny: inputs and output unchanged" in check.stdout, check.stdout + check.stderr


@pytest.mark.parametrize("step", STEPS)
def test_an_update_killed_at_any_step_is_undone_by_the_next_run(repo: Path, step: str) -> None:
    before = _tree(repo)
    killed = _run(repo, "update", "tiny", kill_at=step)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr

    refused = _run(repo, "validate")  # a command that only reads refuses the half-done tree
    assert refused.returncode == 2
    assert refused.stderr.startswith("error: a make update of tiny was interrupted")

    undone = _run(repo, "regenerate")  # the next command that writes undoes it first
    assert undone.returncode == 0, undone.stdout + undone.stderr
    assert "tiny: an interrupted make update was undone" in undone.stderr
    assert _tree(repo) == before
    assert not (repo / ".unfinished-update").exists()


def test_an_update_killed_after_its_commit_has_adopted_everything(
    repo: Path, server: UpstreamServer
) -> None:
    killed = _run(repo, "update", "tiny", kill_at="committed")
    assert killed.returncode == -signal.SIGKILL
    _assert_adopted(repo, server.pages[SPEC_PATH].body)
    again = _run(repo, "update", "tiny")
    assert "tiny: unchanged:" in again.stdout, again.stdout + again.stderr
    assert not (repo / ".unfinished-update").exists()


def test_the_update_after_a_killed_one_adopts_the_change_whole(
    repo: Path, server: UpstreamServer
) -> None:
    assert _run(repo, "update", "tiny", kill_at="released").returncode == -signal.SIGKILL
    finished = _run(repo, "update", "tiny")
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "tiny: an interrupted make update was undone" in finished.stderr
    assert "tiny: updated:" in finished.stdout
    _assert_adopted(repo, server.pages[SPEC_PATH].body)

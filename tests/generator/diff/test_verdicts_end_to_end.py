"""Issue 21, end to end on a committed copy of this repository: one verdict per fact, through
the documented commands (``make diff``, ``make release``, ``python -m generator diff``).

Each test edits the registered specs of the copy and compares with ``--base HEAD``; the copy
is put back after each test. An optional parameter added to an operation must be one
non-breaking change and a minor release, for every operation of both specs: all of them at
once in one comparison (each with its own parameter, so each is its own fact), a sample one
by one through make, and every operation one by one with ``DIFF_EVERY_OPERATION=1``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.registry import CLIENTS
from generator.specs import iter_operations

from .conftest import git
from .test_end_to_end import copy_repository, make

pytestmark = pytest.mark.slow

EVERY_OPERATION = os.environ.get("DIFF_EVERY_OPERATION", "").lower() in ("1", "true", "yes")
DATABASES = "/organizations/{organization}/databases"
Spec = dict[str, Any]


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A committed copy of the repository (made once for the module)."""
    repo = tmp_path_factory.mktemp("repository")
    copy_repository(repo)
    git(repo, "init", "--quiet")
    git(repo, "add", "--all")
    git(
        repo,
        "-c",
        "user.name=Diff Tests",
        "-c",
        "user.email=diff-tests@example.invalid",
        "commit",
        "--quiet",
        "-m",
        "base",
    )
    return repo


@pytest.fixture
def repo(repository: Path) -> Iterator[Path]:
    """The copy, put back as committed after the test."""
    yield repository
    git(repository, "checkout", "--quiet", "--", ".")
    git(repository, "clean", "-fdq")


def edit(repo: Path, client_name: str, change: Callable[[Spec], None]) -> None:
    """Apply ``change`` to the registered spec of ``client_name`` in ``repo``."""
    [client] = [c for c in CLIENTS if c.name == client_name]
    path = repo / client.spec.relative_to(client.spec.parents[1])
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")


def diff_json(repo: Path) -> tuple[int, dict[str, Any]]:
    """Run ``python -m generator diff --base HEAD --format json`` in ``repo``."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "--base", "HEAD", "--format", "json"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def client_of(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(client for client in report["clients"] if client["name"] == name)


def three_changes(document: Spec) -> None:
    """The issue's edit: remove Database.html_url, make region required in the create
    body, add the query parameter q to the list."""
    database = document["components"]["schemas"]["Database"]
    del database["properties"]["html_url"]
    database["required"] = [name for name in database.get("required", []) if name != "html_url"]
    body = document["paths"][DATABASES]["post"]["requestBody"]["content"]["application/json"]
    body["schema"]["required"] = [*body["schema"].get("required", []), "region"]
    document["paths"][DATABASES]["get"]["parameters"].append(
        {"name": "q", "in": "query", "required": False, "schema": {"type": "string"}}
    )


def test_the_three_change_edit_is_three_changes_two_breaking(repo: Path) -> None:
    edit(repo, "planetscale", three_changes)
    status, report = diff_json(repo)
    planetscale = client_of(report, "planetscale")
    assert (status, planetscale["changes"], planetscale["breaking"]) == (1, 3, 2)
    summaries = {(fact["summary"], fact["breaking"]) for fact in planetscale["facts"]}
    assert summaries == {
        ("`Database.html_url` was removed", True),
        ("`client.databases.create()` now requires `region`", True),
        ("`client.databases.list()` accepts a new optional argument `q`", False),
    }
    # every place the package shows them is one of the three: none is a change of its own
    assert all(fact["spec"] is not None for fact in planetscale["facts"])
    shown = [api["location"] for fact in planetscale["facts"] for api in fact["api"]]
    assert len(shown) == len(planetscale["api_changes"]) > 3
    # runtime plumbing is no fact: the operation descriptor changed, nobody imports it
    assert not any("OPERATION" in location for location in shown)
    assert report["breaking"] == 2


def case_only_renames(document: Spec) -> None:
    for _, _, operation in iter_operations(document):
        if operation.get("operationId") == "createTeam":
            operation["operationId"] = "create_team"
        operation["tags"] = [
            "Service tokens" if tag == "Service Tokens" else tag
            for tag in operation.get("tags", [])
        ]


def test_case_only_renames_change_no_generated_name_and_break_nothing(repo: Path) -> None:
    edit(repo, "planetscale", case_only_renames)
    status, report = diff_json(repo)
    planetscale = client_of(report, "planetscale")
    assert status == 0
    assert planetscale["api_changes"] == []
    rules = sorted(fact["spec"]["rule"] for fact in planetscale["facts"])
    assert rules == ["operation-id-respelled", "operation-tag-respelled"]
    assert planetscale["breaking"] == 0


def probe_name(index: int) -> str:
    return f"probe_{index}"


def add_optional_parameters(only: int | None = None) -> Callable[[Spec], None]:
    """Return an edit adding an optional query parameter to every operation (its own name
    each), or to the ``only``-th one."""

    def change(document: Spec) -> None:
        for index, (_, _, operation) in enumerate(iter_operations(document)):
            if only is None or index == only:
                operation.setdefault("parameters", []).append(
                    {"name": probe_name(index), "in": "query", "schema": {"type": "string"}}
                )

    return change


def operation_count(client_name: str) -> int:
    [client] = [c for c in CLIENTS if c.name == client_name]
    document = yaml.safe_load(client.spec.read_text(encoding="utf-8"))
    return sum(1 for _ in iter_operations(document))


def test_an_optional_parameter_on_every_operation_is_one_non_breaking_change_each(
    repo: Path,
) -> None:
    """Every operation of both specs at once, each with its own new parameter: as many
    changes as operations, none breaking, each shown in its functions and resource methods."""
    for client in CLIENTS:
        edit(repo, client.name, add_optional_parameters())
    status, report = diff_json(repo)
    assert status == 0, [f["summary"] for c in report["clients"] for f in c["facts"]]
    for client in CLIENTS:
        found = client_of(report, client.name)
        count = operation_count(client.name)
        assert (found["changes"], found["breaking"]) == (count, 0), client.name
        for fact in found["facts"]:
            assert fact["spec"]["rule"] == "parameter-added-optional", fact
            assert fact["api"], f"{fact['summary']} shows nowhere in the package"
            assert {api["rule"] for api in fact["api"]} == {"api-parameter-added-optional"}


def _sample(client_name: str) -> list[int]:
    """Return the operations tried one by one: all with DIFF_EVERY_OPERATION=1, else the
    one in the middle (a different kind of operation than the first, in both specs)."""
    count = operation_count(client_name)
    return list(range(count)) if EVERY_OPERATION else [count // 2]


SAMPLES = [(client.name, index) for client in CLIENTS for index in _sample(client.name)]


def files_digest(repo: Path) -> dict[str, str]:
    """Return a digest of every file under ``repo`` but git's own."""
    return {
        str(path.relative_to(repo)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(repo.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(repo).parts
    }


@pytest.mark.parametrize(("client_name", "index"), SAMPLES, ids=[f"{c}-{i}" for c, i in SAMPLES])
def test_an_optional_parameter_on_one_operation_passes_make_diff_and_is_a_minor_release(
    repo: Path, tmp_path: Path, client_name: str, index: int
) -> None:
    edit(repo, client_name, add_optional_parameters(only=index))
    diffed = make(repo, tmp_path)
    assert diffed.returncode == 0, diffed.stdout + diffed.stderr
    assert "1 change, 0 breaking" in diffed.stdout
    before = files_digest(repo)
    planned = make(repo, tmp_path, f"API={client_name}", "DRY_RUN=1", target="release")
    assert planned.returncode == 0, planned.stderr
    assert files_digest(repo) == before, "make release DRY_RUN=1 wrote a file"
    [headline] = [line for line in planned.stdout.splitlines() if line.startswith(client_name)]
    assert "(minor, since HEAD; dry run, nothing written)" in headline, planned.stdout
    assert f"accepts a new optional argument `{probe_name(index)}`" in planned.stdout
    assert "### Added" in planned.stdout


def test_make_release_writes_the_minor_version_and_the_changelog_line(
    repo: Path, tmp_path: Path
) -> None:
    edit(repo, "planetscale", add_optional_parameters(only=0))
    released = make(repo, tmp_path, "API=planetscale", target="release")
    assert released.returncode == 0, released.stderr
    assert "planetscale: 1.0.0 -> 1.1.0 (minor, since HEAD)" in released.stdout
    config = yaml.safe_load((repo / "specs" / "planetscale.config.yaml").read_text("utf-8"))
    assert config["version"] == "1.1.0"
    pyproject = (repo / "generated" / "planetscale_client" / "pyproject.toml").read_text("utf-8")
    assert 'version = "1.1.0"' in pyproject
    changelog = (repo / "changelogs" / "planetscale_client.md").read_text(encoding="utf-8")
    entry = changelog.split("## [1.1.0]", 1)[1].split("\n## ", 1)[0]
    assert "1 change, 0 breaking" in entry
    assert "### Added\n\n- `client." in entry
    assert f"accepts a new optional argument `{probe_name(0)}`" in entry
    assert entry.count("\n- ") == 1  # one line per change, not per place


def test_the_changelog_of_the_three_change_edit_has_one_line_per_change(
    repo: Path, tmp_path: Path
) -> None:
    edit(repo, "planetscale", three_changes)
    planned = make(repo, tmp_path, "API=planetscale", "DRY_RUN=1", target="release")
    assert planned.returncode == 0, planned.stderr
    assert "planetscale: 1.0.0 -> 2.0.0 (major, since HEAD; dry run" in planned.stdout
    entry = planned.stdout.split("## [2.0.0]", 1)[1]
    assert "3 changes, 2 breaking" in entry
    assert "- **Breaking:** `client.databases.create()` now requires `region`" in entry
    assert "- **Breaking:** `Database.html_url` was removed" in entry
    assert "- `client.databases.list()` accepts a new optional argument `q`" in entry
    assert entry.count("\n- ") == 3

"""The documented commands themselves: ``make diff`` on a committed copy of this repository
after a realistic spec edit (with the verdict oracle), and the exit statuses README.md
promises for ``make diff`` and ``python -m generator diff``."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.registry import ROOT

from .conftest import git

BACKUP = "/organizations/{organization}/databases/{database}/branches/{branch}/backups/{backup_id}"
IGNORED = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache")


def copy_repository(destination: Path) -> None:
    """Copy what the diff, release and regeneration commands need into ``destination``."""
    for folder in ("generator", "templates", "specs", "generated", "changelogs"):
        shutil.copytree(ROOT / folder, destination / folder, ignore=IGNORED)
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(ROOT / name, destination / name)  # keeps mtimes: make sees nothing new


def _edit_planetscale(spec: Path) -> None:
    """Add an optional field to Database and remove the deleteBackup operation."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    document["components"]["schemas"]["Database"]["properties"]["kind"] = {"type": "string"}
    del document["paths"][BACKUP]["delete"]
    spec.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))


def make(
    cwd: Path, tmp_path: Path, *arguments: str, target: str = "diff"
) -> subprocess.CompletedProcess[str]:
    """Run ``make diff`` (or ``target``) with the shared environment as it is: READY points
    make at a marker newer than pyproject.toml, so make never reinstalls anything into it."""
    ready = tmp_path / "venv.ready"
    ready.touch()
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    command = ["make", "--no-print-directory", "-C", str(cwd), target]
    return subprocess.run(
        [*command, f"VENV={ROOT / '.venv'}", f"READY={ready}", *arguments],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.slow
def test_make_diff_reports_the_edit_and_fails_on_the_removed_operation(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    copy_repository(repo)
    git(repo, "init", "--quiet")
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "base")
    _edit_planetscale(repo / "specs" / "planetscale.yaml")
    result = make(repo, tmp_path, "ORACLE=1")
    # make exits 2 when a recipe fails; the diff command's own status is in its message.
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Error 1" in result.stderr, result.stderr
    assert "breaking change(s) since HEAD; set ALLOW_BREAKING=1 to accept them" in result.stderr
    report = result.stdout
    head = git(repo, "rev-parse", "HEAD").strip()
    assert f"## API changes since `HEAD` (`{head[:12]}`)" in report
    assert ":x: **" in report
    assert (
        f"| operation deleteBackup removed | `DELETE {BACKUP}` | **yes** | `operation-removed` |"
        in report
    )
    assert "| optional field added (string) | `Database.kind` (GET /organizations/" in report
    assert "| no | `response-property-added` |" in report
    assert (
        "| module removed | `planetscale_client.api.backups.delete_backup` | **yes** "
        "| `api-module-removed` |" in report
    )
    # the resource methods are public names like any other
    assert (
        "| `planetscale_client.resources.backups.{AsyncBackups, Backups}.delete` | **yes** "
        "| `api-function-removed` |" in report
    ), report
    assert (
        "| attribute added: str \\\\| Unset "
        "| `planetscale_client.models.database.Database.kind` "
        "| no | `api-attribute-added` |" in report
    )
    assert "**Planship API**" in report
    # the verdict oracle: a caller of each base package, type-checked against the new one
    assert report.count("against the new package; every verdict agrees.") == 2, report
    # deleteBackup's removal breaks the caller wherever it is used: its module's functions and
    # the resource methods (sync, async, raw); the other client's caller is untouched
    errors = re.findall(r"base package has (\d+) type errors? against the new package", report)
    assert sorted(int(count) for count in errors)[0] == 0
    assert sorted(int(count) for count in errors)[1] > 0


DOCUMENT = """\
openapi: 3.1.0
info: {title: Pets, version: '1'}
paths:
  /pets/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string, maxLength: 40}}]
      responses: {'204': {description: Found}}
"""


def test_documented_exit_statuses_of_make_diff_and_python_m_generator_diff(tmp_path: Path) -> None:
    """README.md: `make diff` exits 0 when nothing breaks and 2 otherwise, printing make's
    `Error 1` (something breaks) or `Error 2` (unusable input); `python -m generator diff`
    exits 0, 1 or 2."""
    old, looser, tighter = (tmp_path / name for name in ("old.yaml", "looser.yaml", "tighter.yaml"))
    old.write_text(DOCUMENT)
    looser.write_text(DOCUMENT.replace("maxLength: 40", "maxLength: 80"))
    tighter.write_text(DOCUMENT.replace("maxLength: 40", "maxLength: 20"))
    missing = tmp_path / "missing.yaml"
    for new, make_status, python_status, make_says in (
        (looser, 0, 0, ""),
        (tighter, 2, 1, "Error 1"),
        (missing, 2, 2, "Error 2"),
    ):
        result = make(ROOT, tmp_path, f"OLD={old}", f"NEW={new}")
        assert (result.returncode, make_says in result.stderr) == (make_status, True), result
        python = subprocess.run(
            [sys.executable, "-m", "generator", "diff", str(old), str(new)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert python.returncode == python_status, python.stderr

"""``make diff`` on a committed copy of this repository, after a realistic spec edit."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.registry import ROOT

from .conftest import git

BACKUP = "/organizations/{organization}/databases/{database}/branches/{branch}/backups/{backup_id}"
IGNORED = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache")


def _copy_repository(destination: Path) -> None:
    for folder in ("generator", "templates", "specs", "generated"):
        shutil.copytree(ROOT / folder, destination / folder, ignore=IGNORED)
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(ROOT / name, destination / name)  # keeps mtimes: make sees nothing new


def _edit_planetscale(spec: Path) -> None:
    """Add an optional field to Database and remove the deleteBackup operation."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    document["components"]["schemas"]["Database"]["properties"]["kind"] = {"type": "string"}
    del document["paths"][BACKUP]["delete"]
    spec.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))


@pytest.mark.slow
def test_make_diff_reports_the_edit_and_fails_on_the_removed_operation(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    _copy_repository(repo)
    git(repo, "init", "--quiet")
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "base")
    _edit_planetscale(repo / "specs" / "planetscale.yaml")
    # The shared environment is used as it is: READY points make at a marker newer than
    # pyproject.toml, so make never reinstalls anything into it.
    ready = tmp_path / "venv.ready"
    ready.touch()
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    result = subprocess.run(
        ["make", "--no-print-directory", "diff", f"VENV={ROOT / '.venv'}", f"READY={ready}"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    # make exits 2 when a recipe fails; the diff command's own status is in its message.
    assert result.returncode != 0, result.stdout + result.stderr
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
    assert (
        "| attribute added: str \\| Unset = UNSET "
        "| `planetscale_client.models.database.Database.kind` "
        "| no | `api-attribute-added` |" in report
    )
    assert "**Planship API**" in report

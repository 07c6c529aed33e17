"""The pre-commit hooks (.pre-commit-config.yaml) run on a copy of the repository: clean as
committed, and each one fails on the kind of change it is there to stop."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.registry import CLIENTS, ROOT

pytestmark = pytest.mark.slow
HOOKS = ("ruff", "ruff-format", "mypy", "generated-drift")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The repository's tracked files (as in the working tree) in a new git repository, with
    this environment as its .venv."""
    copy = tmp_path / "repo"
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    (copy / ".venv").symlink_to(Path(sys.executable).parent.parent)
    _git(copy, "init", "-q")
    _git(copy, "add", "-A")
    return copy


def _pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")}
    return subprocess.run(
        [str(Path(sys.executable).parent / "pre-commit"), "run", "--color=never", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_hook_passes_on_the_repository_and_fails_on_what_it_guards(repo: Path) -> None:
    clean = _pre_commit(repo, "--all-files")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    for hook in HOOKS:
        assert any(
            line.startswith(f"{_name(hook)}") and line.endswith("Passed")
            for line in clean.stdout.splitlines()
        ), clean.stdout

    module = repo / "generator" / "paths.py"
    module.write_text(module.read_text() + "import os\nx: int = 'text'\nif  True :\n    pass\n")
    generated = repo / "generated" / CLIENTS[0].package_name / "README.md"
    generated.write_text(generated.read_text() + "edited by hand\n")
    _git(repo, "add", "-A")
    broken = _pre_commit(repo, "--all-files")
    assert broken.returncode == 1
    failed = {line.split(".")[0] for line in broken.stdout.splitlines() if line.endswith("Failed")}
    assert failed == {_name(hook) for hook in HOOKS}, broken.stdout
    assert "F401" in broken.stdout  # the unused import
    assert "run make regenerate" in broken.stdout  # the drift check
    assert 'Incompatible types in assignment (expression has type "str"' in broken.stdout


def _name(hook: str) -> str:
    names = {
        "ruff": "ruff (lint)",
        "ruff-format": "ruff format",
        "mypy": "mypy (strict)",
        "generated-drift": "generated/ is what specs/ and templates/ produce",
    }
    return names[hook]

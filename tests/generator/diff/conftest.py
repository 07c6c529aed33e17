"""Temporary git repositories for the diff command's tests."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.registry import ClientSpec

GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Diff Tests",
    "GIT_AUTHOR_EMAIL": "diff-tests@example.invalid",
    "GIT_COMMITTER_NAME": "Diff Tests",
    "GIT_COMMITTER_EMAIL": "diff-tests@example.invalid",
}


def git(root: Path, *args: str) -> str:
    """Run git in ``root`` (no user or system config) and return its output."""
    result = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.fixture(autouse=True)
def _isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Commits get a fixed identity; no user config, and no repository above ``tmp_path``."""
    for name, value in GIT_IDENTITY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.delenv("ALLOW_BREAKING", raising=False)


Commit = Callable[[str], str]


@pytest.fixture
def tiny_repo(tiny_client: ClientSpec, tmp_path: Path) -> tuple[ClientSpec, Commit]:
    """``tmp_path`` as a git repository holding the tiny client's spec, and a function
    that commits everything with a message and returns the commit id."""
    git(tmp_path, "init", "--quiet")

    def commit(message: str) -> str:
        git(tmp_path, "add", "--all")
        git(tmp_path, "commit", "--quiet", "--allow-empty", "-m", message)
        return git(tmp_path, "rev-parse", "HEAD").strip()

    return tiny_client, commit

"""A copy of the repository's generator and templates in a temporary folder, with a specs/
folder of the test's own, and ``python -m generator`` run in it: the commands exactly as a
user runs them (the copy's generator is the one imported: the working folder comes first)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.paths import ROOT

FIXTURES = ROOT / "tests" / "generator" / "fixtures"


def repository_copy(folder: Path) -> Path:
    """Return ``folder/repo`` holding the generator, the templates and an empty specs/."""
    repo = folder / "repo"
    for part in ("generator", "templates"):
        shutil.copytree(ROOT / part, repo / part, ignore=shutil.ignore_patterns("__pycache__"))
    (repo / "specs").mkdir()
    return repo


def run_generator(
    repo: Path, *args: str, environ: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator <args>`` in ``repo``; return what it did (never raises)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=repo,
        env=os.environ.copy() if environ is None else environ,
        capture_output=True,
        text=True,
        check=False,
    )

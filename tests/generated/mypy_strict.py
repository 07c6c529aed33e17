"""``mypy --strict`` on generated packages, in a fresh process and with no cache."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path


def run_mypy_strict(
    packages: Iterable[str],
    cwd: Path,
    search_path: Iterable[Path] = (),
    files: Iterable[str] = (),
    *,
    options: Iterable[str] = (),
) -> subprocess.CompletedProcess[str]:
    """Type-check ``packages`` (and ``files``) strictly from ``cwd``, with mypy's ``options``
    added; ``search_path`` is where they are found (``MYPYPATH``), when not in ``cwd`` or
    installed."""
    folders = os.pathsep.join(str(folder) for folder in search_path)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            *options,
            *(arg for package in packages for arg in ("-p", package)),
            *files,
        ],
        cwd=cwd,
        env={**os.environ, "MYPYPATH": folders} if folders else None,
        capture_output=True,
        text=True,
        check=False,
    )

"""The Makefile's long targets say what they do: the set-up prints a line per step and lets
pip show what it installs (no ``--quiet``)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from generator.registry import ROOT


def test_the_set_up_says_each_step_and_shows_pips_progress(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    planned = subprocess.run(
        ["make", "-n", f"VENV={venv}", f"{venv}/.ready"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MAKEFLAGS": ""},
    )
    assert planned.returncode == 0, planned.stderr
    lines = planned.stdout.splitlines()
    install = next(line for line in lines if "pip install" in line and ".[dev]" in line)
    assert "--quiet" not in install
    steps = [line for line in lines if line.startswith('echo "set-up: ')]
    assert len(steps) >= 2, lines
    assert lines.index(steps[0]) < lines.index(install)

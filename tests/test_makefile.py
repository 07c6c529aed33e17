"""What the Makefile runs: its long targets say what they do (the set-up prints a line per
step and lets pip show what it installs), and ``API=``, ``PORT=``, ``DYNAMIC=`` reach the
commands of ``make test`` and ``make mock``."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from generator.registry import CLIENTS, ROOT


def _planned(*arguments: str) -> list[str]:
    """The commands ``make`` would run for ``arguments`` (``make -n``)."""
    planned = subprocess.run(
        ["make", "-n", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MAKEFLAGS": ""},
    )
    assert planned.returncode == 0, planned.stderr
    return planned.stdout.splitlines()


def test_the_set_up_says_each_step_and_shows_pips_progress(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    lines = _planned(f"VENV={venv}", f"{venv}/.ready")
    install = next(line for line in lines if "pip install" in line and ".[dev]" in line)
    assert "--quiet" not in install
    steps = [line for line in lines if line.startswith('echo "set-up: ')]
    assert len(steps) >= 2, lines
    assert lines.index(steps[0]) < lines.index(install)


def test_make_test_passes_the_api_to_pytest() -> None:
    name = CLIENTS[0].name
    assert any(
        line.endswith(f" -m pytest --api {name}") for line in _planned("test", f"API={name}")
    )


def test_make_mock_passes_the_api_port_and_dynamic_through() -> None:
    lines = _planned("mock", "API=planship", "PORT=4321", "DYNAMIC=1")
    assert any(line.endswith(" -m generator mock planship --port 4321 --dynamic") for line in lines)

"""``make build``: an sdist and a wheel of each generated package, checked by twine."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.config import ClientSpec
from generator.environment import without_secrets


class BuildError(Exception):
    """A package that does not build, or whose distributions twine rejects."""


def build_package(client: ClientSpec, project: Path, dist_dir: Path) -> list[Path]:
    """Build ``project`` (a generated package's folder) into ``dist_dir``; return the sdist
    and the wheel (built from the sdist, so the sdist is known to be complete)."""
    if dist_dir.exists():
        shutil.rmtree(dist_dir)
    # --no-isolation: the build backend is the pinned hatchling of this environment, so the
    # build needs no network and gives the same files everywhere.
    _run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist_dir), str(project)],
        f"{client.project_name} does not build",
    )
    built = sorted(dist_dir.glob("*.tar.gz")) + sorted(dist_dir.glob("*.whl"))
    if len(built) != 2:
        raise BuildError(f"{client.project_name}: expected an sdist and a wheel, got {built}")
    return built


def check_distributions(paths: Sequence[Path]) -> None:
    """Run ``twine check --strict`` on ``paths``; raise :class:`BuildError` on a problem."""
    _run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, paths)],
        "twine check rejects the distributions",
    )


def _run(command: list[str], failure: str) -> None:
    result = subprocess.run(
        command, capture_output=True, text=True, check=False, env=without_secrets()
    )
    if result.returncode != 0:
        raise BuildError(f"{failure}:\n{result.stdout}{result.stderr}")

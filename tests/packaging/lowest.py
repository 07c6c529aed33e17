"""``make test-lowest``: the client tests against the lowest versions of httpx and msgspec
that the generated packages allow (``uv pip compile --resolution lowest-direct`` on their
pyproject.toml), in a virtual environment of their own, ``.venv-lowest``.

The lower bounds in templates/pyproject.toml.jinja are the versions this proves: a bound
that is too low fails here (the CI workflow runs it on every pull request).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

from packaging.version import Version

from generator.registry import CLIENTS, ROOT

VENV = ROOT / ".venv-lowest"
TESTS = ["tests/clients"]


def lower_bounds(pyproject: Path) -> dict[str, str]:
    """Return each dependency of a generated pyproject.toml with its ``>=`` lower bound."""
    found = re.findall(r'^\s*"([A-Za-z0-9_.-]+)>=([0-9][^,"]*)', pyproject.read_text(), re.M)
    return dict(found)


def main() -> int:
    """Build .venv-lowest, check it holds the lower bounds, run the client tests in it."""
    uv = [sys.executable, "-m", "uv"]
    python = str(VENV / "bin" / "python")
    # --python always: `python -m uv pip` would otherwise install into this environment.
    install = [*uv, "pip", "install", "--quiet", "--python", python]
    pyprojects = [str(client.output_dir / "pyproject.toml") for client in CLIENTS]
    subprocess.run(
        [*uv, "venv", "--quiet", "--clear", "--python", sys.executable, str(VENV)], check=True
    )
    subprocess.run([*install, "-e", ".[dev]"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as scratch:
        pins = Path(scratch) / "lowest.txt"
        subprocess.run(
            [
                *uv,
                "pip",
                "compile",
                "--quiet",
                "--resolution",
                "lowest-direct",
                "--no-header",
                "--python",
                python,
                *pyprojects,
                "-o",
                str(pins),
            ],
            check=True,
        )
        subprocess.run([*install, "-r", str(pins)], check=True)
    editable = [arg for client in CLIENTS for arg in ("-e", str(client.output_dir))]
    subprocess.run([*install, "--no-deps", *editable], check=True)
    bounds = {name: low for path in pyprojects for name, low in lower_bounds(Path(path)).items()}
    script = "import importlib.metadata as m, sys; print(*(m.version(n) for n in sys.argv[1:]))"
    installed = subprocess.run(
        [python, "-c", script, *bounds], capture_output=True, text=True, check=True
    ).stdout.split()
    for (name, low), have in zip(bounds.items(), installed, strict=True):
        print(f"{name}: lowest allowed {low}, installed {have} (this environment: {version(name)})")
        if Version(have) != Version(low):
            print(f"error: {name} {have} is not the lower bound {low}", file=sys.stderr)
            return 1
    return subprocess.run([python, "-m", "pytest", "-q", *TESTS], cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())

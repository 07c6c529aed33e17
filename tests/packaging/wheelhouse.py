"""The wheels a fresh virtual environment needs besides the generated packages' own: their
dependencies at the versions of this environment (``.venv/wheelhouse``).

``make test`` downloads them once (the Makefile's bootstrap may reach PyPI; the tests may
not), so the installed-wheel test installs with ``--offline --no-index``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from generator.registry import CLIENTS, ROOT

WHEELHOUSE = ROOT / ".venv" / "wheelhouse"


def requirements() -> list[str]:
    """Return ``name==version`` for each dependency of the generated packages, at the
    version installed here."""
    names: set[str] = set()
    for client in CLIENTS:
        text = (client.output_dir / "pyproject.toml").read_text(encoding="utf-8")
        block = text.split("dependencies = [", 1)[1].split("]", 1)[0]
        names |= set(re.findall(r'"([A-Za-z0-9_.-]+)', block))
    return sorted(f"{name}=={version(name)}" for name in names)


def main() -> int:
    """Download the wheels (and theirs) into WHEELHOUSE; return pip's exit status."""
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
    command += ["--only-binary=:all:", "--dest", str(WHEELHOUSE), *requirements()]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())


def missing() -> str:
    """Return why the wheelhouse cannot serve the fresh environment; empty when it can."""
    wanted = {r.split("==")[0].replace("-", "_").lower(): r for r in requirements()}
    have = {path.name.split("-")[0].lower() for path in Path(WHEELHOUSE).glob("*.whl")}
    absent = sorted(r for name, r in wanted.items() if name not in have)
    return f"{WHEELHOUSE} lacks {', '.join(absent)}: run `make test`" if absent else ""

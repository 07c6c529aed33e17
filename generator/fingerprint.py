"""Fingerprints of a client's generation inputs and output, so unchanged clients are skipped."""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

from generator.registry import TEMPLATES_DIR, ClientSpec

STAMP_NAME = ".generated-from"
"""The file in each generated project that records the fingerprints it was built from."""

_GENERATOR_DIR = Path(__file__).resolve().parent
_IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def inputs_digest(client: ClientSpec) -> str:
    """Return a digest of everything that decides the client's generated text."""
    digest = hashlib.sha256()
    # No absolute path may enter the digest: it is committed and compared on other machines.
    digest.update(f"{client.name}|{client.title}|{client.package_name}\n".encode())
    for tool in ("openapi-python-client", "ruff"):
        digest.update(f"{tool}=={version(tool)}\n".encode())
    sources = [client.spec, *client.overlays, client.config]
    sources += [client.changelog] if client.changelog.is_file() else []
    sources += sorted(TEMPLATES_DIR.rglob("*.jinja"))  # not templates/README.md: it renders nothing
    sources += sorted(p for p in _GENERATOR_DIR.glob("*.py"))  # not diff/: it generates nothing
    for path in sources:
        digest.update(client.relative(path).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def output_digest(folder: Path) -> str:
    """Return a digest of the generated files in ``folder`` (the stamp itself excluded)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and path.name != STAMP_NAME and not _IGNORED_PARTS & set(relative.parts):
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def stamp_text(header: list[str], inputs: str, output: str) -> str:
    """Return the stamp file's content."""
    lines = [f"# {line}" for line in header]
    return "\n".join([*lines, f"inputs {inputs}", f"output {output}", ""])


def is_up_to_date(client: ClientSpec, folder: Path) -> bool:
    """Return whether ``folder`` was generated from the client's current inputs, untouched since."""
    stamp = folder / STAMP_NAME
    if not stamp.is_file():
        return False
    recorded: dict[str, str] = {}
    for line in stamp.read_text(encoding="utf-8", errors="replace").splitlines():
        if line[:1] in ("#", ""):
            continue
        key, _, value = line.partition(" ")
        if key not in ("inputs", "output") or key in recorded:  # a merge conflict, say: stale
            return False
        recorded[key] = value
    return recorded.get("inputs") == inputs_digest(client) and recorded.get(
        "output"
    ) == output_digest(folder)

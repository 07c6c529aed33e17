"""Rebuild generated/ atomically, and compare it with what the specs and templates produce."""

from __future__ import annotations

import difflib
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from generator.fingerprint import is_up_to_date
from generator.registry import CLIENTS, GENERATED_DIR, ClientSpec

# Left behind by Python and tools in the committed tree; never part of the output.
IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
MAX_DIFF_LINES = 40


def build_clients(
    clients: Iterable[ClientSpec],
    workdir: Path,
    progress: Callable[[str], None] = lambda line: None,
) -> dict[ClientSpec, Path]:
    """Generate every client into ``workdir/<package>`` and return where each one went;
    ``progress`` is told which client is being generated.

    Stops at the first client that fails; the exception names its spec and the problem.
    """
    # Imported here: a regeneration with nothing to do must not pay for loading them.
    from generator.generate import generate_client  # noqa: PLC0415
    from generator.specs import load_spec  # noqa: PLC0415

    built: dict[ClientSpec, Path] = {}
    for client in clients:
        progress(f"{client.name}: generating from {client.relative(client.spec)}")
        spec = load_spec(client)
        destination = workdir / client.package_name
        warnings = [*spec.warnings, *generate_client(client, spec, destination)]
        for warning in warnings:  # generated anyway: shown, not fatal
            print(f"warning: {warning}", file=sys.stderr)
        built[client] = destination
    return built


def regenerate(
    clients: Sequence[ClientSpec] = CLIENTS,
    generated_dir: Path = GENERATED_DIR,
    *,
    force: bool = False,
    progress: Callable[[str], None] = lambda line: None,
) -> list[Path]:
    """Rebuild the client packages under ``generated_dir``; return the folders written.

    A client whose inputs (spec, overlays, config, templates, generator, tool versions) and
    output are unchanged since its last generation is skipped, unless ``force``.
    ``progress`` is told which client is being generated. Everything is generated into a
    staging folder first; ``generated_dir`` is touched
    only once all clients have been generated and checked, so any failure leaves it
    exactly as it was.
    """
    generated_dir.mkdir(parents=True, exist_ok=True)
    stale = [
        client
        for client in clients
        if force or not is_up_to_date(client, generated_dir / client.package_name)
    ]
    if not stale:
        return []
    staging = Path(tempfile.mkdtemp(prefix=".regenerate-", dir=generated_dir.parent))
    try:
        built = build_clients(stale, staging / "new", progress)
        return _swap_in(built, generated_dir, staging / "old")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_in(built: dict[ClientSpec, Path], generated_dir: Path, backup: Path) -> list[Path]:
    backup.mkdir()
    moved: list[tuple[Path, Path | None]] = []
    try:
        for client, new in built.items():
            target = generated_dir / client.package_name
            previous = None
            if target.exists():
                previous = backup / client.package_name
                target.rename(previous)
            moved.append((target, previous))
            new.rename(target)
    except OSError:
        for target, previous in reversed(moved):  # put back what was there
            if target.exists():
                shutil.rmtree(target)
            if previous is not None:
                previous.rename(target)
        raise
    return [target for target, _ in moved]


def drift(clients: Sequence[ClientSpec] = CLIENTS, generated_dir: Path = GENERATED_DIR) -> str:
    """Return how ``generated_dir`` differs from a fresh generation; empty when identical."""
    with tempfile.TemporaryDirectory(prefix="regenerate-check-") as tmp:
        fresh = Path(tmp)
        build_clients(clients, fresh)
        problems: list[str] = []
        for client in clients:
            problems += compare_trees(
                fresh / client.package_name, generated_dir / client.package_name
            )
        # Every client of the registry owns its folder, checked or not this time.
        registered = {client.package_name for client in (*CLIENTS, *clients)}
        if generated_dir.is_dir():
            for entry in sorted(generated_dir.iterdir()):
                if entry.is_dir() and entry.name not in registered | IGNORED_PARTS:
                    problems.append(
                        f"generated/{entry.name}/ belongs to no client in generator/registry.py"
                    )
    if not problems:
        return ""
    return "\n".join(
        [*problems, "generated/ is not what the specs and templates produce: run make regenerate"]
    )


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Return one message per missing, extra or different file of ``actual``."""
    label = f"generated/{actual.name}"
    expected_files = _files(expected)
    actual_files = _files(actual)
    problems: list[str] = []
    missing = sorted(expected_files - actual_files)
    extra = sorted(actual_files - expected_files)
    if missing:
        problems.append(f"{label}: missing files:\n" + "\n".join(f"  {p}" for p in missing))
    if extra:
        problems.append(
            f"{label}: files that should not be there:\n" + "\n".join(f"  {p}" for p in extra)
        )
    for name in sorted(expected_files & actual_files):
        want = (expected / name).read_bytes()
        have = (actual / name).read_bytes()
        if want != have:
            problems.append(_text_diff(want, have, f"{label}/{name}"))
    return problems


def _files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not IGNORED_PARTS.intersection(path.relative_to(root).parts)
    }


def _text_diff(want: bytes, have: bytes, name: str) -> str:
    lines = list(
        difflib.unified_diff(
            have.decode("utf-8", "replace").splitlines(),
            want.decode("utf-8", "replace").splitlines(),
            fromfile=f"{name} (committed)",
            tofile=f"{name} (regenerated)",
            lineterm="",
        )
    )
    if len(lines) > MAX_DIFF_LINES:
        lines = [*lines[:MAX_DIFF_LINES], f"... {len(lines) - MAX_DIFF_LINES} more diff lines"]
    return f"{name} differs:\n" + "\n".join(lines)

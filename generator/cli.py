"""Command line: ``python -m generator regenerate | check | validate | develop | diff``."""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from generator.errors import GenerationError, SpecError
from generator.regenerate import drift, regenerate
from generator.registry import CLIENTS, ClientSpec, get_client


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named in ``argv`` and return the process exit status."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("regenerate", "rebuild generated/ from specs/ and templates/ (atomically)"),
        ("check", "validate the specs and fail if generated/ is not what they produce"),
        ("validate", "validate the specs (with their overlays) only"),
        ("develop", "install the generated packages into this environment (editable)"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument(
            "--client",
            action="append",
            choices=[client.name for client in CLIENTS],
            help="only this client (repeatable; default: all)",
        )
        if name == "regenerate":
            command.add_argument(
                "--force", action="store_true", help="regenerate even clients that are up to date"
            )
    commands.add_parser(
        "diff",
        help="report what the working tree's spec and template changes do to users",
        add_help=False,
    )
    # The diff command's own options are parsed by generator/diff/cli.py.
    args, extra = parser.parse_known_args(argv)
    if args.command == "diff":
        return _diff(extra)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    clients = [get_client(name) for name in args.client] if args.client else list(CLIENTS)
    try:
        if args.command == "regenerate":
            return _regenerate(clients, force=args.force)
        if args.command == "validate":
            return _validate(clients)
        if args.command == "develop":
            return _develop(clients)
        return _check(clients)
    except (SpecError, GenerationError) as err:
        print(f"error: {err}", file=sys.stderr)
        if args.command == "regenerate":
            print("generated/ was left unchanged.", file=sys.stderr)
        return 1


def _diff(options: list[str]) -> int:
    # Imported only for this command: griffe and the diff engine are slow to load.
    from generator.diff import cli as diff_cli  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="python -m generator diff", description=diff_cli.__doc__)
    diff_cli.add_arguments(parser)
    return diff_cli.run(parser.parse_args(options))


def _regenerate(clients: list[ClientSpec], *, force: bool) -> int:
    started = time.perf_counter()
    written = {folder.name for folder in regenerate(clients, force=force)}
    elapsed = time.perf_counter() - started
    for client in clients:
        if client.package_name not in written:
            print(f"{client.name}: inputs and output unchanged, skipped (--force regenerates)")
            continue
        operations, models = _count(client.output_dir / client.package_name)
        print(
            f"{client.name}: {operations} operations, {models} models -> "
            f"generated/{client.package_name}"
        )
    print(f"regenerated {len(written)} of {len(clients)} client(s) in {elapsed:.2f}s")
    return 0


def _validate(clients: list[ClientSpec]) -> int:
    from generator.specs import load_spec  # noqa: PLC0415 - not needed by a no-op regenerate

    for client in clients:
        spec = load_spec(client)
        for warning in spec.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(f"{client.relative(client.spec)}: valid")
    return 0


def _check(clients: list[ClientSpec]) -> int:
    _validate(clients)
    report = drift(clients)
    if report:
        print(report, file=sys.stderr)
        return 1
    print("generated/ is up to date")
    return 0


def _develop(clients: list[ClientSpec]) -> int:
    """Install each generated package editable, so regenerating needs no reinstall."""
    missing = [
        client.output_dir
        for client in clients
        if client.output_dir.is_dir() and importlib.util.find_spec(client.package_name) is None
    ]
    if not missing:
        return 0
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--no-deps",
        "--no-build-isolation",
    ]
    for folder in missing:
        command += ["-e", str(folder)]
    return subprocess.run(command, check=False).returncode


def _count(package: Path) -> tuple[int, int]:
    operations = sum(1 for path in (package / "api").glob("*/*.py") if path.name != "__init__.py")
    models = sum(1 for path in (package / "models").glob("*.py") if path.name != "__init__.py")
    return operations, models

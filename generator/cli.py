"""Command line: ``python -m generator regenerate | check | validate | develop | diff | update |
release | build | docs | mock``."""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import subprocess
import sys
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

from generator import registry
from generator.environment import without_secrets
from generator.errors import GenerationError, SpecError
from generator.regenerate import drift, regenerate
from generator.registry import GENERATED_DIR, ROOT, ClientSpec, client_names, get_client
from generator.transaction import undo_unfinished, unfinished

EXIT_BAD_INPUT = 2
"""A spec, overlay or config that cannot be read or used (1: a valid one that does not
generate, or a check that fails)."""
REPORTS_DIR = ROOT / "build" / "update"
DIST_DIR = ROOT / "dist"
SITE_DIR = ROOT / "build" / "site"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named in ``argv`` and return the process exit status."""
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "diff":
        return _diff(extra)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    names = args.client or getattr(args, "api", None) or []
    unknown = [name for name in names if name not in client_names()]
    if unknown:
        parser.error(
            f"no client named {unknown[0]!r} in specs/*.config.yaml "
            f"(known: {', '.join(client_names())})"
        )
    return _interrupted_updates(args.command) or _run(args, names)


def _parser() -> argparse.ArgumentParser:
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
            choices=client_names(),
            help="only this client (repeatable; default: all)",
        )
        if name == "regenerate":
            command.add_argument(
                "--force", action="store_true", help="regenerate even clients that are up to date"
            )
    _add_release_commands(commands)
    commands.add_parser(
        "diff",
        help="report what the working tree's spec and template changes do to users",
        add_help=False,
    )
    # The diff command's own options are parsed by generator/diff/cli.py.
    return parser


def _run(args: argparse.Namespace, names: list[str]) -> int:
    if args.command == "develop" and not names:  # every package there is: no config needed
        return _develop(sorted(path.parent for path in GENERATED_DIR.glob("*/pyproject.toml")))
    try:
        # Only the configs asked for are read: a broken one fails its own API's commands
        # and the commands about every API (naming it), never another API's.
        clients = [get_client(name) for name in names] if names else list(registry.CLIENTS)
        if args.command in _RELEASE_COMMANDS:
            return _RELEASE_COMMANDS[args.command](clients, args)
        if args.command == "regenerate":
            return _regenerate(clients, force=args.force)
        if args.command == "validate":
            return _validate(clients)
        if args.command == "develop":
            return _develop([client.output_dir for client in clients])
        return _check(clients)
    except (SpecError, GenerationError) as err:
        print(f"error: {err}", file=sys.stderr)
        if args.command == "regenerate":
            print("generated/ was left unchanged.", file=sys.stderr)
        return EXIT_BAD_INPUT if isinstance(err, SpecError) else 1


_WRITERS = ("update", "regenerate", "release")


def _interrupted_updates(command: str) -> int:
    """Undo what an interrupted ``make update`` left half done, before a command that writes
    the tree; refuse the others (status 2) while it is there. Return 0 to go on."""
    if command in _WRITERS:
        for name in undo_unfinished(ROOT):
            print(
                f"{name}: an interrupted make update was undone (specs/, changelogs/ and "
                "generated/ are as they were before it)",
                file=sys.stderr,
            )
        return 0
    names = unfinished(ROOT)
    if names:
        print(
            f"error: a make update of {', '.join(names)} was interrupted and is half done; "
            "make update or make regenerate undoes it",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return 0


def _add_release_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    update = commands.add_parser(
        "update", help="fetch each API's upstream source; adopt, regenerate and release changes"
    )
    update.add_argument("api", nargs="*", metavar="API", help="only these APIs (default: all)")
    update.add_argument("--reports", type=Path, default=REPORTS_DIR, help="where to write reports")
    update.add_argument("--date", type=datetime.date.fromisoformat, help="changelog date")
    release = commands.add_parser(
        "release", help="bump each package's version from the diff since its last release"
    )
    release.add_argument("api", nargs="*", metavar="API", help="only these APIs (default: all)")
    release.add_argument(
        "--base", help="git ref of the last release (default: its tag, else origin/main or HEAD)"
    )
    release.add_argument("--date", type=datetime.date.fromisoformat, help="changelog date")
    release.add_argument(
        "--dry-run",
        action="store_true",
        help="print each package's next version, why, and its changelog entry; write nothing",
    )
    build = commands.add_parser("build", help="sdist and wheel of each package, twine-checked")
    build.add_argument("api", nargs="*", metavar="API", help="only these APIs (default: all)")
    build.add_argument("--dist", type=Path, default=DIST_DIR, help="output folder")
    build.add_argument(
        "--tag", help="a release tag (<project>-v<version>): build that package, check its version"
    )
    docs = commands.add_parser("docs", help="build the API reference site of every package")
    docs.add_argument("--site", type=Path, default=SITE_DIR, help="output folder")
    mock = commands.add_parser(
        "mock", help="serve one API's effective spec with Prism on 127.0.0.1 until Ctrl-C"
    )
    mock.add_argument("api", nargs=1, metavar="API", choices=client_names())
    mock.add_argument("--port", type=int, default=None, help="default: a free port")
    mock.add_argument(
        "--dynamic", action="store_true", help="random data matching the schemas, not examples"
    )
    for command in (update, release, build, docs, mock):
        command.set_defaults(client=None)


def _update(clients: list[ClientSpec], args: argparse.Namespace) -> int:
    from generator.update import update, write_reports  # noqa: PLC0415 - loads the diff engine

    outcomes = update(clients, GENERATED_DIR, today=args.date)
    write_reports(outcomes, args.reports)
    for outcome in outcomes:
        print(f"{outcome.client.name}: {outcome.status}: {outcome.message}")
    print(f"reports written to {_shown(args.reports)}")
    return 1 if any(outcome.status == "failed" for outcome in outcomes) else 0


def _release(clients: list[ClientSpec], args: argparse.Namespace) -> int:
    from generator.diff.cli import build_report  # noqa: PLC0415 - loads the diff engine
    from generator.diff.git import GitError, Repository  # noqa: PLC0415
    from generator.release import plan, release, release_tag  # noqa: PLC0415
    from generator.specs import load_spec  # noqa: PLC0415

    try:
        repo = Repository(ROOT)
    except GitError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    released = []
    for client in clients:
        api_version = str(load_spec(client).document["info"]["version"])
        base = args.base
        if base is None:
            tag = release_tag(client, client.version or "")
            try:
                repo.commit(tag)
                base = tag
            except GitError:
                base = repo.default_base()
        report = build_report([client], ROOT, base).clients[0]
        if args.dry_run:
            planned = plan(client, report, api_version, today=args.date)
            if planned is None:
                print(f"{client.name}: nothing changed since {base}; version {client.version} kept")
                continue
            print(
                f"{client.name}: {planned.previous} -> {planned.version} "
                f"({planned.bump}, since {base}; dry run, nothing written) because:"
            )
            print("".join(f"  - {reason}\n" for reason in planned.reasons))
            print(planned.entry)
            continue
        done = release(client, report, api_version, today=args.date)
        if done is None:
            print(f"{client.name}: nothing changed since {base}; version {client.version} kept")
            continue
        print(f"{client.name}: {done.previous} -> {done.version} ({done.bump}, since {base})")
        released.append(done.client)
    if released:
        regenerate(released)
    return 0


def _build(clients: list[ClientSpec], args: argparse.Namespace) -> int:
    from generator.build import BuildError, build_package, check_distributions  # noqa: PLC0415
    from generator.release import client_for_tag, current_version  # noqa: PLC0415
    from generator.specs import load_spec  # noqa: PLC0415

    if args.tag:
        try:
            client, version = client_for_tag(args.tag, registry.CLIENTS)
        except ValueError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        actual = current_version(client, str(load_spec(client).document["info"]["version"]))
        if actual != version:
            print(f"error: {args.tag} names {version}; the package is {actual}", file=sys.stderr)
            return 1
        clients = [client]
    built = []
    try:
        for client in clients:
            print(f"build: {client.project_name} (sdist, then the wheel from it)", flush=True)
            built += build_package(client, client.output_dir, args.dist / client.project_name)
        print(f"build: twine check --strict on {len(built)} distributions", flush=True)
        check_distributions(built)
    except BuildError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    for path in built:
        print(_shown(path))
    print(f"twine check --strict passed: {len(built)} distributions")
    return 0


def _docs(clients: list[ClientSpec], args: argparse.Namespace) -> int:
    from generator.docs_site import build_site  # noqa: PLC0415

    index = build_site(clients, args.site)
    print(f"API reference written to {_shown(index)}")
    return 0


def _mock(clients: list[ClientSpec], args: argparse.Namespace) -> int:
    from generator.mock import MockError, serve  # noqa: PLC0415

    try:
        return serve(clients[0], args.port, dynamic=args.dynamic)
    except MockError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


_RELEASE_COMMANDS = {
    "update": _update,
    "release": _release,
    "build": _build,
    "docs": _docs,
    "mock": _mock,
}


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _diff(options: list[str]) -> int:
    # Imported only for this command: griffe and the diff engine are slow to load.
    from generator.diff import cli as diff_cli  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="python -m generator diff", description=diff_cli.__doc__)
    diff_cli.add_arguments(parser)
    return diff_cli.run(parser.parse_args(options))


def _regenerate(clients: list[ClientSpec], *, force: bool) -> int:
    started = time.perf_counter()
    written = {
        folder.name
        for folder in regenerate(
            clients, force=force, progress=lambda line: print(line, flush=True)
        )
    }
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


def _develop(projects: list[Path]) -> int:
    """Install each generated project (``generated/<package>``) editable, so regenerating
    needs no reinstall (but a change of its entry points does: they live in the installed
    metadata)."""
    missing = [
        project
        for project in projects
        if project.is_dir()
        and (
            importlib.util.find_spec(project.name) is None
            or _installed_entry_points(project) != _declared_entry_points(project)
        )
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
    return subprocess.run(command, check=False, env=without_secrets()).returncode


def _installed_entry_points(project: Path) -> set[tuple[str, str, str]]:
    try:
        distribution = importlib.metadata.distribution(project.name.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        return set()
    return {(e.group, e.name, e.value) for e in distribution.entry_points}


def _declared_entry_points(project: Path) -> set[tuple[str, str, str]]:
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    groups = pyproject.get("project", {}).get("entry-points", {})
    return {
        (group, name, value) for group, entries in groups.items() for name, value in entries.items()
    }


def _count(package: Path) -> tuple[int, int]:
    operations = sum(1 for path in (package / "api").glob("*/*.py") if path.name != "__init__.py")
    models = sum(1 for path in (package / "models").glob("*.py") if path.name != "__init__.py")
    return operations, models

"""Shared fixtures: small throwaway clients built from tests/generator/fixtures, and one Prism
mock server per registered API (for the contract tests and the per-API tests that need one);
``--api <name>`` (``make test API=<name>``): only the tests of that client."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import ClientSpec, load_config
from generator.registry import CLIENTS, ROOT
from tests.contract.prism import PrismServer, serve

FIXTURES = Path(__file__).resolve().parent / "generator" / "fixtures"
CLIENT_NAMES = frozenset(client.name for client in CLIENTS)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--api",
        action="append",
        default=[],
        choices=sorted(CLIENT_NAMES),
        metavar="NAME",
        help="only the tests of this registered client (repeatable): its behaviour tests "
        "(tests/clients/<name>/), and every test run for it (snapshot, mypy, packaging, "
        "all operations, contract, faults); make test API=<name>",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = set(config.getoption("api"))
    if not wanted:
        return
    selected = [item for item in items if clients_of(item) & wanted]
    if not selected:
        raise pytest.UsageError(f"no test of {', '.join(sorted(wanted))} among those collected")
    kept = {id(item) for item in selected}
    config.hook.pytest_deselected(items=[item for item in items if id(item) not in kept])
    items[:] = selected


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With ``--api``, the corpus of third-party specs is not collected: none of its tests is
    about a registered client, and reading its documents is most of the collection (20 s)."""
    if config.getoption("api") and collection_path == ROOT / "tests" / "corpus":
        return True
    return None


def clients_of(item: pytest.Item) -> set[str]:
    """The registered clients a test is about: its folder (``tests/clients/<name>/``) or
    module (``test_<name>_spec.py``), or the client among its parameters (a ``ClientSpec``, a
    case of one, the fault suite's API); none for a test marked ``every_client``."""
    if item.get_closest_marker("every_client") is not None:
        return set()
    found = {name for name in CLIENT_NAMES if f"_{name}_" in f"_{item.path.stem}_"}
    parts = item.path.relative_to(ROOT / "tests").parts
    if len(parts) > 2 and parts[0] == "clients" and parts[1] in CLIENT_NAMES:
        found.add(parts[1])
    callspec = getattr(item, "callspec", None)
    for value in callspec.params.values() if callspec is not None else ():
        client = value if isinstance(value, ClientSpec) else getattr(value, "client", value)
        name = client.name if isinstance(client, ClientSpec) else getattr(value, "name", None)
        if name in CLIENT_NAMES:
            found.add(str(name))
    return found


@pytest.fixture
def tiny_client(tmp_path: Path) -> ClientSpec:
    """A registry entry for the small valid spec ``tiny.yaml``, copied into ``tmp_path``."""
    folder = tmp_path / "specs"
    folder.mkdir()
    for name in ("tiny.yaml", "tiny.config.yaml"):
        shutil.copy(FIXTURES / name, folder / name)
    return load_config(folder / "tiny.config.yaml")


@pytest.fixture(scope="session")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """The sdist and wheel of every generated package, built once (what ``make build`` does),
    by client name."""
    from generator.build import build_package  # noqa: PLC0415 - only the packaging tests

    folder = tmp_path_factory.mktemp("dist")
    return {
        client.name: build_package(client, client.output_dir, folder / client.project_name)
        for client in CLIENTS
    }


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    """One Prism per registered client, by client name, for the whole session."""
    with serve(CLIENTS, tmp_path_factory.mktemp("prism")) as servers:
        yield servers


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report how many fuzzed examples ran, and what the fault suite injected and caught."""
    import sys  # noqa: PLC0415 - only needed at the very end of a session

    faults = sys.modules.get("tests.faults.ledger")
    if faults is not None:
        terminalreporter.write_line(faults.summary())

    fuzz = sys.modules.get("tests.contract.test_fuzz_responses")
    counts = getattr(fuzz, "EXAMPLES_RUN", None)
    if counts:
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
        terminalreporter.write_line(f"fuzzed responses: {summary}")

    hostile = sys.modules.get("tests.generator.test_hostile_specs")
    counts = getattr(hostile, "EXAMPLES_RUN", None)
    if counts:
        terminalreporter.write_line(
            f"hostile specs: {counts['examples']} examples, {counts['generated']} generated "
            f"and checked, {counts['refused']} refused"
        )

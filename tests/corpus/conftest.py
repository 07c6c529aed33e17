"""The corpus, generated once per session into a temporary folder (the path a user takes:
``load_clients`` + ``build_clients``), with one Prism per spec; and the per-spec summary."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.config import ClientSpec, load_clients
from generator.regenerate import build_clients
from tests.contract.prism import PrismServer, serve
from tests.corpus.tally import TALLY, tally

CORPUS_DIR = Path(__file__).resolve().parent
CORPUS: tuple[ClientSpec, ...] = load_clients(CORPUS_DIR)


@dataclass(frozen=True)
class Corpus:
    """The generated projects (each holds its package) and the Prism serving each spec."""

    projects: dict[str, Path]
    servers: dict[str, PrismServer]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    """Generate every corpus package, importable in this process, while Prism starts."""
    with serve(CORPUS, tmp_path_factory.mktemp("corpus-prism"), wait=False) as servers:
        built = build_clients(CORPUS, tmp_path_factory.mktemp("corpus"))
        projects = {client.name: folder for client, folder in built.items()}
        for client, folder in built.items():
            models = folder / client.package_name / "models"
            tally(client.name).models = sum(1 for p in models.glob("*.py") if p.stem != "__init__")
        for server in servers.values():
            server.wait_until_ready()
        sys.path[:0] = [str(folder) for folder in projects.values()]
        try:
            yield Corpus(projects, servers)
        finally:
            for folder in projects.values():
                sys.path.remove(str(folder))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for name, counts in sorted(TALLY.items()):
        terminalreporter.write_line(counts.line(name))

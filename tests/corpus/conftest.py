"""The corpus, generated once per session into a temporary folder (the path a user takes:
``load_clients`` + ``build_clients``), with one Prism per spec; and the per-spec summary."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.config import ClientSpec, load_clients
from generator.errors import GenerationError, SpecError
from generator.regenerate import build_clients
from tests.contract.prism import PrismServer, serve
from tests.corpus.tally import TALLY, tally

CORPUS_DIR = Path(__file__).resolve().parent
CORPUS: tuple[ClientSpec, ...] = load_clients(CORPUS_DIR)


@dataclass(frozen=True)
class Corpus:
    """The generated projects (each holds its package), the Prism serving each spec, and why a
    spec could not be generated."""

    projects: dict[str, Path]
    servers: dict[str, PrismServer]
    not_generated: dict[str, str]

    def project(self, name: str, *, why: bool = True) -> Path:
        """The project folder of spec ``name``; fails the test if it could not be generated
        (saying why, or only where that is said)."""
        if name in self.not_generated:
            reason = self.not_generated[name] if why else f"see test_every_module_imports[{name}]"
            pytest.fail(f"{name} could not be generated: {reason}", pytrace=False)
        return self.projects[name]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    """Generate every corpus package, importable in this process, while Prism starts."""
    folder = tmp_path_factory.mktemp("corpus")
    with serve(CORPUS, tmp_path_factory.mktemp("corpus-prism"), wait=False) as servers:
        projects, not_generated = {}, {}
        for client in CORPUS:  # one at a time: a spec that fails leaves the others tested
            try:
                (project,) = build_clients([client], folder).values()
            except (GenerationError, SpecError) as err:
                not_generated[client.name] = str(err)
                tally(client.name).generated = False
                continue
            projects[client.name] = project
            models = project / client.package_name / "models"
            tally(client.name).models = sum(1 for p in models.glob("*.py") if p.stem != "__init__")
        for server in servers.values():
            server.wait_until_ready()
        sys.path[:0] = [str(project) for project in projects.values()]
        try:
            yield Corpus(projects, servers, not_generated)
        finally:
            for project in projects.values():
                sys.path.remove(str(project))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for name, counts in sorted(TALLY.items()):
        terminalreporter.write_line(counts.line(name))

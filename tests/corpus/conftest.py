"""The corpus, generated once per session into a temporary folder (the path a user takes:
``load_clients`` + ``build_clients``), with one Prism per checked spec; and the per-spec
summary.

Every spec is generated and imported in ``make test``. ``mypy --strict`` and the call of every
operation through Prism run on the specs of ``CHECKED`` (the smaller ones, about 2 minutes);
``CORPUS=full make test`` (or ``CORPUS=full pytest tests/corpus``) runs them on every spec.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from generator.config import ClientSpec, load_clients
from generator.errors import GenerationError, SpecError
from generator.regenerate import build_clients
from generator.specs import iter_operations, load_spec
from tests.contract.prism import PrismServer, serve
from tests.corpus.tally import TALLY, tally

CORPUS_DIR = Path(__file__).resolve().parent
CORPUS: tuple[ClientSpec, ...] = load_clients(CORPUS_DIR)
FULL = os.environ.get("CORPUS") == "full"

NOT_GENERATED_YET: dict[str, str] = {}
"""Specs that cannot be generated yet, and why: their tests are expected to fail, strictly (a
spec that starts to generate fails its mark, so that the mark is removed). None today: the
last seven (duplicate model, member and method names; integer response codes) generate."""

CHECKED = frozenset(
    {
        "petstore3",
        "resend",
        "opc_baseline_3_0",
        "opc_baseline_3_1",
        "media_and_auth",
        "odata_trippin",
        "dropbox_sign",
        "integer_status_keys",
    }
)
"""The specs type-checked and called through Prism in every ``make test``."""


def checked(client: ClientSpec) -> bool:
    """Whether this run type-checks ``client``'s package and calls its operations."""
    return client.name not in NOT_GENERATED_YET and (FULL or client.name in CHECKED)


def per_spec(client: ClientSpec) -> object:
    """``client`` as a test parameter, expected to fail when it cannot be generated yet."""
    reason = NOT_GENERATED_YET.get(client.name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(client, id=client.name, marks=marks)


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
    called = [client for client in CORPUS if checked(client)]
    with serve(called, tmp_path_factory.mktemp("corpus-prism"), wait=False) as servers:
        projects, not_generated = {}, {}
        for client in CORPUS:  # one at a time: a spec that fails leaves the others tested
            counts = tally(client.name)
            counts.overlay_actions = sum(
                len(yaml.safe_load(path.read_text(encoding="utf-8"))["actions"])
                for path in client.overlays
            )
            try:
                (project,) = build_clients([client], folder).values()
            except (GenerationError, SpecError) as err:
                not_generated[client.name] = str(err)
                counts.generated = False
                continue
            projects[client.name] = project
            package = project / client.package_name
            counts.models = sum(
                1 for p in (package / "models").glob("*.py") if p.stem != "__init__"
            )
            counts.operations = sum(1 for _ in iter_operations(load_spec(client).document))
            counts.operations_generated = sum(
                1 for p in package.glob("api/*/*.py") if p.name != "__init__.py"
            )
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

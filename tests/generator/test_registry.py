"""Adding an API is adding its files: no other client's generation inputs change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.config import CONFIG_SUFFIX, load_clients, load_config
from generator.fingerprint import inputs_digest
from generator.paths import ROOT, SPECS_DIR
from tests.generator.repository_copy import FIXTURES, repository_copy, run_generator

CORPUS = ROOT / "tests" / "corpus"


@pytest.mark.parametrize(
    "config", sorted(CORPUS.glob(f"*{CONFIG_SUFFIX}")), ids=lambda path: path.name
)
def test_adding_an_api_changes_no_other_client(config: Path, tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS_DIR, specs)
    before = {client.name: inputs_digest(client) for client in load_clients(specs)}

    new = load_config(config)
    for path in (config, new.spec, *new.overlays):  # its config, spec and overlays: nothing else
        shutil.copy(path, specs / path.name)
    clients = {client.name: client for client in load_clients(specs)}
    after = {name: inputs_digest(client) for name, client in clients.items()}

    assert set(after) == {*before, new.name}
    assert {name: after[name] for name in before} == before
    assert clients[new.name].spec == (specs / new.spec.name).resolve()


@pytest.mark.slow
def test_a_broken_config_breaks_only_its_own_api_and_the_commands_about_all(
    tmp_path: Path,
) -> None:
    """Configs are read when a command needs them, not when the generator is imported."""
    repo = repository_copy(tmp_path)
    specs = repo / "specs"
    for name in ("tiny.yaml", "tiny.config.yaml"):
        shutil.copy(FIXTURES / name, specs / name)
    (specs / "broken.config.yaml").write_text("spec: tiny.yaml\nauth: {key: {env: maybe}}\n")
    shutil.copy(FIXTURES / "tiny.yaml", repo / "same.yaml")

    one = run_generator(repo, "validate", "--client", "tiny")
    assert (one.returncode, one.stdout) == (0, "specs/tiny.yaml: valid\n"), one.stderr
    documents = run_generator(repo, "diff", "same.yaml", "specs/tiny.yaml")
    assert documents.returncode == 0, documents.stderr
    assert "No changes" in documents.stdout

    every = run_generator(repo, "validate")
    assert every.returncode == 2
    assert (
        every.stderr == "error: specs/broken.config.yaml:2: auth.key.env: must be true or false\n"
    )
    unknown = run_generator(repo, "validate", "--client", "nope")
    assert unknown.returncode == 2
    assert "invalid choice: 'nope' (choose from 'broken', 'tiny')" in unknown.stderr

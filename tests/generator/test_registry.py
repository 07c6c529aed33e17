"""Adding an API is adding its files: no other client's generation inputs change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.config import CONFIG_SUFFIX, load_clients, load_config
from generator.fingerprint import inputs_digest
from generator.paths import ROOT, SPECS_DIR

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

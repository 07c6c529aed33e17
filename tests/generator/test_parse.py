"""generator/parse.py: openapi-python-client parses a document once, renamed models included,
and its parse made cheaper gives exactly what its own gives."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from openapi_python_client.parser import GeneratorData

from generator import parse
from generator.config import load_config
from generator.generate import generate_client
from generator.regenerate import compare_trees
from generator.specs import load_spec

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_a_client_whose_models_are_renamed_is_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 4 MB payments spec spent 89% of its generation in the parse, which ran twice
    whenever a model was renamed (resend: its ApiKey schema, a name the runtime has)."""
    client = load_config(CORPUS / "resend.config.yaml")
    spec = load_spec(client)
    parses = []
    original = GeneratorData.from_dict

    def counted(*args: object, **kwargs: object) -> object:
        parses.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(GeneratorData, "from_dict", staticmethod(counted))
    generate_client(client, spec, tmp_path / "resend", finish=False)
    models = tmp_path / "resend" / "resend_client" / "models"
    assert (models / "api_key_model.py").is_file()  # ApiKey: a runtime name, renamed
    assert len(parses) == 1


def test_copying_less_of_each_operation_renders_the_same_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openapi-python-client's own deep copies of each operation, against the shallow ones the
    parse stage makes it use: the same files, byte for byte (a document with every feature)."""
    client = load_config(CORPUS / "opc_baseline_3_1.config.yaml")
    spec = load_spec(client)
    generate_client(client, spec, tmp_path / "ours", finish=False)
    monkeypatch.setattr(parse, "_copy_endpoint", copy.deepcopy)
    generate_client(client, spec, tmp_path / "theirs", finish=False)
    assert compare_trees(tmp_path / "theirs", tmp_path / "ours") == []

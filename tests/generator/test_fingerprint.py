"""The regeneration fingerprint covers every template the generator renders, in any folder of
templates/: editing one makes every client's inputs change, so ``make regenerate`` rebuilds
them all (a fingerprint of the top folder only left runtime changes unpublished)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import fingerprint
from generator.config import ClientSpec, load_config
from generator.registry import TEMPLATES_DIR

TEMPLATES = sorted(
    {
        path.relative_to(TEMPLATES_DIR).parent.as_posix(): path.relative_to(TEMPLATES_DIR)
        for path in TEMPLATES_DIR.rglob("*.jinja")
    }.values()
)
"""One template of each folder of templates/ (the top one, runtime/, resources/...)."""


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, copy)
    monkeypatch.setattr(fingerprint, "TEMPLATES_DIR", copy)
    return copy


@pytest.fixture
def clients(tiny_client: ClientSpec) -> list[ClientSpec]:
    other = tiny_client.config.with_name("other.config.yaml")
    other.write_text("spec: tiny.yaml\n", encoding="utf-8")
    return [tiny_client, load_config(other)]


def test_every_folder_of_templates_is_covered() -> None:
    folders = {template.parent.as_posix() for template in TEMPLATES}
    assert {".", "runtime", "resources"} <= folders


@pytest.mark.parametrize("template", TEMPLATES, ids=str)
def test_editing_a_template_in_any_folder_marks_every_client_stale(
    template: Path, templates: Path, clients: list[ClientSpec]
) -> None:
    before = [fingerprint.inputs_digest(client) for client in clients]
    path = templates / template
    path.write_text(path.read_text(encoding="utf-8") + "{# edited #}\n", encoding="utf-8")
    after = [fingerprint.inputs_digest(client) for client in clients]
    assert all(old != new for old, new in zip(before, after, strict=True))


def test_a_template_in_a_new_folder_marks_every_client_stale(
    templates: Path, clients: list[ClientSpec]
) -> None:
    before = [fingerprint.inputs_digest(client) for client in clients]
    (templates / "streaming").mkdir()
    (templates / "streaming" / "_events.py.jinja").write_text("EVENTS = 1\n", encoding="utf-8")
    after = [fingerprint.inputs_digest(client) for client in clients]
    assert all(old != new for old, new in zip(before, after, strict=True))

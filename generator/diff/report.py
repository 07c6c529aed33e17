"""The diff report: a Markdown pull-request comment, or JSON (structure in README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.diff.facts import Fact, facts_of
from generator.diff.oracle import Verdicts
from generator.diff.rules import Change, Rule
from generator.diff.wording import sentence

FORMAT_VERSION = "api-diff/1"
ACK_LABEL = "breaking-change-acknowledged"
MAX_OPERATIONS_SHOWN = 3

Status = Literal["added", "changed", "unchanged"]


@dataclass
class ClientReport:
    """What changed for one registered client."""

    name: str
    title: str
    package: str
    spec: str
    """The spec's path in the repository."""
    added: bool = False
    operations: int = 0
    """For an added client: how many operations it has."""
    spec_changes: list[Change] = field(default_factory=list)
    api_changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    oracle: Verdicts | None = None
    """What the verdict oracle found, when it ran."""
    merged: list[Fact] | None = None
    """The changes merged into facts (:func:`generator.diff.facts.merge`), when both
    layers were compared; otherwise each change is a fact of its own."""

    @property
    def changes(self) -> list[Change]:
        """Return every row: the spec changes followed by the generated-API changes."""
        return self.spec_changes + self.api_changes

    @property
    def facts(self) -> list[Fact]:
        """Return the changes a user sees, each once with all its rows, breaking first."""
        found = (
            self.merged
            if self.merged is not None
            else facts_of(self.spec_changes, self.api_changes)
        )
        return sorted(found, key=lambda f: (not f.breaking, f.main.location, f.main.rule.id))

    @property
    def breaking(self) -> int:
        """Return how many of the facts are breaking."""
        return sum(1 for fact in self.facts if fact.breaking)

    @property
    def status(self) -> Status:
        """Return ``added``, ``changed`` or ``unchanged``."""
        if self.added:
            return "added"
        return "changed" if self.changes else "unchanged"


@dataclass
class Report:
    """The whole comparison of the working tree with one base commit."""

    base_ref: str
    base_commit: str
    """Empty when ``base_ref`` is a document rather than a git ref."""
    clients: list[ClientReport]
    allow_breaking: bool = False
    head: str | None = None
    """The document compared with ``base_ref``; None for the working tree."""

    @property
    def breaking(self) -> int:
        """Return how many breaking changes there are over all clients."""
        return sum(client.breaking for client in self.clients)

    @property
    def exit_status(self) -> int:
        """Return 1 when there is an unacknowledged breaking change, else 0."""
        return 1 if self.breaking and not self.allow_breaking else 0

    @property
    def disagreements(self) -> list[str]:
        """Return the names of the clients whose verdicts the oracle disagrees with."""
        return [c.name for c in self.clients if c.oracle is not None and not c.oracle.agrees]


def ordered(changes: list[Change]) -> list[Change]:
    """Return ``changes`` breaking first, then by location, rule and detail."""
    return sorted(changes, key=lambda c: (not c.breaking, c.location, c.rule.id, c.detail))


# JSON -----------------------------------------------------------------------------------


def to_json(report: Report) -> str:
    """Return the report as JSON text (keys and lists in a stable order)."""
    used: dict[str, Rule] = {}
    clients = []
    for client in report.clients:
        for found in client.changes:
            used[found.rule.id] = found.rule
        clients.append(
            {
                "name": client.name,
                "title": client.title,
                "package": client.package,
                "spec": client.spec,
                "status": client.status,
                "operations": client.operations if client.added else None,
                "changes": len(client.facts),
                "breaking": client.breaking,
                "facts": [_fact_json(fact) for fact in client.facts],
                "spec_changes": [_change_json(c) for c in ordered(client.spec_changes)],
                "api_changes": [_change_json(c) for c in ordered(client.api_changes)],
                "notes": client.notes,
                "oracle": _oracle_json(client.oracle),
            }
        )
    document: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "base": {"ref": report.base_ref, "commit": report.base_commit or None},
        "head": report.head,
        "breaking": report.breaking,
        "allow_breaking": report.allow_breaking,
        "exit_status": report.exit_status,
        "clients": clients,
        "rules": {
            rule_id: {
                "area": rule.area,
                "what": rule.what,
                "breaking": rule.breaking,
                "why": rule.why,
            }
            for rule_id, rule in sorted(used.items())
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _oracle_json(verdicts: Verdicts | None) -> dict[str, Any] | None:
    if verdicts is None:
        return None
    return {
        "agrees": verdicts.agrees,
        "type_errors": verdicts.errors,
        "unexplained": verdicts.unexplained,
        "unconfirmed": [{"rule": c.rule.id, "location": c.location} for c in verdicts.unconfirmed],
        "spec_disagrees": verdicts.spec_disagrees,
    }


def _fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "summary": sentence(fact),
        "breaking": fact.breaking,
        "spec": None if fact.spec is None else _change_json(fact.spec),
        "api": [_change_json(row) for row in fact.api],
    }


def _change_json(found: Change) -> dict[str, Any]:
    return {
        "rule": found.rule.id,
        "breaking": found.breaking,
        "area": found.rule.area,
        "location": found.location,
        "detail": found.detail,
        "operations": list(found.operations),
        "paths": list(found.paths),
    }


# Markdown -------------------------------------------------------------------------------


def to_markdown(report: Report) -> str:
    """Return the report as Markdown for a pull-request comment."""
    if report.head is None:
        title = f"## API changes since `{report.base_ref}` (`{report.base_commit[:12]}`)"
    else:
        title = f"## API changes from `{report.base_ref}` to `{report.head}`"
    lines = [title, ""]
    lines += [_verdict(report), ""]
    lines += [f"- {_summary(client)}" for client in report.clients]
    used: dict[str, Rule] = {}
    for client in report.clients:
        if client.status == "unchanged" and not client.notes and client.oracle is None:
            continue
        lines += _client_lines(client)
        for found in client.changes:
            used[found.rule.id] = found.rule
    if used:
        lines += [
            "",
            "<details><summary>Rules applied</summary>",
            "",
            "| Rule | Breaking? | Why |",
            "|---|---|---|",
        ]
        for rule_id, rule in sorted(used.items()):
            lines.append(f"| `{rule_id}` | {_yes_no(rule.breaking)} | {_cell(rule.why)} |")
        lines += ["", "All rules: `generator/diff/README.md`.", "", "</details>"]
    return "\n".join(lines) + "\n"


def _client_lines(client: ClientReport) -> list[str]:
    """The section of one client: its facts, then every row they merge, notes, oracle."""
    lines = ["", f"### {client.title}", ""]
    if client.added:
        lines.append(
            f"New client: `{client.spec}`, package `{client.package}`, "
            f"{client.operations} operations."
        )
        lines += ["", f"Spec `{client.spec}`:", "", *_table(client.spec_changes)]
    elif client.changes:
        lines += _facts_table(client)
        lines += ["", f"<details><summary>Every row ({_rows(client)})</summary>", ""]
        if client.spec_changes:
            overlays = " (effective, overlays applied)" if client.package else ""
            lines += [f"Spec `{client.spec}`{overlays}:", "", *_table(client.spec_changes)]
        if client.api_changes:
            lines += ["", f"Generated package `{client.package}` (public Python API):", ""]
            lines += _table(client.api_changes)
        lines += ["", "</details>"]
    for note in client.notes:
        lines += ["", f"> {note}"]
    if client.oracle is not None:
        lines += ["", *_oracle_lines(client.oracle)]
    return lines


def _facts_table(client: ClientReport) -> list[str]:
    """One row per fact: what changed for users, the verdict, and where it shows."""
    lines = ["| Change | Breaking? | Where |", "|---|---|---|"]
    for fact in client.facts:
        places = list(dict.fromkeys(_location(row) for row in fact.rows))
        lines.append(
            f"| {_cell(sentence(fact))} | {_yes_no(fact.breaking)} | {'<br>'.join(places)} |"
        )
    return lines


def _rows(client: ClientReport) -> str:
    if not client.package:
        return plural(len(client.spec_changes), "spec change")
    return (
        f"{plural(len(client.spec_changes), 'spec change')}, "
        f"{plural(len(client.api_changes), 'generated package change')}"
    )


def _oracle_lines(verdicts: Verdicts) -> list[str]:
    count = plural(len(verdicts.errors), "type error")
    lines = [
        f"Verdict oracle: a caller of every public object of the base package has {count} "
        "against the new package; "
        + ("every verdict agrees." if verdicts.agrees else "**some verdicts disagree**:")
    ]
    lines += [f"- error no breaking change explains: `{_cell(e)}`" for e in verdicts.unexplained]
    lines += [
        f"- reported breaking, no type error: `{c.rule.id}` at `{_cell(c.location)}`"
        for c in verdicts.unconfirmed
    ]
    if verdicts.spec_disagrees:
        lines.append(f"- spec layer: {verdicts.spec_disagrees}")
    return lines


def _verdict(report: Report) -> str:
    verdict = _breaking_verdict(report)
    disagreeing = [c for c in report.clients if c.oracle is not None and not c.oracle.agrees]
    if not disagreeing:
        return verdict
    named = "; ".join(f"{c.title}: {_disagreeing_rows(c.oracle)}" for c in disagreeing if c.oracle)
    return f"{verdict}\n\n:warning: **The verdict oracle disagrees** ({named}); see below."


def _disagreeing_rows(verdicts: Verdicts) -> str:
    parts = [
        f"breaking, no type error: `{c.rule.id}` at `{_cell(c.location)}`"
        for c in verdicts.unconfirmed
    ]
    parts += [f"type error no breaking change explains: `{_cell(e)}`" for e in verdicts.unexplained]
    if verdicts.spec_disagrees:
        parts.append(f"spec layer: {verdicts.spec_disagrees}")
    return ", ".join(parts)


def _breaking_verdict(report: Report) -> str:
    count = report.breaking
    if count and report.allow_breaking:
        return f":warning: **{plural(count, 'breaking change')}**, acknowledged (ALLOW_BREAKING=1)."
    if count:
        return (
            f":x: **{plural(count, 'breaking change')}** for code written against the "
            f"generated clients. If intended, acknowledge with the `{ACK_LABEL}` label "
            "(or `ALLOW_BREAKING=1` locally)."
        )
    if any(client.changes for client in report.clients):
        return ":white_check_mark: No breaking changes."
    return ":white_check_mark: No changes to the APIs or the generated packages."


def _summary(client: ClientReport) -> str:
    if client.added:
        return f"**{client.title}**: new client ({plural(client.operations, 'operation')})"
    if not client.changes:
        return f"**{client.title}**: no changes"
    return f"**{client.title}**: {plural(len(client.facts), 'change')}, {client.breaking} breaking"


def _table(changes: list[Change]) -> list[str]:
    lines = ["| Change | Location | Breaking? | Rule |", "|---|---|---|---|"]
    for found in ordered(changes):
        lines.append(
            f"| {_cell(found.detail)} | {_location(found)} | {_yes_no(found.breaking)} "
            f"| `{found.rule.id}` |"
        )
    return lines


def _location(found: Change) -> str:
    text = f"`{_cell(found.location)}`"
    operations = [
        op
        for op in found.operations
        if found.location != op and not found.location.startswith(op + " ")
    ]
    if not operations:
        return text
    shown = ", ".join(operations[:MAX_OPERATIONS_SHOWN])
    if len(operations) > MAX_OPERATIONS_SHOWN:
        shown += f", +{len(operations) - MAX_OPERATIONS_SHOWN} more"
    return f"{text} ({_cell(shown)})"


def _yes_no(breaking: bool) -> str:
    return "**yes**" if breaking else "no"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def plural(count: int, noun: str) -> str:
    """Return ``1 change`` or ``2 changes``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"

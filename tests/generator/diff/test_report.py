"""The Markdown and JSON reports, from a hand-built comparison result."""

from __future__ import annotations

import json
import re

from markdown_it import MarkdownIt

from generator.diff.facts import Fact
from generator.diff.oracle import Verdicts
from generator.diff.report import ClientReport, Report, to_json, to_markdown
from generator.diff.rules import README, Change, change


def _report(allow_breaking: bool = False) -> Report:
    field_added = Change(
        change("response-property-added", "Database.kind", "optional field added (string)").rule,
        "Database.kind",
        "optional field added (string)",
        operations=("GET /dbs", "POST /dbs", "GET /dbs/{db}", "PATCH /dbs/{db}"),
    )
    removed = Change(
        change("operation-removed", "DELETE /dbs/{db}", "").rule,
        "DELETE /dbs/{db}",
        "operation deleteDatabase removed",
        operations=("DELETE /dbs/{db}",),
    )
    module_removed = change(
        "api-module-removed", "planetscale_client.api.dbs.delete_database", "module removed"
    )
    planetscale = ClientReport(
        name="planetscale",
        title="PlanetScale Platform API",
        package="planetscale_client",
        spec="specs/planetscale.yaml",
        spec_changes=[field_added, removed],
        api_changes=[module_removed],
        # the module is where the removed operation shows in the package: one fact
        merged=[Fact(field_added), Fact(removed, (module_removed,))],
    )
    planship = ClientReport(
        name="planship", title="Planship API", package="planship_client", spec="specs/planship.yaml"
    )
    return Report("origin/main", "0123456789abcdef0123", [planetscale, planship], allow_breaking)


def test_markdown_has_a_verdict_one_summary_line_per_api_and_tables() -> None:
    text = to_markdown(_report())
    assert text.startswith(
        "## API changes since `origin/main` (`0123456789ab`)\n\n:x: **1 breaking "
        "change** for code written against the generated clients."
    )
    assert "`breaking-change-acknowledged` label" in text
    assert (
        "- **PlanetScale Platform API**: 2 changes, 1 breaking\n- **Planship API**: no changes\n"
    ) in text
    # one row per fact, breaking first, with every place it shows
    assert (
        "| Change | Breaking? | Where |\n|---|---|---|\n"
        "| `DELETE /dbs/{db}`: operation deleteDatabase removed | **yes** "
        "| `DELETE /dbs/{db}`<br>`planetscale_client.api.dbs.delete_database` |\n"
        "| `Database.kind`: optional field added (string) | no "
        "| `Database.kind` (GET /dbs, POST /dbs, GET /dbs/{db}, +1 more) |\n"
    ) in text
    assert "<details><summary>Every row (2 spec changes, 1 generated package change)" in text
    assert "### Planship API" not in text  # nothing to show
    spec_table = (
        "| Change | Location | Breaking? | Rule |\n|---|---|---|---|\n"
        "| operation deleteDatabase removed | `DELETE /dbs/{db}` | **yes** "
        "| `operation-removed` |\n"
        "| optional field added (string) | `Database.kind` (GET /dbs, POST /dbs, GET /dbs/{db}, "
        "+1 more) | no | `response-property-added` |\n"
    )
    assert spec_table in text
    assert (
        "| module removed | `planetscale_client.api.dbs.delete_database` | **yes** "
        "| `api-module-removed` |"
    ) in text
    assert (
        "| `response-property-added` | no | Existing code does not read it; the model gains "
        "an attribute. |"
    ) in text


def test_markdown_acknowledged_and_clean_verdicts() -> None:
    assert ":warning: **1 breaking change**, acknowledged (ALLOW_BREAKING=1)." in to_markdown(
        _report(allow_breaking=True)
    )
    report = _report()
    report.clients[0].spec_changes = report.clients[0].spec_changes[:1]
    report.clients[0].api_changes = []
    report.clients[0].merged = None
    assert ":white_check_mark: No breaking changes." in to_markdown(report)
    assert report.exit_status == 0


def test_markdown_cells_escape_pipes() -> None:
    report = _report()
    report.clients[0].api_changes = [change("api-annotation-changed", "m.f", "type A | B → A")]
    written = to_markdown(report)
    assert "| type A \\\\| B → A | `m.f` | no |" in written
    (row,) = [line for line in written.splitlines() if "`m.f`" in line]
    table = "| a | b | c |\n|---|---|---|\n" + row + "\n"
    tokens = MarkdownIt("commonmark").enable("table").parse(table)
    cells = [tokens[i + 1] for i, t in enumerate(tokens) if t.type == "td_open"]
    assert [cell.content for cell in cells] == ["type A \\| B → A", "`m.f`", "no"]
    shown = "".join(child.content for child in cells[0].children or [])
    assert shown == "type A | B → A"  # as GitHub shows it


def test_json_is_stable_ordered_and_complete() -> None:
    document = json.loads(to_json(_report()))
    assert document["format"] == "api-diff/1"
    assert document["base"] == {"ref": "origin/main", "commit": "0123456789abcdef0123"}
    assert (document["breaking"], document["allow_breaking"], document["exit_status"]) == (
        1,
        False,
        1,
    )
    planetscale, planship = document["clients"]
    assert planship["status"] == "unchanged"
    assert planetscale["status"] == "changed"
    assert [c["rule"] for c in planetscale["spec_changes"]] == [
        "operation-removed",
        "response-property-added",
    ]  # breaking first
    assert planetscale["spec_changes"][1]["operations"] == [
        "GET /dbs",
        "POST /dbs",
        "GET /dbs/{db}",
        "PATCH /dbs/{db}",
    ]
    assert (planetscale["changes"], planetscale["breaking"]) == (2, 1)
    assert [
        (f["breaking"], f["spec"]["rule"], [a["rule"] for a in f["api"]])
        for f in planetscale["facts"]
    ] == [
        (True, "operation-removed", ["api-module-removed"]),
        (False, "response-property-added", []),
    ]
    assert sorted(document["rules"]) == [
        "api-module-removed",
        "operation-removed",
        "response-property-added",
    ]
    assert to_json(_report()) == to_json(_report())


def test_every_json_key_is_documented_in_the_readme() -> None:
    documented = set(re.findall(r'"([a-z_]+)":', README.read_text(encoding="utf-8")))
    document = json.loads(to_json(_report()))
    keys = set(document) | set(document["base"]) | set(document["clients"][0])
    keys |= set(document["clients"][0]["spec_changes"][0])
    keys |= set(document["clients"][0]["facts"][0])
    keys |= set(next(iter(document["rules"].values())))
    assert keys - documented == set()


def test_an_oracle_disagreement_is_in_the_headline_naming_the_rows() -> None:
    report = _report()
    [fact_row] = report.clients[0].api_changes
    report.clients[0].oracle = Verdicts(
        "caller_planetscale",
        errors=["12: Module has no attribute (planetscale_client.x)"],
        unexplained=["12: Module has no attribute (planetscale_client.x)"],
        unconfirmed=[fact_row],
    )
    report.clients[1].oracle = Verdicts("caller_planship")
    text = to_markdown(report)
    headline = text.split("\n- **", 1)[0]
    assert ":warning: **The verdict oracle disagrees** (PlanetScale Platform API: " in headline
    assert "breaking, no type error: `api-module-removed` at " in headline
    assert "`planetscale_client.api.dbs.delete_database`" in headline
    assert "type error no breaking change explains: `12: Module has no attribute" in headline
    assert "Planship API:" not in headline  # it agrees
    assert report.disagreements == ["planetscale"]
    assert json.loads(to_json(report))["clients"][0]["oracle"]["agrees"] is False


def test_markdown_has_no_rules_section_when_no_rule_applied() -> None:
    report = _report()
    for client in report.clients:
        client.spec_changes, client.api_changes = [], []
    report.clients[0].notes.append("Two documents compared: the spec layer only.")
    text = to_markdown(report)
    assert "### PlanetScale Platform API" in text  # the note is shown
    assert "Rules applied" not in text

"""Names and texts from a spec in the Markdown a pull request shows (the ``make diff`` comment,
the changelog entry, the ``make update`` body): each name stays one code span and each text
shows its words, whatever backticks, links, images, mentions or HTML they hold (issue 18,
row 23)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from markdown_it import MarkdownIt

from generator import changelog
from generator.config import ClientSpec
from generator.diff.report import ClientReport, Report, to_markdown
from generator.diff.rules import Change, change
from generator.update import Outcome, markdown

HOSTILE_NAME = "Thing` ![x](https://evil.example/i.png) [y](https://evil.example) @octocat <b>`"
HOSTILE_TEXT = "`a` ![x](https://evil.example/i.png) <script>x</script> | @octocat\n\n```\ncode"
MARKDOWN = MarkdownIt("commonmark").enable("table")


def _client() -> ClientReport:
    location = f"{HOSTILE_NAME}.name"
    removed = Change(
        change("response-property-removed", location, "field removed").rule,
        location,
        HOSTILE_TEXT,
        operations=(f"GET /things/{HOSTILE_NAME}",),
    )
    return ClientReport(
        name="tiny",
        title=f"Tiny {HOSTILE_TEXT}",
        package="tiny_client",
        spec="specs/tiny.yaml",
        spec_changes=[removed],
        notes=[HOSTILE_TEXT],
    )


def _tokens(text: str) -> list[Any]:
    def walk(tokens: Any) -> Iterator[Any]:
        for token in tokens:
            yield token
            yield from walk(token.children or ())

    return list(walk(MARKDOWN.parse(text)))


def _assert_only_words(text: str) -> None:
    tokens = _tokens(text)
    kinds = {token.type for token in tokens}
    assert not kinds & {"image", "link_open", "html_inline", "fence", "code_block"}
    blocks = [t.content.strip() for t in tokens if t.type == "html_block"]
    allowed = r"<details><summary>(Rules applied|Every row \([\w ,]+\))</summary>|</details>"
    assert all(re.fullmatch(allowed, block) for block in blocks), blocks
    assert "@octocat" not in "".join(t.content for t in tokens if t.type == "text")  # no mention


def test_the_diff_report_shows_a_name_with_backticks_as_one_code_span() -> None:
    report = Report("origin/main", "0123456789abcdef0123", [_client()], allow_breaking=True)
    text = to_markdown(report)
    _assert_only_words(text)
    spans = [t.content for t in _tokens(text) if t.type == "code_inline"]
    assert f"{HOSTILE_NAME}.name" in spans
    widths, row = [], 0  # no text split a row's cells
    for token in _tokens(text):
        if token.type == "tr_open":
            row = 0
        elif token.type in ("th_open", "td_open"):
            row += 1
        elif token.type == "tr_close":
            widths.append(row)
    assert widths == [3, 3, 4, 4, 3, 3]  # the facts, every row, the rules applied


def test_a_changelog_entry_shows_names_as_code_and_texts_as_words() -> None:
    text = changelog.entry("2.0.0", "2026-01-02", f"1.0 {HOSTILE_TEXT}", _client())
    _assert_only_words(text)
    assert f"{HOSTILE_NAME}.name" in [t.content for t in _tokens(text) if t.type == "code_inline"]


def test_an_update_report_shows_the_upstream_message_as_words(tiny_client: ClientSpec) -> None:
    text = markdown(Outcome(tiny_client, "failed", f"https://up.example said: {HOSTILE_TEXT}"))
    _assert_only_words(text)

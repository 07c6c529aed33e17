"""Turn essentials-openapi output and the captured Planship docs page into comparable text.

The seed ``specs/sources/planship-reference-docs.txt`` is the page text of the essentials-openapi
MKDOCS view (style 1) as published by MkDocs (hence the "Skip to content" chrome). Releases
1.0.9 to 1.3.0 of the renderer share the templates that produced it (the title
``Response 200&nbsp;OK`` and the two-column schema tables are theirs); the pinned 1.4.0
differs from them in two places only:

* a response is a tab labelled ``200 OK`` after a ``Responses`` caption, where the seed's
  release wrote a ``Response 200 OK`` title and no caption;
* a component schema table has a third ``Description`` column.

Media-type tab labels such as ``application/json`` exist in both releases and are not on the
captured page. Everything here removes markup (Markdown, MkDocs admonitions and tabs, HTML tags
and entities), page chrome, layout whitespace, UUIDs and those two differences; nothing else.
The Description column's cells are handed back so that a test can check the docs show them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

PAGE_CHROME = frozenset({"Skip to content"})
UUID_PLACEHOLDER = "<uuid>"
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CELL = re.compile(r"<t[hd][^>]*>(.*?)</t[hd]>", re.DOTALL)
_HEADING = re.compile(r"^#{1,6} ")
_ADMONITION = re.compile(r'^\?\?\?\+? [a-z]+ "(?P<title>.*)"$')
_TAB = re.compile(r'^=== "(?P<label>.*)"$')
_SCHEMA_TABLE_HEADER = ["Name", "Type", "Description"]
_RESPONSES_CAPTION = '<p class="responses-title"><strong>Responses</strong></p>'


def _inline_text(markup: str) -> str:
    """Visible text of one line of Markdown/HTML: no tags, entities, bold markers or indent."""
    return html.unescape(_TAG.sub("", _BOLD.sub(r"\1", markup))).strip()


@dataclass
class RenderedPage:
    """Page text of a rendering, and the schema Description cells set aside from it."""

    lines: list[str] = field(default_factory=list)
    schema_descriptions: list[str] = field(default_factory=list)

    def add_table(self, table: str) -> None:
        rows = [
            [" ".join(_inline_text(cell).split()) for cell in _CELL.findall(row)]
            for row in table.split("</tr>")
        ]
        rows = [row for row in rows if row]
        drop_description = bool(rows) and rows[0] == _SCHEMA_TABLE_HEADER
        for row in rows:
            cells = row[:-1] if drop_description else row
            if drop_description and row is not rows[0] and row[-1]:
                self.schema_descriptions.append(row[-1])
            self.lines.append(" ".join(cell for cell in cells if cell))


def mkdocs_page_text(markdown: str) -> RenderedPage:
    """What a reader sees of the MKDOCS view once MkDocs has published it."""
    page = RenderedPage()
    source = _COMMENT.sub("", markdown).replace(_RESPONSES_CAPTION, "\n")
    source = source.replace("<table>", "\n<table>").replace("</table>", "</table>\n")
    fence_indent: int | None = None
    table: list[str] | None = None
    for line in source.split("\n"):
        stripped = line.strip()
        if fence_indent is not None:  # code block: verbatim, less the block's own indent
            if stripped == "```":
                fence_indent = None
            else:
                page.lines.append(line[fence_indent:])
        elif table is not None:
            table.append(line)
            if stripped == "</table>":
                page.add_table("\n".join(table))
                table = None
        elif stripped == "<table>":
            table = [line]
        elif stripped.startswith("```"):
            fence_indent = len(line) - len(line.lstrip())
        elif (text := _block_text(stripped)) is not None:
            page.lines.append(text)
    return page


def _block_text(stripped: str) -> str | None:
    """Visible text of a line outside code blocks and tables; None if it shows nothing."""
    if match := _TAB.match(stripped):
        label = match["label"]
        if label[:3].isdigit():  # a response tab: the old release's title form
            return f"Response {label}"
        return None if "/" in label else label  # media-type tab labels are not captured
    if match := _ADMONITION.match(stripped):
        return match["title"]
    if stripped == "---":  # horizontal rule
        return None
    return _inline_text(_HEADING.sub("", stripped))


def captured_page_text(text: str) -> list[str]:
    """The captured page, less its chrome."""
    return [line for line in text.split("\n") if line.strip() not in PAGE_CHROME]


def comparable(lines: list[str]) -> list[str]:
    """Layout-free lines: non-breaking spaces as spaces, no blank lines, UUIDs as placeholders."""
    result = []
    for line in lines:
        text = _UUID.sub(UUID_PLACEHOLDER, line.replace("\u00a0", " ").rstrip())
        if text.strip():
            result.append(text)
    return result

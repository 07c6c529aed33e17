"""Which operations and schemas of a documentation page differ from the spec reconstructed
from it: what ``make update`` reports when a ``kind: docs`` upstream page changes.

The reconstruction itself is manual (specs/README.md), but its check is not: the committed
spec, rendered the way the page was (essentials-openapi, MKDOCS view), must read like the
page (generator/rendered_docs.py). Both texts are cut into sections, one per operation
(``GET /path``), per schema and for the security schemes, and compared section by section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from generator.escaping import md_code
from generator.rendered_docs import captured_page_text, comparable, mkdocs_page_text

_OPERATION = re.compile(r"^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) /\S*$")
_SCHEMAS_HEADING = "Schemas"
_SECURITY_HEADING = "Security schemes"
_TABLE_HEADER = "Name Type"
PREAMBLE = "page header"


@dataclass
class DocsChanges:
    """The sections of a new page that are not what the committed spec renders to."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        """Return one Markdown bullet per differing section, added, removed, then changed."""
        return (
            [f"- added: {md_code(name)}" for name in self.added]
            + [f"- removed: {md_code(name)}" for name in self.removed]
            + [f"- changed: {md_code(name)}" for name in self.changed]
        )


def spec_page_lines(document: dict[str, Any]) -> list[str]:
    """Return the comparable text lines of ``document`` rendered as its reference page."""
    # Imported when used: essentials-openapi is only needed for reconstructed specs.
    from openapidocs.mk.v3 import OpenAPIV3DocumentationHandler  # noqa: PLC0415

    handler = OpenAPIV3DocumentationHandler(document, style="MKDOCS")
    return comparable(mkdocs_page_text(str(handler.write())).lines)


def page_lines(body: bytes, content_type: str = "") -> list[str]:
    """Return the comparable text lines of a fetched page: HTML is read as a browser shows
    it (text only, one line per block), anything else as the captured page text."""
    text = body.decode("utf-8", errors="replace")
    if "html" in content_type.lower() or text.lstrip()[:15].lower().startswith(
        ("<!doctype", "<html")
    ):
        text = html_text(text)
    return comparable(captured_page_text(text))


def compare_pages(old: list[str], new: list[str]) -> DocsChanges:
    """Return the sections ``new`` adds, removes and changes compared with ``old``."""
    before, after = sections(old), sections(new)
    return DocsChanges(
        added=[name for name in after if name not in before],
        removed=[name for name in before if name not in after],
        changed=[name for name in after if name in before and after[name] != before[name]],
    )


def sections(lines: list[str]) -> dict[str, list[str]]:
    """Return the page's lines by section: ``operation GET /path``, ``schema Name``,
    ``security schemes``, and the page header before the first operation."""
    found: dict[str, list[str]] = {PREAMBLE: []}
    current = PREAMBLE
    in_schemas = False
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _OPERATION.match(line):
            current, in_schemas = f"operation {line}", False
        elif line == _SCHEMAS_HEADING:
            current, in_schemas = "schemas", True
        elif line == _SECURITY_HEADING:
            current, in_schemas = "security schemes", False
        elif in_schemas and following.startswith(_TABLE_HEADER):
            current = f"schema {line}"
        found.setdefault(current, []).append(line)
    found.pop("schemas", None)  # the heading alone
    return found


class _TextExtractor(HTMLParser):
    """The visible text of an HTML page, a line per block element."""

    _BLOCKS = frozenset(
        "p div h1 h2 h3 h4 h5 h6 li tr pre table section article header footer br hr "
        "details summary blockquote dt dd".split()
    )
    _HIDDEN = frozenset({"script", "style", "head", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self._pre += 1
        if tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._pre:  # code: its layout is its content; marked so that it is kept
            self.parts.append(_VERBATIM + data.replace("\n", "\n" + _VERBATIM))
        else:
            self.parts.append(re.sub(r"\s+", " ", data))


_VERBATIM = "\x00"


def html_text(markup: str) -> str:
    """Return the visible text of ``markup``, a line per block element."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    lines = []
    for line in "".join(extractor.parts).split("\n"):
        if line.startswith(_VERBATIM):
            lines.append(line.replace(_VERBATIM, "").rstrip())
        else:
            lines.append(" ".join(line.replace(_VERBATIM, "").split()))
    return "\n".join(lines)

"""Each escaping function, over any text: what it writes reads back as the text in its target,
and cannot become anything else there (code, a key, a link, a fence, markup)."""

from __future__ import annotations

import ast
import html.parser
import math
import textwrap
import tomllib
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pdoc.render_helpers import to_html

from generator import escaping

# Any text, with the characters that break targets much more often than chance would give.
NASTY = "\"'\\`\n\r\t\x00\x1b\x7f\u2028\u202e\ufeff{}[]()<>!@#|*_~$:/.-+=&;%\uff49\u212a"
texts = st.text(st.characters(codec="utf-8") | st.sampled_from(NASTY), max_size=120)
SETTINGS = settings(max_examples=300, deadline=None, database=None, derandomize=True)
MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


@SETTINGS
@given(value=texts | st.floats() | st.integers() | st.none() | st.booleans())
def test_py_literal_evaluates_to_the_value(value: Any) -> None:
    code = escaping.py_literal(value)
    if isinstance(value, float) and math.isnan(value):
        assert code == 'float("nan")'
    elif isinstance(value, float) and value in (float("inf"), float("-inf")):
        assert eval(code, {"__builtins__": {"float": float}}) == value
    else:
        assert ast.literal_eval(code) == value


@SETTINGS
@given(value=st.recursive(texts, lambda inner: st.tuples(inner, inner) | st.lists(inner)))
def test_py_literal_writes_nested_tuples_and_lists(value: Any) -> None:
    assert ast.literal_eval(escaping.py_literal(value)) == value


@SETTINGS
@given(text=texts, before=st.sampled_from(["", "x "]), width=st.sampled_from([80, 96, 116]))
def test_a_docstring_holds_the_text_whatever_wraps_it(text: str, before: str, width: int) -> None:
    """Inside ``\"\"\"`` after any template text, wrapped and indented as templates do: the
    source compiles and the string is the text (lines wrapped between words)."""
    body = textwrap.indent(
        "\n".join(textwrap.wrap(escaping.docstring(text), width, break_on_hyphens=True)),
        "    ",
    )
    source = f'def f():\n    """{before}{body}"""\n'
    namespace: dict[str, Any] = {}
    exec(compile(source, "<docstring>", "exec"), namespace)
    assert "".join(namespace["f"].__doc__.split()) == "".join((before + text).split())


def test_a_docstring_escapes_quotes_backslashes_and_controls_as_python_reads_them() -> None:
    assert escaping.docstring('say "hi"') == 'say "hi\\"'
    assert escaping.docstring('a"""b') == 'a\\"\\""b'
    assert escaping.docstring("\\N{BULLET}") == "\\\\N{BULLET}"
    assert escaping.docstring("a\x00b\u202ec") == "a\\x00b\\u202ec"


@SETTINGS
@given(text=texts)
def test_a_comment_is_one_line(text: str) -> None:
    line = escaping.py_comment(text)
    assert "\n" not in line and "\r" not in line
    compile(f"# {line}\nx = 1\n", "<comment>", "exec")


@SETTINGS
@given(text=texts)
def test_a_toml_string_reads_back_as_the_text_and_adds_no_key(text: str) -> None:
    document = tomllib.loads(f"a = {escaping.toml_string(text)}\nb = 1\n")
    assert document == {"a": text, "b": 1}


@SETTINGS
@given(text=texts)
def test_markdown_prose_is_text_only(text: str) -> None:
    """No link, image, code, HTML, heading, list, quote, table or emphasis: paragraphs of text,
    whose words are the text's (a zero-width space after ``@``), on GitHub's parser and on
    pdoc's (the docs site)."""
    written = escaping.md_text(text)
    kinds = {token.type for token in _tokens(MARKDOWN.parse(written))}
    assert kinds <= {"paragraph_open", "paragraph_close", "inline", "text", "softbreak"}, kinds
    shown = "".join(t.content for t in _tokens(MARKDOWN.parse(written)) if t.type == "text")
    assert _words(shown.replace("\u200b", "")) == _words(_visible(text, "\n\t"))
    rendered = to_html(written)
    for tag in ("<a", "<img", "<code", "<pre", "<script", "<h1", "<li", "<table", "<em"):
        assert tag not in rendered


@SETTINGS
@given(text=texts)
def test_a_code_span_is_one_span_of_the_text(text: str) -> None:
    written = escaping.md_cell(escaping.md_code(text))
    row = f"| a | b |\n|---|---|\n| {written} | x |\n"
    tokens = list(_tokens(MARKDOWN.parse(row)))
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2  # the span did not split the row
    spans = [t for t in tokens if t.type == "code_inline"]
    assert len(spans) == 1
    assert _words(spans[0].content) == _words(_visible(" ".join(text.split())))


@SETTINGS
@given(text=texts)
def test_prose_in_a_cell_stays_in_its_cell_and_keeps_its_words(text: str) -> None:
    written = escaping.md_cell(escaping.md_text(text))
    row = f"| a | b |\n|---|---|\n| {written} | x |\n"
    top = MARKDOWN.parse(row)
    assert len([t for t in top if t.type == "td_open"]) == 2
    cell = list(_tokens([top[top.index(next(t for t in top if t.type == "td_open")) + 1]]))
    kinds = {t.type for t in cell}
    assert not kinds & {"code_inline", "link_open", "image", "html_inline", "em_open"}, kinds
    shown = "".join(t.content for t in cell if t.type == "text")
    assert _words(shown.replace("\u200b", "")) == _words(_visible(text, "\n\t"))


@SETTINGS
@given(text=texts)
def test_html_text_is_text(text: str) -> None:
    found: list[str] = []

    class Reader(html.parser.HTMLParser):
        def handle_starttag(self, tag: str, attrs: Any) -> None:
            found.append(tag)

        def handle_data(self, data: str) -> None:
            found.append(f"data:{data}")

    Reader(convert_charrefs=True).feed(f"<p>{escaping.html_text(text)}</p>")
    assert [item for item in found if not item.startswith("data:")] == ["p"]
    assert "".join(i[5:] for i in found if i.startswith("data:")) == _visible(text, "\n\t")


@SETTINGS
@given(text=texts)
def test_an_html_comment_cannot_be_closed(text: str) -> None:
    inside = escaping.html_comment(text)
    assert "--" not in inside and "\n" not in inside


def _visible(text: str, keep: str = "") -> str:
    """``text`` as the functions show it: invisible characters as Python escapes."""
    return escaping._shown(text, keep)


def _words(text: str) -> str:
    return "".join(text.split())


def _tokens(tokens: Any) -> Iterator[Any]:
    for token in tokens:
        yield token
        yield from _tokens(token.children or ())

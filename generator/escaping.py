"""Text from a spec or a config, made safe for the one place it goes: one function per target.

Everything a spec or a config says is data. It reaches a generated file only through one of
these functions, chosen by what the file is at that spot:

=====================  ========================================================================
``py_literal``         a Python literal (``repr()``): strings, numbers, tuples, dicts; the value
                       reads back exactly (``float("inf")`` for the non-finite floats)
``docstring``          text inside a ``\"\"\"`` docstring: shows the text, cannot close it
``py_comment``         text after ``#``: one line, whatever it holds
``toml_string``        a TOML basic string, quotes included: cannot add a key or a table
``md_text``            Markdown prose: shows the words, never a link, image, mention, HTML,
                       heading, list, table or code
``md_code``            a Markdown code span: stays one span whatever backticks it holds
``md_cell``            Markdown already escaped, made one GitHub table cell
``html_text``          HTML text or attribute value
``html_comment``       text inside ``<!-- -->``
=====================  ========================================================================

The templates get them as Jinja filters of the same names (generator/generate.py), and the
Jinja environment refuses to write an unfiltered ``UntrustedString`` (openapi-python-client's
marker of spec text, which the template context uses for every spec string too). Characters
no target can show as they are (control and format characters, lone surrogates, line and
paragraph separators) are written as Python escapes (``\\x1b``, ``\\u202e``), so they are
visible and never act.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

__all__ = [
    "docstring",
    "html_comment",
    "html_text",
    "md_cell",
    "md_code",
    "md_text",
    "py_comment",
    "py_literal",
    "spec_text",
    "toml_string",
    "untrusted",
]

# Categories of characters that are shown as escapes: controls, format characters (bidi
# overrides, zero-width joiners, BOM), lone surrogates, unassigned code points and the
# Unicode line and paragraph separators.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Cn", "Zl", "Zp"})
_MAX_DOCSTRING_WORD = 76
"""Escaped words in docstrings are cut at safe places below this length, so that Jinja's
``wordwrap`` (whose narrowest width in the templates is 80) never cuts inside an escape."""
_ESCAPE_ATOM = re.compile(r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)|.", re.DOTALL)


def untrusted(value: Any) -> str:
    """Return the raw text of a spec value: an ``UntrustedString``, a ``PythonCode`` or any
    object (``None`` is empty). Never write the result anywhere without one of the functions
    below."""
    if value is None:
        return ""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    if isinstance(value, PythonCode):
        return value.as_unembedded_code()
    return str(value)


def spec_text(value: Any) -> UntrustedString:
    """Mark ``value`` (a spec or config string) as text that needs an escaping filter."""
    if isinstance(value, UntrustedString):
        return value
    return UntrustedString(untrusted(value))


def _escaped(character: str) -> str:
    """A character as the Python escape that writes it (``\\x1b``, ``\\u202e``)."""
    code = ord(character)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _visible(character: str, keep: str = "") -> bool:
    return character in keep or unicodedata.category(character) not in _INVISIBLE


def _shown(text: str, keep: str = "") -> str:
    """``text`` with every invisible character (but those in ``keep``) as its Python escape."""
    return "".join(c if _visible(c, keep) else _escaped(c) for c in text)


# Python ------------------------------------------------------------------------------------


def py_literal(value: Any) -> str:
    """Return Python source that evaluates to ``value``.

    Strings (``UntrustedString`` included) are written with ``repr()``: every quote,
    backslash and control character escaped, so the literal holds exactly the text. Tuples,
    lists and dicts are written item by item; ``None``, booleans, integers and floats as
    themselves (``float("inf")``, ``float("nan")`` for the non-finite ones).
    """
    if isinstance(value, UntrustedString | PythonCode | str):
        return repr(untrusted(value))
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f'float("{value}")'
    if isinstance(value, tuple):
        items = [py_literal(item) for item in value]
        return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(item) for item in value) + "]"
    if isinstance(value, Mapping):
        pairs = (f"{py_literal(key)}: {py_literal(item)}" for key, item in value.items())
        return "{" + ", ".join(pairs) + "}"
    raise TypeError(f"no Python literal for a {type(value).__name__}")


def docstring(value: Any) -> str:
    """Return ``value``'s text for inside a ``\"\"\"`` docstring, which it cannot close.

    Backslashes are doubled (``\\N{...}`` and ``\\x`` stay text), a quote is escaped when
    another quote or the end of the text follows it (so no run of quotes can end the string,
    even with the template's closing quotes after it), and invisible characters are written
    as escapes: the docstring's ``__doc__`` is the text. Words holding escapes are cut into
    pieces shorter than 76 characters between escapes, so ``wordwrap`` never splits one.
    """
    text = _shown(untrusted(value).replace("\\", "\\\\"), keep="\n\t")
    text = re.sub(r'"(?="|\Z)', lambda _: '\\"', text)
    return re.sub(r"\S+", _cut_long_word, text)


def _cut_long_word(found: re.Match[str]) -> str:
    word = found.group()
    if len(word) <= _MAX_DOCSTRING_WORD or "\\" not in word:
        return word
    pieces, piece = [], ""
    for atom in _ESCAPE_ATOM.findall(word):
        if len(piece) + len(atom) > _MAX_DOCSTRING_WORD:
            pieces.append(piece)
            piece = ""
        piece += atom
    return "\n".join([*pieces, piece])


def py_comment(value: Any) -> str:
    """Return ``value``'s text as one line for after ``#`` (line breaks written ``\\n``)."""
    return _shown(untrusted(value))


# TOML --------------------------------------------------------------------------------------

_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n"}
_TOML_ESCAPES |= {"\f": "\\f", "\r": "\\r"}


def toml_string(value: Any) -> str:
    """Return ``value`` as a TOML basic string, quotes included: it reads back as the text
    (lone surrogates, which TOML cannot hold, become U+FFFD) and can add no key or table."""
    out = []
    for character in untrusted(value):
        code = ord(character)
        if character in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[character])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\uFFFD")
        else:
            out.append(character)
    return '"' + "".join(out) + '"'


# Markdown ----------------------------------------------------------------------------------

# Written as character references wherever they are: what makes emphasis, code, links and
# images (``[``), HTML and autolinks (``<``), entities, strikethrough, math, escapes.
_MD_ALWAYS = frozenset("\\`*~[]<>&$")
# Written as references at the start of a line: headings, lists, quotes, setext underlines.
_MD_LINE_START = frozenset("#+-=")
_ZERO_WIDTH_SPACE = "\u200b"


def md_text(value: Any, *, one_line: bool = False) -> str:
    """Return ``value`` as Markdown prose that shows its words and nothing else.

    What could start emphasis, code, a link, an image, HTML, strikethrough or math is
    written as a character reference (``&#91;``; a table's ``|`` as ``\\|``), and so is
    what would make a line a
    heading, a list item or a setext underline; lines lose their indentation (no indented
    code block); ``_`` outside a word, ``:`` before ``/`` and ``.`` inside a word are
    references too (no emphasis, no ``https://`` or ``www.`` autolink); ``@`` and ``#``
    before a digit are followed by a zero-width space (no GitHub mention or issue link).
    Line breaks are kept (a blank line separates paragraphs), unless ``one_line`` (a heading,
    a list item, bold text): then every whitespace run is one space.
    """
    text = untrusted(value)
    if one_line:
        text = " ".join(text.split())
    return "\n".join(
        _md_line(line.strip()) for line in _shown(text, keep="\n\t").splitlines()
    ).strip("\n")


def _md_line(line: str) -> str:
    out = []
    for index, character in enumerate(line):
        before, after = line[index - 1 : index], line[index + 1 : index + 2]
        if (
            character in _MD_ALWAYS
            or (character in _MD_LINE_START and index == 0)
            or (character in ".)" and line[:index].isdigit() and not after.strip())  # 1. item
            or (character == "_" and not (before.isalnum() and after.isalnum()))
            or (character == ":" and after == "/")
            or (character == "." and (before.isalnum() or before in "-_") and after.isalpha())
        ):
            out.append(f"&#{ord(character)};")
        elif character == "|":  # the escape GitHub's tables read inside cells too
            out.append("\\|")
        elif character == "@" or (character == "#" and after.isdigit()):
            out.append(character + _ZERO_WIDTH_SPACE)
        else:
            out.append(character)
    return "".join(out)


def md_code(value: Any) -> str:
    """Return ``value`` as one Markdown code span, whatever backticks or line breaks it holds.

    Whitespace runs become one space (a span cannot hold a paragraph break); the fence is
    one backtick longer than the longest run inside, and the content is padded with spaces
    when it starts or ends with a backtick or a space.
    """
    text = _shown(re.sub(r"\s+", " ", untrusted(value)))
    if not text:
        return "` `"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    if text[0] in "` " or text[-1] in "` ":
        text = f" {text} "
    return f"{fence}{text}{fence}"


def md_cell(markdown: str) -> str:
    """Return Markdown (already escaped) as one GitHub table cell: one line, every pipe escaped.

    GitHub (and markdown-it) split cells on ``|`` even inside code spans, and take away the
    backslash of every ``\\|`` before reading the cell: so each pipe gains one. A pipe
    :func:`md_text` escaped (``\\|``) becomes ``\\\\|``, read back as ``\\|``, an escaped pipe;
    a ``\\|`` inside a code span stays a backslash and a pipe."""
    return " ".join(markdown.split()).replace("|", "\\|")


# HTML --------------------------------------------------------------------------------------


def html_text(value: Any) -> str:
    """Return ``value`` as HTML text (or a quoted attribute value): markup characters as
    references, invisible characters as escapes."""
    return html.escape(_shown(untrusted(value), keep="\n\t"), quote=True)


def html_comment(value: Any) -> str:
    """Return ``value`` as one line for inside ``<!-- -->``, which it cannot close."""
    return py_comment(value).replace("--", "-&#45;")

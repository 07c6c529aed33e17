"""Python names for what a spec or a config names: one function decides them all.

:func:`python_name` turns any text (an operationId, a tag, a property, a parameter, an enum
value, a schema, a security scheme) into a Python identifier:

1. **Normalised first.** Python's compiler reads identifiers in NFKC form, so a fullwidth
   ``id`` (U+FF49 U+FF44) *is* ``id`` to it, and a module file named with fullwidth letters
   cannot be imported by that name. The text is NFKC-normalised before anything else, so
   every comparison below is the one Python makes.
2. **Written in the style asked for**: ``snake`` (functions, modules, arguments, fields),
   ``upper`` (enum members), ``pascal`` (classes), with openapi-python-client's word
   splitting (``listDatabases`` → ``list_databases``), so that its own derivations from our
   names (``PythonIdentifier``, ``ClassName``) leave them unchanged.
3. **Reserved names avoided**: keywords, builtins, and what the caller reserves in its
   :class:`Rules` (the runtime's class names, the model methods, the arguments every
   method takes) get the rules' suffix (``_``; ``Model`` for classes); a name that does not
   start like an identifier, or whose text starts with ``_``, gets the rules' prefix.
4. **Bounded**: a name longer than ``max_bytes`` bytes of UTF-8 (file names are limited to
   255 bytes, and a module also becomes ``<name>.cpython-311.pyc``) is cut and ends with 8
   hex digits of the text's SHA-256, so two long texts never meet in one name.
5. **Never two texts, one name**: a name in ``taken`` gets ``_2``, ``_3``... The
   :class:`Namespace` remembers which text had each name and writes a warning naming both
   texts whenever a text did not get the name it asked for, so a collision is never
   silent.

Where openapi-python-client names things, generator/parse.py applies this function at one
place (before, during and after its parse); generator/names.py (class names),
generator/resources.py (resources and methods) and generator/auth.py (credential arguments)
call it for the names they derive. Nothing else invents a name.
"""

from __future__ import annotations

import hashlib
import keyword
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Any, Literal

from openapi_python_client.strings import RESERVED_WORDS, pascal_case, sanitize, snake_case

from generator.escaping import untrusted

Style = Literal["snake", "upper", "pascal"]

MAX_NAME_BYTES = 96
"""The longest name in bytes of UTF-8: a module file ``<name>.cpython-311.pyc`` stays far
below the 255 bytes file systems allow."""
PYTHON_RESERVED = frozenset(RESERVED_WORDS) | frozenset(keyword.kwlist)
"""What openapi-python-client renames in snake_case (builtins, keywords, ``self``, ``true``,
``false``, ``datetime``; ``id`` is allowed): names here are its fixed points."""
_HASH_LENGTH = 8
_MAX_STYLING = 4


@dataclass(frozen=True)
class Rules:
    """How the names of one kind are written."""

    style: Style = "snake"
    reserved: frozenset[str] = frozenset()
    """Names that get ``suffix`` appended (the runtime's, the model methods...)."""
    prefix: str = "n"
    """Starts a name whose text does not start like an identifier (``2fa`` → ``n2fa``)."""
    suffix: str = "_"
    max_bytes: int = MAX_NAME_BYTES
    builtins: bool = True
    """Whether builtins are avoided too (not for attributes such as resource methods, where
    ``list`` hides nothing), besides keywords."""


def python_name(
    text: Any, taken: Collection[str] = (), rules: Rules = Rules(), fallback: str = "value"
) -> str:
    """Return the Python name of ``text`` that is not in ``taken`` (see the module docstring);
    ``fallback`` when nothing of the text can be part of a name (``"!!!"``)."""
    raw = untrusted(text)
    normal = unicodedata.normalize("NFKC", raw)
    wanted = _styled(normal, rules.style)
    if not wanted:
        wanted = _styled(fallback, rules.style)
    # as openapi-python-client: a text that starts with ``_`` (private) gets the prefix too
    if not wanted.isidentifier() or sanitize(normal).startswith("_"):
        wanted = _styled(rules.prefix + wanted, rules.style)
    python_reserved = PYTHON_RESERVED if rules.builtins else frozenset(keyword.kwlist)
    while wanted in rules.reserved or wanted in python_reserved:
        wanted += rules.suffix
    wanted = _bounded(wanted, raw, rules)
    joiner = "" if rules.style == "pascal" else "_"
    name, number = wanted, 1
    while name in taken or name in rules.reserved:
        number += 1
        name = _bounded(f"{wanted}{joiner}{number}", f"{raw}\0{number}", rules)
    return name


def _styled(text: str, style: Style) -> str:
    """``text`` in ``style``, repeated until it no longer changes: a case change can make a
    text that is not NFKC any more (``ǅ``), or leave a character that is no part of a name
    alone (lower-case ``İ`` is ``i`` and a combining dot), and openapi-python-client's own
    derivations must leave our names as they are. Letters whose case changes never settle are
    written as their code points (``UDF``)."""
    for attempt in range(2 * _MAX_STYLING):
        if attempt == _MAX_STYLING:  # its case changes go round in circles (``0ßa``, ``0ßA``)
            text = "".join(c if c.isascii() else f"U{ord(c):X}" for c in text)
        if style == "pascal":
            styled = pascal_case(text)
        elif style == "upper":
            styled = snake_case(text.upper()).upper()
        else:
            styled = snake_case(text)
        styled = unicodedata.normalize("NFKC", styled)
        styled = "".join(c for c in styled if c.isidentifier() or c.isdecimal() or c == "_")
        if styled == text:
            break
        text = styled
    return text


def _bounded(name: str, text: str, rules: Rules) -> str:
    if len(name.encode("utf-8")) <= rules.max_bytes:
        return name
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_LENGTH]
    room = rules.max_bytes - _HASH_LENGTH - 1
    cut = name.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip("_")
    if rules.style == "pascal":
        return f"{cut}{digest.upper()}"
    return f"{cut}_{digest.upper() if rules.style == 'upper' else digest}"


class Namespace:
    """Names given in one scope (a module's functions, a class's fields, an enum's members),
    each for one text; collisions become warnings naming both texts."""

    def __init__(self, what: str, rules: Rules = Rules()) -> None:
        self.what = what
        self.rules = rules
        self.texts: dict[str, str] = {}
        """Each name given, and the text it was given for."""
        self.warnings: list[str] = []

    def name(
        self,
        text: Any,
        *,
        fallback: str = "value",
        source: str | None = None,
        suffix: str | None = None,
    ) -> str:
        """Return a name for ``text`` that no other text of this scope has; ``source`` is
        what the warnings call it (default: the text), ``suffix`` replaces the rules' one."""
        rules = self.rules if suffix is None else replace(self.rules, suffix=suffix)
        wanted = python_name(text, (), rules, fallback)
        given = python_name(text, self.texts, rules, fallback)
        shown = _shown(untrusted(text) if source is None else source)
        if given != wanted:
            self.warnings.append(
                f"{self.what}: {shown} and {_shown(self.texts[wanted])} would both be "
                f"{wanted!r} in Python; {shown} is {given!r}"
            )
        self.texts[given] = untrusted(text) if source is None else source
        return given


def _shown(text: Any) -> str:
    """A text in a warning: quoted, invisible characters escaped, long texts shortened."""
    raw = untrusted(text)
    shown = repr(raw if len(raw) <= 60 else raw[:57] + "...")
    return re.sub(r"\s", " ", shown)

"""Read YAML or JSON text into plain data, within bounds: the one reader of every document.

Specs, overlays, configs and fetched answers are all someone else's text. This reader turns
one into ``dict``/``list``/``str``/``int``/``float``/``bool``/``None`` and refuses, in one
line naming the file and line, before any cost grows with the input:

- more than :data:`MAX_BYTES`, or bytes that are not UTF-8;
- nesting deeper than :data:`MAX_DEPTH` levels, aliases counted as if written out. Depth is
  checked while libyaml streams its events, before it has read further: its own composer
  recurses in C (200,000 levels crash the process) and its scanner slows down with the
  square of the depth, so the text is never handed to either whole;
- aliases that would repeat more than :data:`MAX_ALIAS_NODES` nodes (a "billion laughs" of a
  few hundred bytes), computed from each anchor's size without expanding anything; an alias
  inside its own anchor (a cycle);
- tags other than the JSON-compatible ones (``!!python/object``, ``!!binary``, ``!Custom``);
- duplicate keys, keys that are not scalars, several documents in one stream.

Scalars resolve by the YAML 1.2 core schema, as JSON reads them: ``1e+09`` is a number and
``on``, ``yes``, ``2024-01-01`` are strings. Mapping keys are always strings, as written
(``200:`` is ``"200"``): OpenAPI documents are JSON, whose keys are strings. Merge keys
(``<<: *base``) are applied, as the OpenAPI tools people check their documents with do.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

MAX_BYTES = 32 * 1024 * 1024
"""Far above any API description (the largest public ones are a few MiB)."""
MAX_DEPTH = 64
"""Nested mappings and sequences at most; real API descriptions stay under 32."""
MAX_ALIAS_NODES = 1_000_000
"""Nodes that aliases may repeat in one document, each alias counted as written out."""

try:  # libyaml is several times faster; fall back to the pure-Python parser.
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment,attr-defined,unused-ignore]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

_CORE = "tag:yaml.org,2002:"
_NULL = re.compile(r"null|Null|NULL|~|")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_OCTAL = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INFINITY = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
_MERGE = "<<"


@dataclass(frozen=True)
class Parsed:
    """A document read from text: its data, and the line of each JSON pointer in it."""

    data: Any
    lines: dict[str, int]
    """JSON pointer (``""`` for the root, ``/paths/~1pets``) → 1-based line of its key or item."""


def parse_yaml(text: str | bytes, source: Path) -> Parsed:
    """Return the one YAML or JSON document in ``text``; ``source`` names it in errors.

    Raises :class:`SpecError` (with the line where it is known) for text over the limits of
    this module, text that is not YAML, and anything JSON cannot hold.
    """
    if len(text) > MAX_BYTES:
        raise SpecError(source, f"larger than {MAX_BYTES // 2**20} MiB; not read")
    if isinstance(text, bytes):
        text = _decode(text, source)
    try:
        return _Builder(source).build(_json_for_libyaml(text) if _JSON_ONLY.search(text) else text)
    except SpecError:
        rewritten = _json_for_libyaml(text)  # JSON that libyaml cannot read as it is written
        if rewritten == text:
            raise
        return _Builder(source).build(rewritten)


def parse_file(path: Path) -> Parsed:
    """Return the document in the file at ``path`` (see :func:`parse_yaml`); a file over the
    size limit is refused without being read whole."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as err:
        raise SpecError(path, f"cannot read the file: {err.strerror or err}") from None
    return parse_yaml(data, path)


def _decode(data: bytes, source: Path) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise SpecError(
            source,
            f"not UTF-8 text: byte 0x{data[err.start]:02x} at column {column} "
            "(save the file as UTF-8)",
            line=line,
        ) from None


_JSON_ONLY = re.compile(r"[\x7f-\x9f]|\\u[dD][89abAB]")
"""What JSON allows in a string and libyaml reads otherwise: a raw DEL or C1 control
(refused, or U+0085 read as a line break) and a surrogate pair escape (refused)."""
_JSON_STRING = re.compile(r'("(?:[^"\\]|\\.)*")([ \t\r\n]*:)?')
_JSON_ESCAPE = re.compile(
    r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|.)|[\x7f-\x9f]"
)


def _json_for_libyaml(text: str) -> str:
    """Return ``text`` as libyaml reads it right: when it is JSON, the same JSON with its
    strings' characters that YAML reads otherwise written as YAML escapes, and each key
    marked explicit (``? "key": ...``: YAML limits an implicit key to 1024 characters, JSON
    does not). Lines stay where they were. Anything else is returned as it is."""
    try:
        json.loads(text)  # valid JSON: its strings are exactly the quoted tokens
    except (ValueError, RecursionError):
        return text
    return _JSON_STRING.sub(_json_token, text)


def _json_token(found: re.Match[str]) -> str:
    string = _JSON_ESCAPE.sub(_yaml_escape, found.group(1))
    colon = found.group(2)
    return string if colon is None else f"? {string}{colon}"


def _yaml_escape(found: re.Match[str]) -> str:
    high, low = found.group(1), found.group(2)
    if high is not None:
        code = 0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00)
        return f"\\U{code:08X}"
    text = found.group()
    return text if text.startswith("\\") else f"\\x{ord(text):02X}"


@dataclass
class _Node:
    """A node read whole: its value, and what an alias repeating it costs."""

    value: Any
    nodes: int
    """Nodes in it, aliases inside it counted as written out."""
    height: int
    """Levels of mappings and sequences in it (0 for a scalar)."""
    text: str | None = None
    """A scalar's text as written (used when an alias is a mapping key)."""


@dataclass
class _Open:
    """A mapping or sequence being read."""

    value: dict[str, Any] | list[Any]
    pointer: str
    anchor: str | None
    nodes: int = 1
    height: int = 1
    key: str | None = None
    """A mapping's key whose value comes next (None: the next scalar is a key)."""
    merge_line: int = 0
    """When the pending key is ``<<``: its line (the value is merged, not stored)."""
    keys: dict[str, int] = field(default_factory=dict)
    """Keys written in this mapping → their line."""
    merged: list[dict[str, Any]] = field(default_factory=list)


class _Builder:
    """Turns libyaml's event stream into data, checking the bounds at every event."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.lines: dict[str, int] = {}
        self.anchors: dict[str, _Node] = {}
        self.open: list[_Open] = []
        self.alias_nodes = 0
        self.root: Any = None
        self.documents = 0

    def build(self, text: str) -> Parsed:
        try:
            for event in yaml.parse(text, Loader=_Loader):
                self._event(event)
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            problem = " ".join(
                " ".join(str(part).split()) for part in (err.context, err.problem) if part
            )
            line = mark.line + 1 if mark is not None else None
            raise SpecError(self.source, f"not valid YAML/JSON: {problem}", line=line) from None
        except yaml.reader.ReaderError as err:
            line = text.count("\n", 0, err.position) + 1
            code = err.character if isinstance(err.character, int) else ord(err.character)
            raise SpecError(
                self.source, f"not valid YAML/JSON: {err.reason} (#x{code:04x})", line=line
            ) from None
        except yaml.YAMLError as err:
            raise SpecError(
                self.source, f"not valid YAML/JSON: {' '.join(str(err).split())}"
            ) from None
        except UnicodeEncodeError:  # text given as str, with lone surrogates in it
            raise SpecError(self.source, "not UTF-8 text (lone surrogates)") from None
        return Parsed(self.root, self.lines)

    # One event at a time ----------------------------------------------------------------

    def _event(self, event: yaml.Event) -> None:
        line = event.start_mark.line + 1
        if isinstance(event, yaml.ScalarEvent):
            if self._is_key():
                self._key(self._scalar_key(event), line, merge=self._is_merge(event))
            else:
                node = _Node(self._scalar(event, line), 1, 0, event.value)
                self._value(node, line, event.anchor)
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event, line)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._start(event, line)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self._end()
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise SpecError(
                    self.source, "more than one YAML document in the file (a second ---)", line=line
                )

    def _is_key(self) -> bool:
        return bool(self.open) and isinstance(self.open[-1].value, dict) and self._pending() is None

    def _pending(self) -> str | None:
        top = self.open[-1]
        return _MERGE if top.merge_line else top.key

    def _start(self, event: yaml.CollectionStartEvent, line: int) -> None:
        if self._is_key():
            raise SpecError(
                self.source, "a mapping key must be a string, not a mapping or a list", line=line
            )
        self._check_tag(event.tag, ("map", "seq"), line)
        depth = len(self.open) + 1
        if depth > MAX_DEPTH:
            raise SpecError(
                self.source,
                f"nested deeper than {MAX_DEPTH} levels (column {event.start_mark.column + 1}); "
                "not read further",
                line=line,
            )
        pointer = self._child_pointer(line)
        container: dict[str, Any] | list[Any] = (
            {} if isinstance(event, yaml.MappingStartEvent) else []
        )
        self.open.append(_Open(container, pointer, event.anchor))
        if event.anchor is not None:  # an alias to it before its end is a cycle
            self.anchors.pop(event.anchor, None)

    def _end(self) -> None:
        done = self.open.pop()
        if isinstance(done.value, dict) and done.merged:
            merged: dict[str, Any] = {}
            for mapping in done.merged:
                for key, item in mapping.items():
                    merged.setdefault(key, item)
            merged.update(done.value)
            done.value = merged
        self._value(_Node(done.value, done.nodes, done.height), None, done.anchor)

    def _alias(self, event: yaml.AliasEvent, line: int) -> None:
        anchored = self.anchors.get(event.anchor or "")
        if anchored is None:
            opening = any(frame.anchor == event.anchor for frame in self.open)
            problem = "is inside its own anchor (a cycle)" if opening else "names no anchor"
            raise SpecError(self.source, f"the alias *{event.anchor} {problem}", line=line)
        if self._is_key():
            if anchored.text is None:
                raise SpecError(
                    self.source,
                    "a mapping key must be a string, not a mapping or a list",
                    line=line,
                )
            self._key(anchored.text, line, merge=False)
            return
        if len(self.open) + anchored.height > MAX_DEPTH:
            raise SpecError(
                self.source,
                f"the alias *{event.anchor} nests the document deeper than {MAX_DEPTH} levels",
                line=line,
            )
        self.alias_nodes += anchored.nodes
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise SpecError(
                self.source,
                f"aliases repeat more than {MAX_ALIAS_NODES:,} nodes (an alias bomb?); not read",
                line=line,
            )
        self._value(anchored, line, None)

    def _key(self, key: str, line: int, *, merge: bool) -> None:
        top = self.open[-1]
        if merge:
            top.merge_line = line
            return
        if key in top.keys:
            raise SpecError(
                self.source,
                f"duplicate key {key!r} (first defined on line {top.keys[key]})",
                pointer=f"#{top.pointer}",
                line=line,
            )
        top.keys[key] = line
        top.key = key
        self.lines[f"{top.pointer}/{escape(key)}"] = line

    def _value(self, node: _Node, line: int | None, anchor: str | None) -> None:
        """Put a finished node where it belongs; ``line`` None: its line is recorded already."""
        if anchor is not None:
            self.anchors[anchor] = node
        if not self.open:
            self.root = node.value
            if line is not None:
                self.lines[""] = line
            return
        parent = self.open[-1]
        parent.nodes += node.nodes
        parent.height = max(parent.height, node.height + 1)
        if isinstance(parent.value, list):
            if line is not None:
                self.lines[f"{parent.pointer}/{len(parent.value)}"] = line
            parent.value.append(node.value)
        elif parent.merge_line:
            self._merge(parent, node.value)
        else:
            assert parent.key is not None
            parent.value[parent.key] = node.value
            parent.key = None

    def _merge(self, parent: _Open, value: Any) -> None:
        line, parent.merge_line = parent.merge_line, 0
        mappings = value if isinstance(value, list) else [value]
        if not all(isinstance(mapping, dict) for mapping in mappings):
            raise SpecError(
                self.source, "a merge key (<<) takes a mapping or a list of mappings", line=line
            )
        parent.merged.extend(mappings)

    def _child_pointer(self, line: int) -> str:
        """Return the pointer of the node that starts now, recording its line."""
        if not self.open:
            self.lines[""] = line
            return ""
        parent = self.open[-1]
        if isinstance(parent.value, list):
            pointer = f"{parent.pointer}/{len(parent.value)}"
            self.lines[pointer] = line
            return pointer
        key = self._pending()
        return f"{parent.pointer}/{escape(key or '')}"

    # Scalars ----------------------------------------------------------------------------

    def _is_merge(self, event: yaml.ScalarEvent) -> bool:
        return event.value == _MERGE and _plain(event) and event.tag is None

    def _scalar_key(self, event: yaml.ScalarEvent) -> str:
        self._check_tag(
            event.tag, ("str", "int", "float", "bool", "null"), event.start_mark.line + 1
        )
        if event.anchor is not None:
            self.anchors[event.anchor] = _Node(event.value, 1, 0, event.value)
        return str(event.value)

    def _scalar(self, event: yaml.ScalarEvent, line: int) -> Any:
        tag = event.tag
        self._check_tag(tag, ("str", "int", "float", "bool", "null"), line)
        text: str = event.value
        if tag == "!" or (tag is None and not _plain(event)):
            return text  # quoted, literal or folded, or the non-specific tag: a string
        kind = tag.removeprefix(_CORE) if tag else None
        if kind == "str":
            return text
        resolved = _resolve(text, kind)
        if resolved is _UNRESOLVED:
            problem = f"is not a valid !!{kind}" if kind else "is a number too long to read"
            raise SpecError(self.source, f"{text[:40]!r} {problem}", line=line)
        return resolved

    def _check_tag(self, tag: str | None, allowed: tuple[str, ...], line: int) -> None:
        if tag is None or tag == "!" or (tag.startswith(_CORE) and tag[len(_CORE) :] in allowed):
            return
        shown = "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag
        raise SpecError(
            self.source,
            f"the YAML tag {shown[:60]!r} is not supported (only JSON's types are)",
            line=line,
        )


_UNRESOLVED = object()


def _plain(event: yaml.ScalarEvent) -> bool:
    """Whether the scalar was written unquoted (libyaml says ``""``, PyYAML ``None``)."""
    return event.style in ("", None)


def _resolve(text: str, kind: str | None) -> Any:
    """Return the value of a plain scalar by the YAML 1.2 core schema (``kind`` None), or of
    one with an explicit ``!!int``/``!!float``/``!!bool``/``!!null`` tag."""
    if kind in (None, "null") and _NULL.fullmatch(text):
        return None
    if kind in (None, "bool") and text in _BOOL:
        return _BOOL[text]
    if kind in (None, "int"):
        try:
            if _INT.fullmatch(text):
                return int(text, 10)
            if _OCTAL.fullmatch(text):
                return int(text[2:], 8)
            if _HEX.fullmatch(text):
                return int(text[2:], 16)
        except ValueError:  # more digits than Python converts (4,300)
            return _UNRESOLVED
    if kind in (None, "float"):
        if _FLOAT.fullmatch(text) or (kind == "float" and _INT.fullmatch(text)):
            return float(text)
        if _INFINITY.fullmatch(text):
            return float("-inf") if text.startswith("-") else float("inf")
        if _NAN.fullmatch(text):
            return float("nan")
    return text if kind is None else _UNRESOLVED


def escape(part: str) -> str:
    """Return ``part`` escaped as one segment of a JSON pointer (RFC 6901)."""
    return part.replace("~", "~0").replace("/", "~1")

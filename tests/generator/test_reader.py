"""The one reader of every document (generator/reader.py): any JSON text reads as JSON; YAML
by the 1.2 core schema; nesting, aliases, size and encoding bounded, each refusal one line
with the file and line, before the cost grows with the input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.errors import SpecError
from generator.reader import MAX_ALIAS_NODES, MAX_BYTES, MAX_DEPTH, parse_file, parse_yaml

SOURCE = Path("doc.yaml")

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def _refusal(text: str | bytes) -> SpecError:
    with pytest.raises(SpecError) as raised:
        parse_yaml(text, SOURCE)
    assert "\n" not in str(raised.value)
    assert str(raised.value).startswith("doc.yaml")
    return raised.value


@settings(max_examples=300)
@given(value=_JSON, ascii_only=st.booleans(), indent=st.sampled_from([None, 2]))
@example(value={"k" * 1100: [{"\U0001f600\x85\x7f": "\u2028"}]}, ascii_only=True, indent=None)
@example(value={"k" * 1100: [{"\U0001f600\x85\x7f": "\u2028"}]}, ascii_only=False, indent=2)
def test_any_json_text_reads_as_json(value: Any, ascii_only: bool, indent: int | None) -> None:
    """JSON is YAML 1.2: numbers, strings (escapes, surrogate pairs, raw U+0085 and DEL
    included), keys of any length or such as "<<" or "200", all as JSON reads them (libyaml
    limits a key to 1024 characters, and reads those characters otherwise)."""
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)
    assert parse_yaml(text, SOURCE).data == json.loads(text)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1e+09", 1e9),
        ("1e-08", 1e-08),
        ("-2.5E3", -2500.0),
        ("0x1F", 31),
        ("0o17", 15),
        ("017", 17),
        (".inf", float("inf")),
        ("on", "on"),
        ("yes", "yes"),
        ("No", "No"),
        ("off", "off"),
        ("2024-01-01", "2024-01-01"),
        ("2025-02-04T10:43:55Z", "2025-02-04T10:43:55Z"),
        ("1_000", "1_000"),
        ("1:20", "1:20"),
        ("~", None),
        ("", None),
        ("True", True),
        ("'1e+09'", "1e+09"),
        ("!!str 12", "12"),
        ("!!float 12", 12.0),
    ],
)
def test_scalars_resolve_by_the_yaml_1_2_core_schema(written: str, value: Any) -> None:
    assert parse_yaml(f"value: {written}\n", SOURCE).data == {"value": value}


def test_mapping_keys_are_the_text_written() -> None:
    """Response codes written unquoted are the strings OpenAPI means."""
    parsed = parse_yaml("200: a\n404: b\ntrue: c\n1.0: d\nnull: e\non: f\n", SOURCE)
    assert parsed.data == {"200": "a", "404": "b", "true": "c", "1.0": "d", "null": "e", "on": "f"}
    assert parsed.lines == {
        "": 1,
        "/200": 1,
        "/404": 2,
        "/true": 3,
        "/1.0": 4,
        "/null": 5,
        "/on": 6,
    }


def test_a_key_written_twice_is_refused_even_quoted_once() -> None:
    error = _refusal("responses:\n  200: {}\n  '200': {}\n")
    assert (error.line, error.pointer) == (3, "#/responses")
    assert "duplicate key '200' (first defined on line 2)" in str(error)


def test_merge_keys_are_applied() -> None:
    text = "base: &base {a: 1, b: 2}\nmerged:\n  <<: *base\n  b: 3\nquoted:\n  '<<': 1\n"
    assert parse_yaml(text, SOURCE).data == {
        "base": {"a": 1, "b": 2},
        "merged": {"a": 1, "b": 3},
        "quoted": {"<<": 1},
    }


def _nested(depth: int, style: str) -> str:
    """Return a document of ``depth`` levels of mappings and sequences, in ``style``."""
    inner = depth - 1  # below the top-level mapping
    if style == "flow-list":
        return "a: " + "[" * inner + "]" * inner + "\n"
    if style == "flow-map":
        return "a: " + "{a: " * inner + "1" + "}" * inner + "\n"
    if style == "json":
        return '{"a": ' * depth + "1" + "}" * depth
    return "".join(" " * level + "a:\n" for level in range(depth)) + " " * depth + "1\n"


def _expected(depth: int, style: str) -> Any:
    value: Any = [] if style == "flow-list" else 1
    for _ in range(depth - 2 if style == "flow-list" else depth):
        value = [value] if style == "flow-list" else {"a": value}
    return {"a": value} if style == "flow-list" else value


_STYLES = st.sampled_from(["flow-list", "flow-map", "json", "block"])


@settings(max_examples=40, deadline=None)
@given(depth=st.integers(min_value=MAX_DEPTH + 1, max_value=300_000), style=_STYLES)
def test_nesting_deeper_than_the_limit_is_refused_in_one_line(depth: int, style: str) -> None:
    """Refused while libyaml streams (its composer crashes at 200,000 levels, and its scanner
    slows with the square of the depth): no RecursionError, no crash."""
    if style == "block":
        depth = min(depth, 5_000)  # each level is a longer line: 5,000 levels are 12 MB
    error = _refusal(_nested(depth, style))
    assert f"nested deeper than {MAX_DEPTH} levels" in error.message
    assert error.line is not None


@given(depth=st.integers(min_value=2, max_value=MAX_DEPTH), style=_STYLES)
def test_nesting_within_the_limit_is_read(depth: int, style: str) -> None:
    assert parse_yaml(_nested(depth, style), SOURCE).data == _expected(depth, style)


def test_200000_levels_are_refused() -> None:
    assert _refusal(_nested(200_000, "flow-list")).line == 1


def _bomb(fanout: int, levels: int) -> str:
    """``levels`` anchors, each a list of ``fanout`` aliases to the one before."""
    lines = ['a0: &a0 ["lol"]']
    lines += [
        f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * fanout) + "]"
        for level in range(1, levels + 1)
    ]
    return "\n".join(lines) + "\n"


def test_the_917_byte_billion_laughs_is_refused() -> None:
    text = _bomb(9, 9)
    assert len(text) < 917
    error = _refusal(text)
    assert f"aliases repeat more than {MAX_ALIAS_NODES:,} nodes" in error.message


@settings(max_examples=50, deadline=None)
@given(fanout=st.integers(min_value=2, max_value=30), levels=st.integers(min_value=1, max_value=60))
def test_aliases_are_read_within_the_budget_and_refused_beyond(fanout: int, levels: int) -> None:
    """Counted from the anchors' sizes, never expanded: a bomb of 10^80 nodes costs what a
    small one does. Within the budget, the document is what PyYAML reads."""
    text = _bomb(fanout, levels)
    size, repeated = 2, 0  # nodes of a0, and of what the aliases repeat
    for _ in range(levels):
        repeated += fanout * size
        size = 1 + fanout * size
    if repeated > MAX_ALIAS_NODES:
        assert "aliases repeat more than" in _refusal(text).message
    else:
        assert parse_yaml(text, SOURCE).data == yaml.safe_load(text)


def test_an_alias_inside_its_own_anchor_is_refused() -> None:
    assert "the alias *a is inside its own anchor" in _refusal("a: &a [1, *a]\n").message


@pytest.mark.parametrize(
    "tag",
    ["!!python/object/apply:os.system", "!!python/name:os.system", "!!binary", "!!set", "!Ref"],
)
def test_tags_other_than_jsons_are_refused(tag: str) -> None:
    assert "is not supported" in _refusal(f"a: {tag} x\n").message


@settings(max_examples=100)
@given(
    lines=st.lists(st.text(alphabet="abc xyz", min_size=1, max_size=10), min_size=1, max_size=20),
    where=st.data(),
    bad=st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xe2\x82", b"\x80"]),
)
def test_bytes_that_are_not_utf8_are_refused_on_their_line(
    lines: list[str], where: st.DataObject, bad: bytes
) -> None:
    index = where.draw(st.integers(min_value=0, max_value=len(lines) - 1))
    data = [f"k{number}: {line}".encode() for number, line in enumerate(lines)]
    data[index] += bad
    error = _refusal(b"\n".join(data) + b"\n")
    assert error.line == index + 1
    assert "not UTF-8 text" in error.message


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as file:
        file.write(b"a: " + b"x" * MAX_BYTES)
    with pytest.raises(SpecError, match=r"big\.yaml: larger than 32 MiB; not read"):
        parse_file(path)

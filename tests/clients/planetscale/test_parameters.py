"""Parameter serialisation (``_parameters.py``, the same in every generated package): every
OpenAPI style gives back exactly the values it was given, and what cannot be sent is refused
naming the argument."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, unquote_plus

import pytest
from hypothesis import given
from hypothesis import strategies as st
from planetscale_client._parameters import cookies, expand_path, header, query

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
"""Any text that UTF-8 can carry (lone surrogates cannot be sent; see below)."""
ITEMS = st.lists(TEXT, min_size=1, max_size=5)
DELIMITED = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "|"}


def _value_of(pair: str, key: str) -> str:
    name, _, value = pair.partition("=")
    assert unquote_plus(name) == key
    return value


@given(ITEMS)
def test_form_explode_repeats_the_key(items: list[str]) -> None:
    pairs = query("op", "tags", "tags", items, "", None)

    assert [unquote_plus(_value_of(pair, "tags")) for pair in pairs] == items


@pytest.mark.parametrize("style", DELIMITED)
@given(items=ITEMS)
def test_delimited_styles_join_the_items_with_a_literal_delimiter(
    style: str, items: list[str]
) -> None:
    (pair,) = query("op", "tags", "tags", items, style, False)

    raw = _value_of(pair, "tags")
    assert [unquote_plus(item) for item in raw.split(DELIMITED[style])] == items


@given(st.dictionaries(TEXT.filter(bool), TEXT, min_size=1, max_size=4))
def test_deep_objects_name_each_field_in_brackets(fields: dict[str, str]) -> None:
    pairs = query("op", "filter_", "filter", fields, "deepObject", True)

    decoded = {unquote_plus(k): unquote_plus(v) for k, _, v in (p.partition("=") for p in pairs)}
    assert decoded == {f"filter[{key}]": value for key, value in fields.items()}


@given(st.dictionaries(TEXT.filter(bool), TEXT, min_size=1, max_size=4))
def test_form_objects_without_explode_alternate_names_and_values(fields: dict[str, str]) -> None:
    (pair,) = query("op", "range_", "range", fields, "form", False)

    parts = [unquote_plus(part) for part in _value_of(pair, "range").split(",")]
    assert dict(zip(parts[::2], parts[1::2], strict=True)) == fields


@given(TEXT.filter(lambda text: text not in ("", ".", "..")))
def test_a_path_value_is_one_segment(text: str) -> None:
    path = expand_path("op", "/things/{name}", {"name": text})

    segment = path.removeprefix("/things/")
    assert "/" not in segment
    assert unquote(segment) == text


@given(
    st.lists(
        st.text(
            st.characters(min_codepoint=0x20, max_codepoint=0x7E).filter(lambda c: c not in ";,"),
            max_size=8,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_cookie_arrays_keep_their_items(items: list[str]) -> None:
    (pair,) = cookies("op", "flavours", "flavours", items, False)

    assert pair.partition("=")[2].split(",") == items


def test_header_objects_follow_simple_style() -> None:
    assert header("op", "point", "X-Point", {"x": 1, "y": 2}, None) == "x,1,y,2"
    assert header("op", "point", "X-Point", {"x": 1, "y": 2}, True) == "x=1,y=2"
    assert header("op", "tags", "X-Tags", ["a", "b"], None) == "a,b"


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (None, ValueError, "op: path parameter 'name' is required"),
        (b"shop", TypeError, "op: path parameter 'name' must be text, not bytes"),
        ("sh\udc80op", ValueError, "op: path parameter 'name' holds a lone surrogate"),
        (".", ValueError, "op: path parameter 'name' must not be '.'"),
        (float("nan"), ValueError, "op: path parameter 'name' must be a finite number"),
    ],
)
def test_a_path_value_that_cannot_be_sent_is_refused_naming_it(
    value: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as raised:
        expand_path("op", "/things/{name}", {"name": value})

    assert str(raised.value).startswith(message)

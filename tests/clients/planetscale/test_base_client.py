"""The request machinery of ``_base_client`` (the same in every generated package)."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st
from planetscale_client._parameters import form_encoded

SCALARS = st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())


@given(st.dictionaries(st.text(min_size=1), st.one_of(SCALARS, st.lists(SCALARS, max_size=3))))
def test_the_query_is_encoded_exactly_as_httpx_encodes_params(params: dict[str, Any]) -> None:
    """The runtime puts the query in the URL itself (httpx then parses it once): the bytes
    sent must be those httpx sends for ``params=``."""
    query = form_encoded("params", params)
    ours = httpx.Request("GET", f"https://api.example/things?{query}")
    theirs = httpx.Request("GET", "https://api.example/things", params=params)
    if not params:
        assert query == ""
        return
    assert ours.url.raw_path == theirs.url.raw_path

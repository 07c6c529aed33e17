"""The request machinery of ``_base_client`` (the same in every generated package)."""

from __future__ import annotations

from typing import Any

import httpx
import respx
from hypothesis import given
from hypothesis import strategies as st
from planetscale_client import PlanetScaleClient, RequestOptions
from planetscale_client._parameters import form_encoded

from tests.clients.planetscale.conftest import BASE_URL

SCALARS = st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())


@given(st.dictionaries(st.text(min_size=1), st.one_of(SCALARS, st.lists(SCALARS, max_size=3))))
def test_the_query_says_what_httpx_params_say(params: dict[str, Any]) -> None:
    """The runtime puts the query in the URL itself (httpx then parses it once): a server must
    read the pairs httpx sends for ``params=`` (the bytes differ across httpx versions: a
    space is ``+`` in some, ``%20`` in others)."""
    query = form_encoded("params", params)
    ours = httpx.Request("GET", f"https://api.example/things?{query}")
    theirs = httpx.Request("GET", "https://api.example/things", params=params)
    if not params:
        assert query == ""
    assert ours.url.params.multi_items() == theirs.url.params.multi_items()


def test_request_options_params_replace_the_operation_s_own(client: PlanetScaleClient) -> None:
    """``RequestOptions(params=…)`` is the last word on a name: the operation's value of the
    same name is not sent beside it; other names are kept."""
    with respx.mock(base_url=BASE_URL) as api:
        route = api.get("/organizations/acme/databases").respond(200, json={"data": []})
        client.databases.list("acme", per_page=10, options=RequestOptions(params={"per_page": "3"}))

    sent = route.calls.last.request.url.params
    assert sent.get_list("per_page") == ["3"]
    assert sent.get_list("page") == ["1"]

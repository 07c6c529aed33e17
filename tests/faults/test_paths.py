"""Row 1: a path parameter stays in its segment; empty and dot segments are never sent."""

from __future__ import annotations

from functools import partial

import pytest

from tests.faults.actions import Reply
from tests.faults.apis import PathOperation
from tests.faults.harness import Harness

DOT_SEGMENTS = ["", ".", ".."]
# Each must arrive as urllib.parse.quote(value, safe=""): one segment, nothing resolved.
ONE_SEGMENT = ["a/b", "%2e%2e", "..%2f", "ü", "a?b", "a#b", " ", "...", ".a", "a\\b"]


def _operations(harness: Harness) -> list[PathOperation]:
    return [harness.api.resource.get, harness.api.delete]


@pytest.mark.parametrize("value", DOT_SEGMENTS, ids=repr)
def test_an_empty_or_dot_segment_is_refused_before_sending(value: str, harness: Harness) -> None:
    client = harness.client()
    for operation in _operations(harness):
        error = harness.refuses(partial(harness.invoke, client, operation.bind(value)))

        assert operation.name in str(error)
        assert operation.parameter in str(error)
    assert harness.server.requests == []


@pytest.mark.parametrize("value", ONE_SEGMENT, ids=repr)
def test_any_other_value_reaches_the_server_as_exactly_one_segment(
    value: str, harness: Harness
) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, harness.api.resource.body()))

    harness.succeeds(harness.client(), get.bind(value))

    assert harness.api_requests() == [f"GET {get.target(value)}"]


def test_quoting_examples() -> None:
    """The expected targets above, spelled out: what quote(value, safe="") gives."""
    get = PathOperation(object(), (), "x", "/p/")
    assert [get.target(v) for v in ("a/b", "%2e%2e", "ü", "..%2f", "a?b", "a#b", " ")] == [
        "/p/a%2Fb",
        "/p/%252e%252e",
        "/p/%C3%BC",
        "/p/..%252f",
        "/p/a%3Fb",
        "/p/a%23b",
        "/p/%20",
    ]

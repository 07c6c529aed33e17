"""Row 6: a request lost on a stale kept-alive connection is sent again; a POST that reached
the server is never sent twice (unless ``retry_non_idempotent``)."""

from __future__ import annotations

import json

import pytest

from tests.faults.actions import CloseSilently, Reply
from tests.faults.apis import Bound
from tests.faults.harness import Harness
from tests.faults.server import Received


def _name(request: Received) -> str:
    return str(json.loads(request.body)["name"]) if request.body else request.target


def _two_calls(harness: Harness, method: str) -> tuple[str, Reply, list[Bound]]:
    """The path, a good answer, and two calls of the API's POST (or GET)."""
    if method == "POST":
        creation = harness.api.creation
        return creation.path, Reply(201, creation.answer), [creation.call(1), creation.call(2)]
    get = harness.api.resource.get
    return get.prefix, Reply(200, harness.api.resource.body()), [get.bind("a"), get.bind("b")]


def test_500_posts_to_a_server_that_closes_every_connection_after_answering(
    harness: Harness,
) -> None:
    creation = harness.api.creation
    harness.server.route(creation.path, Reply(201, creation.answer, close_after=True))
    harness.library_logs(enabled=False)  # 500 calls
    client = harness.client()

    errors = [harness.attempt(client, creation.call(n)).error for n in range(500)]

    assert [error for error in errors if error is not None] == []
    posts = harness.server.seen(creation.path)
    assert [_name(request) for request in posts] == [f"name-{n}" for n in range(500)]


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_a_request_lost_on_a_reused_connection_is_sent_again_once(
    method: str, harness: Harness
) -> None:
    path, answer, calls = _two_calls(harness, method)
    harness.server.route(path, answer, CloseSilently(), answer)
    client = harness.client(retry=harness.retry(max_retries=0))

    harness.succeeds(client, calls[0])  # its connection stays in the pool
    harness.succeeds(client, calls[1])  # which the server closes on reading the next request

    seen = [(_name(r), r.connection, r.sequence) for r in harness.server.seen(path)]
    first, lost, again = seen
    assert (lost[1], lost[2]) == (first[1], 1)  # the second request went on the reused one
    assert again[0] == lost[0] and again[2] == 0  # and was sent once more, on a new one


def test_a_post_lost_twice_is_not_sent_a_third_time(harness: Harness) -> None:
    path, answer, calls = _two_calls(harness, "POST")
    harness.server.route(path, answer, CloseSilently())
    client = harness.client()

    harness.succeeds(client, calls[0])
    harness.fails(harness.package.APIConnectionError, client, calls[1])

    assert [_name(r) for r in harness.server.seen(path)] == ["name-1", "name-2", "name-2"]


def test_a_post_lost_on_a_fresh_connection_is_not_sent_again(harness: Harness) -> None:
    creation = harness.api.creation
    harness.server.route(creation.path, CloseSilently())

    harness.fails(harness.package.APIConnectionError, harness.client(), creation.call(1))

    assert [(_name(r), r.sequence) for r in harness.server.seen(creation.path)] == [("name-1", 0)]


def test_retry_non_idempotent_sends_a_lost_post_again(harness: Harness) -> None:
    creation = harness.api.creation
    harness.server.route(creation.path, CloseSilently(), Reply(201, creation.answer))
    options = harness.options(retry_non_idempotent=True)

    harness.succeeds(harness.client(), creation.call(1), options=options)

    assert [_name(r) for r in harness.server.seen(creation.path)] == ["name-1", "name-1"]

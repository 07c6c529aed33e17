"""Transport faults: refused, reset, truncated, garbled, hanging, storms, redirects elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.faults.actions import (
    BAD_CHUNKED,
    GARBAGE_STATUS_LINE,
    HUGE_HEADER,
    CloseSilently,
    Hang,
    Raw,
    Reply,
    Reset,
    Truncate,
    encode,
)
from tests.faults.apis import Bound
from tests.faults.harness import Harness
from tests.faults.server import Action, FaultServer, closed_port_url

BROKEN_ANSWERS: dict[str, Callable[[bytes], Action]] = {
    "reset-mid-body": lambda body: Reset(Reply(200, body), keep=8),
    "truncated-body": lambda body: Truncate(Reply(200, body), keep=8),
    "bad-chunked-framing": lambda body: Raw(BAD_CHUNKED),
    "garbage-status-line": lambda body: Raw(GARBAGE_STATUS_LINE),
    "huge-header": lambda body: Raw(HUGE_HEADER),
    "closed-without-answer": lambda body: CloseSilently(),
    "reset-before-answer": lambda body: Reset(),
}


def _get(harness: Harness) -> tuple[Bound, str]:
    """The API's GET, bound, and the request target the server must see for it."""
    get = harness.api.resource.get
    return get.bind("shop"), f"GET {get.target('shop')}"


@pytest.mark.parametrize("fault", BROKEN_ANSWERS)
def test_a_broken_answer_is_a_connection_error_after_the_retries(
    fault: str, harness: Harness
) -> None:
    get, target = _get(harness)
    body = encode(harness.api.resource.body())
    harness.server.route(harness.api.resource.get.prefix, BROKEN_ANSWERS[fault](body))

    harness.fails(harness.package.APIConnectionError, harness.client(), get)

    assert harness.api_requests() == [target] * 3  # the first attempt and two retries


@pytest.mark.parametrize("fault", BROKEN_ANSWERS)
def test_a_broken_answer_then_a_good_one_succeeds(fault: str, harness: Harness) -> None:
    get, target = _get(harness)
    body = encode(harness.api.resource.body())
    harness.server.route(
        harness.api.resource.get.prefix, BROKEN_ANSWERS[fault](body), Reply(200, body)
    )

    harness.succeeds(harness.client(), get)

    assert harness.api_requests() == [target] * 2


def test_a_refused_connection_is_a_connection_error_after_the_retries(
    harness: Harness,
) -> None:
    get, _ = _get(harness)
    client = harness.client(server_url=closed_port_url())

    harness.fails(harness.package.APIConnectionError, client, get)


def test_a_hanging_server_times_out(harness: Harness) -> None:
    get, target = _get(harness)
    harness.server.route(harness.api.resource.get.prefix, Hang())
    client = harness.client(timeout=0.3, retry=harness.retry(max_retries=0))

    harness.fails(harness.package.APITimeoutError, client, get, within=0.3)

    assert harness.api_requests() == [target]


def test_a_503_storm_gives_up_after_the_retries(harness: Harness) -> None:
    get, target = _get(harness)
    harness.server.route(harness.api.resource.get.prefix, Reply(503, {"detail": "busy"}))

    error = harness.fails(harness.package.InternalServerError, harness.client(), get)

    assert error.status_code == 503
    assert harness.api_requests() == [target] * 3


def test_a_503_storm_never_repeats_a_post(harness: Harness) -> None:
    creation = harness.api.creation
    harness.server.route(creation.path, Reply(503, {"detail": "busy"}))

    harness.fails(harness.package.InternalServerError, harness.client(), creation.call(1))

    assert harness.api_requests() == [f"POST {creation.path}"]


def test_a_huge_retry_after_waits_no_longer_than_the_policy_allows(harness: Harness) -> None:
    get, target = _get(harness)
    huge = Reply(429, {"detail": "slow down"}, headers={"Retry-After": "9" * 40})
    harness.server.route(harness.api.resource.get.prefix, huge)
    client = harness.client(retry=harness.retry(max_retry_after=0.1))

    harness.fails(harness.package.RateLimitError, client, get, within=0.2)

    assert harness.api_requests() == [target] * 3


def test_a_redirect_to_another_host_is_not_followed(harness: Harness) -> None:
    get, target = _get(harness)
    elsewhere = FaultServer()
    try:
        location = elsewhere.url + harness.api.resource.get.target("shop")
        harness.server.route(
            harness.api.resource.get.prefix, Reply(302, b"", {"Location": location})
        )

        error = harness.fails(harness.package.UnexpectedStatus, harness.client(), get)

        assert error.status_code == 302
        assert elsewhere.requests == []  # the credentials never went to the other host
    finally:
        elsewhere.close()
    assert harness.api_requests() == [target]

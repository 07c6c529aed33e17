"""Row 5: ``timeout`` bounds a whole attempt (token exchange included); ``deadline`` a call."""

from __future__ import annotations

import pytest

from tests.faults.actions import Delay, Drip, Hang, Reply
from tests.faults.apis import OAUTH_APIS, Bound
from tests.faults.harness import Harness
from tests.faults.server import Action

DRIPPING = Drip(Reply(200, b"x" * 16), interval=0.15)  # 2.4 s of body, a byte at a time


def _route_get(harness: Harness, *actions: Action) -> tuple[Bound, str]:
    get = harness.api.resource.get
    harness.server.route(get.prefix, *actions)
    return get.bind("x"), f"GET {get.target('x')}"


def test_a_dripping_body_times_out_after_the_client_timeout(harness: Harness) -> None:
    get, target = _route_get(harness, DRIPPING)
    client = harness.client(timeout=0.3, retry=harness.retry(max_retries=0))

    harness.fails(harness.package.APITimeoutError, client, get, within=0.3)

    assert harness.api_requests() == [target]


def test_a_dripping_body_times_out_after_the_per_call_timeout(harness: Harness) -> None:
    get, _ = _route_get(harness, DRIPPING)
    client = harness.client(retry=harness.retry(max_retries=0))

    harness.fails(
        harness.package.APITimeoutError,
        client,
        get,
        options=harness.options(timeout=0.3),
        within=0.3,
    )


def test_a_timeout_of_none_waits_as_long_as_it_takes(harness: Harness) -> None:
    slow = Delay(0.3, Reply(200, harness.api.resource.body()))
    get, _ = _route_get(harness, slow)
    client = harness.client(timeout=0.15, retry=harness.retry(max_retries=0))

    harness.succeeds(client, get, options=harness.options(timeout=None))
    harness.fails(harness.package.APITimeoutError, client, get, options=harness.options())
    harness.succeeds(harness.client(timeout=None), get)


@pytest.mark.parametrize("api", OAUTH_APIS, ids=lambda api: api.name, indirect=True)
def test_the_token_exchange_honours_the_per_call_timeout(harness: Harness) -> None:
    assert harness.api.token is not None
    harness.server.route(harness.api.token.path, Hang())
    get, _ = _route_get(harness, Reply(200, harness.api.resource.body()))
    client = harness.client(retry=harness.retry(max_retries=0))

    harness.fails(
        harness.package.APITimeoutError,
        client,
        get,
        options=harness.options(timeout=0.3),
        within=0.3,
    )

    assert harness.token_requests() == 1
    assert harness.api_requests() == []


@pytest.mark.parametrize("api", OAUTH_APIS, ids=lambda api: api.name, indirect=True)
def test_one_timeout_covers_the_token_exchange_and_the_request(harness: Harness) -> None:
    assert harness.api.token is not None
    harness.server.route(harness.api.token.path, Delay(0.2, harness.token_answer()))
    get, target = _route_get(harness, Delay(0.2, Reply(200, harness.api.resource.body())))
    client = harness.client(timeout=0.3, retry=harness.retry(max_retries=0))

    harness.fails(harness.package.APITimeoutError, client, get, within=0.3)

    assert harness.api_requests() == [target]


def test_a_deadline_bounds_every_retry_together(harness: Harness) -> None:
    get, target = _route_get(harness, Hang())
    client = harness.client(timeout=0.15, retry=harness.retry(max_retries=10), deadline=0.45)

    harness.fails(harness.package.APITimeoutError, client, get, within=0.45)

    assert 3 <= len(harness.api_requests()) <= 4
    assert set(harness.api_requests()) == {target}


def test_a_per_call_deadline_bounds_every_retry_together(harness: Harness) -> None:
    get, _ = _route_get(harness, Hang())
    client = harness.client(timeout=0.15, retry=harness.retry(max_retries=10))

    harness.fails(
        harness.package.APITimeoutError,
        client,
        get,
        options=harness.options(deadline=0.45),
        within=0.45,
    )


def test_a_retry_after_beyond_the_deadline_fails_at_once(harness: Harness) -> None:
    get, target = _route_get(harness, Reply(429, {"detail": "later"}, {"Retry-After": "30"}))
    client = harness.client(deadline=5.0)

    # "at once": well before the 5 s deadline (one request; 0.71 s was seen on a busy machine)
    error = harness.fails(harness.package.RateLimitError, client, get, within=1.0)

    assert error.status_code == 429
    assert harness.api_requests() == [target]


def test_a_backoff_beyond_the_deadline_fails_at_once(harness: Harness) -> None:
    get, target = _route_get(harness, Reply(503, {"detail": "busy"}))
    patient = harness.retry(max_retries=5, initial_delay=0.5, max_delay=10.0)
    client = harness.client(retry=patient, deadline=1.2)

    # t=0: 503, wait 0.5 s; t=0.5: 503, a wait of 1 s would pass the deadline: give up then,
    # not at the deadline (the second attempt has 0.7 s left: room on a busy machine).
    harness.fails(harness.package.InternalServerError, client, get, within=0.5)

    assert harness.api_requests() == [target] * 2

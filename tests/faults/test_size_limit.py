"""Row 4: a maximum response size, decompressed, enforced while the body streams in."""

from __future__ import annotations

from typing import Any

import pytest

from tests.faults import ledger
from tests.faults.actions import Reply, Stream, encode, gzip_bomb
from tests.faults.harness import Harness
from tests.faults.memory_probe import measure

MIB = 1 << 20
DEFAULT_LIMIT = 64 * MIB


def _answer_get(harness: Harness, padding: int) -> tuple[Any, bytes]:
    """Answer the API's GET with a valid body followed by ``padding`` spaces."""
    get = harness.api.resource.get
    body = encode(harness.api.resource.body()) + b" " * padding
    harness.server.route(get.prefix, Reply(200, body))
    return get.bind("x"), body


def _too_large(
    harness: Harness, limit: int, client: Any, options: Any = None, within: float = 1.0
) -> Any:
    """Call the GET; it must fail with ResponseTooLargeError for ``limit``, sent once."""
    get = harness.api.resource.get
    error = harness.fails(
        harness.package.ResponseTooLargeError, client, get.bind("x"), options=options, within=within
    )
    assert isinstance(error, harness.package.APIResponseValidationError)
    assert error.limit == limit
    assert error.method == "GET"
    assert str(error.url) == harness.server.url + get.target("x")
    assert harness.api_requests() == [f"GET {get.target('x')}"]  # never retried
    return error


def test_a_body_over_the_per_call_limit_is_too_large(harness: Harness) -> None:
    _answer_get(harness, 5000)

    _too_large(harness, 1000, harness.client(), harness.options(max_response_size=1000))


def test_a_body_over_the_client_limit_is_too_large(harness: Harness) -> None:
    _answer_get(harness, 5000)

    _too_large(harness, 1000, harness.client(max_response_size=1000))


def test_the_limit_is_inclusive(harness: Harness) -> None:
    get, body = _answer_get(harness, 100)
    client = harness.client(max_response_size=len(body))

    harness.succeeds(client, get)
    one_less = harness.options(max_response_size=len(body) - 1)
    harness.fails(harness.package.ResponseTooLargeError, client, get, options=one_less)


def test_a_per_call_limit_replaces_the_clients(harness: Harness) -> None:
    get, _ = _answer_get(harness, 5000)
    client = harness.client(max_response_size=1000)

    harness.succeeds(client, get, options=harness.options(max_response_size=None))
    harness.succeeds(client, get, options=harness.options(max_response_size=10_000))


@pytest.mark.parametrize("status", [404, 500])
def test_an_error_body_over_the_limit_is_too_large_too(status: int, harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(status, b"x" * 5000))

    _too_large(harness, 1000, harness.client(max_response_size=1000))


def test_the_limit_counts_decompressed_bytes(harness: Harness) -> None:
    get = harness.api.resource.get
    bomb = gzip_bomb(4)  # about 4 KiB inflating to 4 MiB
    harness.server.route(get.prefix, Reply(200, bomb, {"Content-Encoding": "gzip"}, injects=True))

    _too_large(harness, MIB, harness.client(max_response_size=MIB))


def test_the_limit_stops_reading_a_200_mib_body_early(harness: Harness) -> None:
    get = harness.api.resource.get
    endless = Stream(b" " * 65536, 3200)  # 200 MiB
    harness.server.route(get.prefix, endless)

    _too_large(harness, MIB, harness.client(max_response_size=MIB))

    assert endless.sent < 32 * MIB  # the limit, plus what socket buffers held


def test_the_default_limit_is_64_mib(harness: Harness) -> None:
    get = harness.api.resource.get
    endless = Stream(b" " * MIB, 80)
    harness.server.route(get.prefix, endless)

    _too_large(harness, DEFAULT_LIMIT, harness.client(), within=3.0)

    assert endless.sent < DEFAULT_LIMIT + 32 * MIB


def test_no_limit_reads_past_64_mib(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Stream(b" " * MIB, 65))  # 65 MiB of blanks: not JSON
    client = harness.client(max_response_size=None)

    harness.fails(harness.package.APIResponseValidationError, client, get.bind("x"), within=3.0)


def test_a_gzip_bomb_fails_fast_with_bounded_memory(harness: Harness) -> None:
    """1 MiB inflating to 1 GiB, with the default limit, measured in a process of its own."""
    get = harness.api.resource.get
    bomb = gzip_bomb(1024)
    harness.server.route(get.prefix, Reply(200, bomb, {"Content-Encoding": "gzip"}, injects=True))

    report = measure(harness.api.name, harness.mode, harness.server.url)
    if report["error"] and not report["documented"]:
        ledger.fail_raw(report["traceback"])
    ledger.check_no_secret([report["traceback"]], harness.secrets, "the probe's traceback")
    assert report["error"] == "ResponseTooLargeError", report["traceback"]
    assert report["limit"] == DEFAULT_LIMIT
    assert report["elapsed"] < 3.0
    assert report["peak_growth"] < DEFAULT_LIMIT + 64 * MIB
    assert harness.api_requests() == [f"GET {get.target('shop')}"]

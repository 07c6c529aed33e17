"""Sharing one client: 50 threads, 50 tasks, a cancelled token fetch, 2,000 calls' worth of
file descriptors."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.faults.actions import Delay, Hang, Reply
from tests.faults.apis import OAUTH_APIS
from tests.faults.harness import Harness

CALLERS = 50


def _serve_get(harness: Harness) -> str:
    """Answer the API's GET; a token, if the API needs one, comes after 0.1 s (callers overlap)."""
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, harness.api.resource.body()))
    if harness.api.token is not None:
        harness.server.route(harness.api.token.path, Delay(0.1, harness.token_answer()))
    return f"GET {get.target('x')}"


@pytest.mark.parametrize("mode", ["sync"])
def test_50_threads_share_one_client(harness: Harness) -> None:
    target = _serve_get(harness)
    client = harness.client()
    start = threading.Barrier(CALLERS, timeout=10)

    def call(_: int) -> Any:
        start.wait()
        return harness.succeeds(client, harness.api.resource.get.bind("x"), within=5.0)

    with ThreadPoolExecutor(max_workers=CALLERS) as pool:
        results = list(pool.map(call, range(CALLERS)))

    assert all(result == results[0] for result in results)
    assert harness.api_requests() == [target] * CALLERS
    assert harness.token_requests() == (1 if harness.api.token else 0)


@pytest.mark.parametrize("mode", ["async"])
def test_50_tasks_share_one_client(harness: Harness) -> None:
    target = _serve_get(harness)
    client = harness.client()
    bound = harness.api.resource.get.bind("x")

    async def everyone() -> list[Any]:
        calls = [bound.operation.asyncio(*bound.args, client=client) for _ in range(CALLERS)]
        return await asyncio.gather(*calls, return_exceptions=True)

    results = harness.run_async(everyone())

    errors = [result for result in results if isinstance(result, BaseException)]
    for error in errors:
        harness.check_error(error)
    assert errors == []
    assert all(result == results[0] for result in results)
    assert harness.api_requests() == [target] * CALLERS
    assert harness.token_requests() == (1 if harness.api.token else 0)


@pytest.mark.parametrize("api", OAUTH_APIS, ids=lambda api: api.name, indirect=True)
@pytest.mark.parametrize("mode", ["async"])
def test_a_call_cancelled_during_the_token_fetch_leaves_the_client_usable(
    harness: Harness,
) -> None:
    assert harness.api.token is not None
    token_path = harness.api.token.path
    harness.server.route(token_path, Hang(), harness.token_answer())
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, harness.api.resource.body()))
    client = harness.client()
    bound = get.bind("x")

    async def scenario() -> tuple[bool, Any]:
        first = asyncio.create_task(bound.operation.asyncio(*bound.args, client=client))
        while not harness.server.seen(token_path):  # the token request is in flight
            await asyncio.sleep(0.01)
        first.cancel()
        await asyncio.wait([first])
        second = await asyncio.wait_for(bound.operation.asyncio(*bound.args, client=client), 2)
        return first.cancelled(), second

    cancelled, result = harness.run_async(scenario())

    assert cancelled
    assert result is not None
    assert harness.token_requests() == 2
    assert harness.api_requests() == [f"GET {get.target('x')}"]


def _open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_2000_calls_keep_the_open_files_constant(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(f"{harness.api.env_prefix}_LOG")  # 2,000 calls: no need to log them
    harness.library_logs(enabled=False)
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, harness.api.resource.body()))
    client = harness.client()
    bound = get.bind("x")

    def calls(count: int) -> None:
        if harness.mode == "sync":
            for _ in range(count):
                bound.operation.sync(*bound.args, client=client)
            return

        async def many() -> None:
            for _ in range(count):
                await bound.operation.asyncio(*bound.args, client=client)

        harness.run_async(many())

    calls(20)
    before = _open_files()
    started = time.monotonic()
    calls(2000)

    assert _open_files() - before <= 2
    assert len(harness.api_requests()) == 2020
    assert time.monotonic() - started < 20

"""Row 9: one client across event loops; a closed client says so, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from tests.faults.actions import Reply
from tests.faults.harness import Harness


def _in_a_new_loop(harness: Harness, scenario: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
    """``asyncio.run(scenario())``, its exception checked like any call's."""
    try:
        return asyncio.run(scenario())
    except Exception as error:
        harness.check_error(error)
        raise


@pytest.mark.parametrize("mode", ["async"])
def test_one_client_works_from_two_successive_event_loops(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, harness.api.resource.body()))
    client = harness.client()
    bound = get.bind("x")

    async def call() -> Any:
        return await bound.operation.asyncio(*bound.args, client=client)

    async def call_and_close() -> Any:
        try:
            return await call()
        finally:
            await client.aclose()

    first = _in_a_new_loop(harness, call)
    second = _in_a_new_loop(harness, call_and_close)

    assert first == second
    assert harness.api_requests() == [f"GET {get.target('x')}"] * 2


def _close(harness: Harness, client: Any, how: str) -> None:
    if how == "close()":
        client.close()
    elif how == "aclose()":
        harness.run_async(client.aclose())
    elif how == "with":
        with client:
            pass
    else:

        async def leave() -> None:
            async with client:
                pass

        harness.run_async(leave())


@pytest.mark.parametrize("how", ["close()", "aclose()", "with", "async with"])
def test_a_closed_client_raises_client_closed_error(how: str, harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, harness.api.resource.body()))
    client = harness.client()
    harness.succeeds(client, get.bind("x"))

    _close(harness, client, how)
    error = harness.fails(harness.package.ClientClosedError, client, get.bind("x"))

    assert isinstance(error, harness.package.APIError)
    assert "closed" in str(error)
    assert harness.api_requests() == [f"GET {get.target('x')}"]

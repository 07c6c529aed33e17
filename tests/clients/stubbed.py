"""What the stub tests of both packages share: the same call made with a sync or an async
client (``<package>.testing`` covers both)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

MODES = ["sync", "async"]
Use = Callable[[Any], Any]
"""What the code under test does with a client: returns a result, a page or an awaitable."""


def call_with(
    mode: str, make_sync: Callable[[], Any], make_async: Callable[[], Any], use: Use
) -> Any:
    """Return what ``use(client)`` gives with a sync client, or awaits to with an async one
    (a list method's items, every page)."""
    if mode == "sync":
        with make_sync() as client:
            result = use(client)
            return list(result) if hasattr(result, "iter_pages") else result

    async def use_async() -> Any:
        async with make_async() as client:
            result = use(client)
            if hasattr(result, "__aiter__"):
                return [item async for item in result]
            return await result

    return asyncio.run(use_async())


def refusal(stub: Any, action: Callable[[], object]) -> str:
    """Return the message of the ``StubError`` that ``action`` must raise, which the stub also
    keeps for the end of the test (the test expected it: it is forgotten)."""
    try:
        action()
    except AssertionError as error:  # StubError is one
        assert type(error).__name__ == "StubError", error
        assert stub.failures[-1:] in ([], [str(error)])
        stub.failures.clear()
        return str(error)
    raise AssertionError("no StubError was raised")


def functional(module: Any, *args: Any, **kwargs: Any) -> Use:
    """A call of the functional layer (``module.sync``, or ``module.asyncio`` with an async
    client), which takes models as they are built: the client checks no field of them."""

    def use(client: Any) -> Any:
        call = module.asyncio if "Async" in type(client).__name__ else module.sync
        return call(*args, client=client, **kwargs)

    return use

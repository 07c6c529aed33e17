"""Shared constants and helpers for the Planship client behaviour tests."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import httpx
from planship_client import PlanshipClient

T = TypeVar("T")

BASE_URL = "https://api.planship.test"
TOKEN_URL = f"{BASE_URL}/api/v1/auth/token"
PRODUCTS_URL = f"{BASE_URL}/api/v1/products"
CUSTOMERS_URL = f"{BASE_URL}/api/v1/customers"
HEALTH_URL = f"{BASE_URL}/api/v1/health"

CLIENT_ID = "client-id-7f3a"
CLIENT_SECRET = "secret-9b1c-MUST-NOT-LEAK"
ACCESS_TOKEN = "token-4e2d-MUST-NOT-LEAK"
SECOND_TOKEN = "token-8a8a-SECOND-MUST-NOT-LEAK"

BASIC_CREDENTIALS = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
BEARER = f"Bearer {ACCESS_TOKEN}"
SECRETS = (CLIENT_SECRET, ACCESS_TOKEN, SECOND_TOKEN, BASIC_CREDENTIALS.removeprefix("Basic "))

PRODUCT_IDS = [
    "0b3c5e8a-2f4d-4c1e-9a7b-6d5e4f3a2b10",
    "0b3c5e8a-2f4d-4c1e-9a7b-6d5e4f3a2b11",
    "0b3c5e8a-2f4d-4c1e-9a7b-6d5e4f3a2b12",
    "0b3c5e8a-2f4d-4c1e-9a7b-6d5e4f3a2b13",
    "0b3c5e8a-2f4d-4c1e-9a7b-6d5e4f3a2b14",
]


def product(index: int) -> dict[str, Any]:
    """The JSON of product number ``index`` (0 to 4)."""
    return {"id": PRODUCT_IDS[index], "name": f"Product {index}", "slug": f"product-{index}"}


def token_response(token: str = ACCESS_TOKEN, expires_in: int = 3600) -> httpx.Response:
    """A successful answer of the token endpoint."""
    return httpx.Response(
        200, json={"access_token": token, "token_type": "bearer", "expires_in": expires_in}
    )


def contains_secret(text: str) -> bool:
    """Whether ``text`` contains the client secret, an access token or the Basic credentials."""
    return any(secret in text for secret in SECRETS)


class SleepRecorder:
    """Stands in for ``time.sleep`` and ``asyncio.sleep``: records the delays, never waits."""

    def __init__(self) -> None:
        self.calls: list[float] = []
        self.async_calls: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.async_calls.append(seconds)


class FakeClock:
    """A monotonic clock whose time the test sets."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def run_async(client: PlanshipClient, scenario: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run ``scenario`` in a new event loop, as ``asyncio.run`` does in a program.

    The client stays open: each event loop gets its own ``httpx.AsyncClient``, and the
    fixture that made the client closes it at the end of the test.
    """
    del client  # the same client is used from every loop
    return asyncio.run(scenario())


MODES = ["sync", "async"]
"""Parametrise a test with ``@pytest.mark.parametrize("mode", MODES)`` to run it both ways."""


def invoke(mode: str, client: PlanshipClient, operation: Any, *args: Any, **kwargs: Any) -> Any:
    """Call ``operation.sync`` or, in a fresh event loop, ``operation.asyncio`` once."""
    if mode == "sync":
        return operation.sync(*args, client=client, **kwargs)

    async def scenario() -> Any:
        return await operation.asyncio(*args, client=client, **kwargs)

    return run_async(client, scenario)


def invoke_detailed(
    mode: str, client: PlanshipClient, operation: Any, *args: Any, **kwargs: Any
) -> Any:
    """Call ``operation.sync_detailed`` or ``operation.asyncio_detailed`` once."""
    if mode == "sync":
        return operation.sync_detailed(*args, client=client, **kwargs)

    async def scenario() -> Any:
        return await operation.asyncio_detailed(*args, client=client, **kwargs)

    return run_async(client, scenario)


def invoke_times(mode: str, client: PlanshipClient, times: int, operation: Any) -> list[Any]:
    """Call ``operation`` (no arguments) ``times`` times in a row, sync or in one event loop."""
    if mode == "sync":
        return [operation.sync(client=client) for _ in range(times)]

    async def scenario() -> list[Any]:
        return [await operation.asyncio(client=client) for _ in range(times)]

    return run_async(client, scenario)


CUSTOMER_ID = "5d9e6c1a-7b2f-4e3d-8c4b-1a2b3c4d5e6f"
ORGANIZATION_ID = "9f8e7d6c-5b4a-4321-8765-0fedcba98765"


def customer_json(**extra: Any) -> dict[str, Any]:
    """A Customer as the API returns it."""
    return {
        "id": CUSTOMER_ID,
        "organization_id": ORGANIZATION_ID,
        "subscriptions": [],
        "name": "Ada",
        "email": "ada@example.com",
        "alternative_id": "crm-42",
        **extra,
    }


PLAN_JSON: dict[str, Any] = {
    "slug": "pro",
    "name": "Pro",
    "description": "For teams",
    "order": 2,
    "entitlements": [
        {"value": "10", "name": "Seats", "description": "Users", "order": 1, "configuration": {}}
    ],
}

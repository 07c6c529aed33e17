"""Per-call cost of our generated clients against raw httpx + ``.json()``, in one run.

Every variant calls the same ``httpx.MockTransport`` serving the same bytes, so the figures
compare decoding and client overhead only. Results are ratios to raw httpx + ``.json()``
measured in the same run (lower is faster): absolute times vary between machines, ratios much
less. Run with ``make bench``.
"""

from __future__ import annotations

import asyncio
import datetime
import gc
import json
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec
import pydantic
from planetscale_client import PlanetScaleClient
from planetscale_client.api.databases import list_databases
from planship_client import PlanshipClient
from planship_client.api.customer_subscriptions import list_customer_plan_subscriptions

BASE_URL = "https://bench.invalid"
ROUNDS = 15
TARGET_SECONDS_PER_ROUND = 0.15


# -- payloads ------------------------------------------------------------------------------


def _when(i: int) -> str:
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    return (start + datetime.timedelta(hours=i)).isoformat()


def planship_subscription(i: int) -> dict[str, Any]:
    """One ``CustomerSubscriptionWithPlan``: UUIDs, datetimes and two nested models."""
    return {
        "metadata_": {"source": "bench", "n": i},
        "is_administrator": i % 2 == 0,
        "is_subscriber": True,
        "customer_id": str(uuid.UUID(int=i)),
        "subscription_id": str(uuid.UUID(int=10_000 + i)),
        "max_subscribers": 5,
        "auto_renew": True,
        "is_active": True,
        "renew_at": _when(i),
        "last_renewed_at": _when(i + 1),
        "plan": {"id": str(uuid.UUID(int=20_000 + i)), "name": "Pro", "slug": "pro"},
        "renew_plan": {"id": str(uuid.UUID(int=30_000 + i)), "name": "Pro", "slug": "pro"},
    }


def planetscale_database(i: int) -> dict[str, Any]:
    """One ``Database``: an enum, datetimes and a nested region."""
    return {
        "id": f"db{i:06d}",
        "name": f"database-{i}",
        "state": "ready",
        "plan": "scaler_pro",
        "cluster_size": "PS_10",
        "region": {"slug": "eu-west", "display_name": "EU West (Dublin)"},
        "default_branch": "main",
        "production_branch_web_console": True,
        "insights_enabled": True,
        "migration_framework": "rails",
        "require_approval_for_deploy": False,
        "allow_data_branching": True,
        "created_at": _when(i),
        "updated_at": _when(i + 2),
        "html_url": f"https://app.planetscale.com/acme/database-{i}",
    }


# -- the comparison models (what a pydantic- or msgspec-based client would use) --------------


class PsPlan(pydantic.BaseModel):
    id: uuid.UUID
    name: str
    slug: str


class PsSubscription(pydantic.BaseModel):
    metadata_: dict[str, Any] | None = None
    is_administrator: bool = False
    is_subscriber: bool = True
    customer_id: uuid.UUID
    subscription_id: uuid.UUID
    max_subscribers: int = 1
    auto_renew: bool
    is_active: bool
    renew_at: datetime.datetime
    last_renewed_at: datetime.datetime
    plan: PsPlan
    renew_plan: PsPlan


# gc=False, as the generated models: the fastest msgspec can decode, the reference to reach.
class MsPlan(msgspec.Struct, gc=False):
    id: uuid.UUID
    name: str
    slug: str


class MsSubscription(msgspec.Struct, gc=False):
    customer_id: uuid.UUID
    subscription_id: uuid.UUID
    auto_renew: bool
    is_active: bool
    renew_at: datetime.datetime
    last_renewed_at: datetime.datetime
    plan: MsPlan
    renew_plan: MsPlan
    metadata_: dict[str, Any] | None = None
    is_administrator: bool = False
    is_subscriber: bool = True
    max_subscribers: int = 1


class PdRegion(pydantic.BaseModel):
    slug: str | None = None
    display_name: str | None = None


class PdDatabase(pydantic.BaseModel):
    id: str | None = None
    name: str | None = None
    state: str | None = None
    plan: str | None = None
    cluster_size: str | None = None
    region: PdRegion | None = None
    default_branch: str | None = None
    production_branch_web_console: bool | None = None
    insights_enabled: bool | None = None
    migration_framework: str | None = None
    require_approval_for_deploy: bool | None = None
    allow_data_branching: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    html_url: str | None = None


class PdDatabases(pydantic.BaseModel):
    data: list[PdDatabase]


class MsRegion(msgspec.Struct, gc=False):
    slug: str | None = None
    display_name: str | None = None


class MsDatabase(msgspec.Struct, gc=False):
    id: str | None = None
    name: str | None = None
    state: str | None = None
    plan: str | None = None
    cluster_size: str | None = None
    region: MsRegion | None = None
    default_branch: str | None = None
    production_branch_web_console: bool | None = None
    insights_enabled: bool | None = None
    migration_framework: str | None = None
    require_approval_for_deploy: bool | None = None
    allow_data_branching: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    html_url: str | None = None


class MsDatabases(msgspec.Struct, gc=False):
    data: list[MsDatabase]


# -- the variants ------------------------------------------------------------------------------


BODIES = ("exact", "unknown field", "unknown enum value")
"""What each item of a response body is: as the spec says; with one field the spec does not
declare (as real APIs add them); with an enum value the spec does not list."""


@dataclass
class Scenario:
    """One API call shape, with the variants that perform it."""

    api: str
    items: int
    body: str
    sync: dict[str, Callable[[], Any]]
    asynchronous: dict[str, Callable[[], Awaitable[Any]]]


def _vary(item: dict[str, Any], body: str, i: int) -> dict[str, Any]:
    if body == "unknown field":
        return {**item, "created_by_bench": f"user-{i}"}
    if body == "unknown enum value":
        return {**item, "state": "hibernating"}
    return item


def _transport(body: bytes) -> httpx.MockTransport:
    token = json.dumps({"access_token": "t", "token_type": "bearer", "expires_in": 86400})

    def handler(request: httpx.Request) -> httpx.Response:
        content = token.encode() if request.url.path.endswith("/auth/token") else body
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def planship_scenario(items: int, variant: str = "exact") -> Scenario:
    operation = list_customer_plan_subscriptions
    body = json.dumps([_vary(planship_subscription(i), variant, i) for i in range(items)]).encode()
    customer = str(uuid.UUID(int=1))
    path = f"/api/v1/customers/{customer}/subscriptions"
    raw = httpx.Client(base_url=BASE_URL, transport=_transport(body))
    raw_async = httpx.AsyncClient(base_url=BASE_URL, transport=_transport(body))
    ours = PlanshipClient(
        "id",
        "secret",
        base_url=BASE_URL,
        http_client=httpx.Client(transport=_transport(body)),
        async_http_client=httpx.AsyncClient(transport=_transport(body)),
    )
    headers = {"Authorization": "Bearer t"}
    pydantic_list = pydantic.TypeAdapter(list[PsSubscription])
    msgspec_list = msgspec.json.Decoder(list[MsSubscription])

    async def raw_async_call() -> Any:
        return (await raw_async.get(path, headers=headers)).json()

    return Scenario(
        "Planship list_customer_plan_subscriptions",
        items,
        variant,
        sync={
            "raw httpx + json": lambda: raw.get(path, headers=headers).json(),
            "ours (sync)": lambda: operation.sync(customer, client=ours),
            "httpx + pydantic v2": lambda: pydantic_list.validate_json(
                raw.get(path, headers=headers).content
            ),
            "httpx + msgspec": lambda: msgspec_list.decode(raw.get(path, headers=headers).content),
        },
        asynchronous={
            "raw httpx + json (async)": raw_async_call,
            "ours (async)": lambda: operation.asyncio(customer, client=ours),
        },
    )


def planetscale_scenario(items: int, variant: str = "exact") -> Scenario:
    operation = list_databases
    page = {
        "current_page": 1,
        "next_page": None,
        "next_page_url": None,
        "prev_page": None,
        "prev_page_url": None,
    }  # what the live API sends beside the data
    data = [_vary(planetscale_database(i), variant, i) for i in range(items)]
    body = json.dumps({"data": data, **page}).encode()
    path = "/organizations/acme/databases"
    raw = httpx.Client(base_url=BASE_URL, transport=_transport(body))
    raw_async = httpx.AsyncClient(base_url=BASE_URL, transport=_transport(body))
    ours = PlanetScaleClient(
        "id",
        "token",
        base_url=BASE_URL,
        http_client=httpx.Client(transport=_transport(body)),
        async_http_client=httpx.AsyncClient(transport=_transport(body)),
    )
    headers = {"Authorization": "ServiceToken id:token"}
    params = {"page": 1, "per_page": 25}  # what the generated client sends by default
    pydantic_page = pydantic.TypeAdapter(PdDatabases)
    msgspec_page = msgspec.json.Decoder(MsDatabases)

    async def raw_async_call() -> Any:
        return (await raw_async.get(path, headers=headers, params=params)).json()

    return Scenario(
        "PlanetScale list_databases",
        items,
        variant,
        sync={
            "raw httpx + json": lambda: raw.get(path, headers=headers, params=params).json(),
            "ours (sync)": lambda: operation.sync("acme", client=ours),
            "httpx + pydantic v2": lambda: pydantic_page.validate_json(
                raw.get(path, headers=headers, params=params).content
            ),
            "httpx + msgspec": lambda: msgspec_page.decode(
                raw.get(path, headers=headers, params=params).content
            ),
        },
        asynchronous={
            "raw httpx + json (async)": raw_async_call,
            "ours (async)": lambda: operation.asyncio("acme", client=ours),
        },
    )


# -- timing ------------------------------------------------------------------------------------


def _calls_per_round(call: Callable[[], Any]) -> int:
    started = time.perf_counter()
    count = 0
    while time.perf_counter() - started < 0.05:
        call()
        count += 1
    return max(1, int(count * TARGET_SECONDS_PER_ROUND / 0.05))


def time_sync(variants: dict[str, Callable[[], Any]]) -> dict[str, float]:
    """Return the median seconds per call of each variant, rounds interleaved."""
    for call in variants.values():
        call()  # warm up: imports, token fetch, caches
    counts = {name: _calls_per_round(call) for name, call in variants.items()}
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(ROUNDS):
        for name, call in variants.items():
            gc.collect()
            started = time.perf_counter()
            for _ in range(counts[name]):
                call()
            samples[name].append((time.perf_counter() - started) / counts[name])
    return {name: statistics.median(values) for name, values in samples.items()}


def time_async(variants: dict[str, Callable[[], Awaitable[Any]]]) -> dict[str, float]:
    """Async version of :func:`time_sync` (one event loop for all rounds)."""

    async def measure() -> dict[str, float]:
        for call in variants.values():
            await call()
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(ROUNDS):
            for name, call in variants.items():
                gc.collect()
                count = 300
                started = time.perf_counter()
                for _ in range(count):
                    await call()
                samples[name].append((time.perf_counter() - started) / count)
        return {name: statistics.median(values) for name, values in samples.items()}

    return asyncio.run(measure())


SHAPES = (
    (100, "exact"),
    (100, "unknown field"),
    (100, "unknown enum value"),
    (1000, "exact"),
    (1, "exact"),
)
"""The bodies measured: items per response and what each item is. Planship's items have no
enum field, so it has no unknown-enum row."""


def run() -> list[tuple[str, int, str, str, float, float]]:
    """Return (api, items, body, variant, seconds per call, ratio to raw) of every measurement."""
    rows = []
    for make in (planship_scenario, planetscale_scenario):
        for items, body in SHAPES:
            scenario = make(items, body)
            if scenario.api.startswith("Planship") and body == "unknown enum value":
                continue
            for results in (time_sync(scenario.sync), time_async(scenario.asynchronous)):
                baseline = next(iter(results.values()))
                for name, seconds in results.items():
                    rows.append((scenario.api, items, body, name, seconds, seconds / baseline))
    return rows

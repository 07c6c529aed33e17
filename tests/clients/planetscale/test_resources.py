"""The resource style: client.databases.<method>(...), sync and async, typed pages, raw
responses, with_options, and request bodies given as keyword arguments."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from planetscale_client import (
    AsyncPage,
    AsyncPlanetScaleClient,
    NotFoundError,
    PaginationError,
    PlanetScaleClient,
    RetryPolicy,
    SyncPage,
)
from planetscale_client.models import CreateDatabaseBodyPlan, Database, DatabasePage
from planetscale_client.types import Unset

from tests.clients.planetscale.conftest import BASE_URL, SleepRecorder

DB = {"id": "db1", "name": "shop", "state": "ready"}


def _page(start: int, count: int, next_page: int | None) -> dict[str, Any]:
    data = [{"id": f"db{i}", "name": f"db-{i}"} for i in range(start, start + count)]
    return {"data": data, "next_page": next_page}


@pytest.fixture
def aclient(sleeps: SleepRecorder) -> Iterator[AsyncPlanetScaleClient]:
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.asleep, random_fraction=lambda: 0.0)
    client = AsyncPlanetScaleClient("tok-id", "tok-secret", base_url=BASE_URL, retry=policy)
    yield client
    client.close()


def test_get_returns_the_model_with_the_request_the_spec_describes(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases/shop").respond(200, json=DB)

    database = client.databases.get("acme", "shop")

    assert database == Database.from_dict(DB)
    request = route.calls.last.request
    assert request.method == "GET"
    assert request.headers["Authorization"] == "ServiceToken tok-id:tok-secret"


def test_body_fields_are_keyword_arguments(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.post("/organizations/acme/databases").respond(201, json=DB)

    database = client.databases.create("acme", name="shop", plan=CreateDatabaseBodyPlan.SCALER_PRO)

    assert database.name == "shop"
    assert json.loads(route.calls.last.request.content) == {"name": "shop", "plan": "scaler_pro"}


def test_list_returns_a_typed_page_that_iterates_every_page(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases")
    route.side_effect = [
        httpx.Response(200, json=_page(0, 2, next_page=2)),
        httpx.Response(200, json=_page(2, 2, next_page=3)),
        httpx.Response(200, json=_page(4, 1, next_page=None)),
    ]

    page = client.databases.list("acme", per_page=2)

    assert isinstance(page, SyncPage)
    assert route.call_count == 1  # the first page, fetched by the call
    assert [db.name for db in page.items] == ["db-0", "db-1"]
    assert page.has_next_page()
    assert isinstance(page.response.parsed, DatabasePage)
    assert [db.name for db in page] == [f"db-{i}" for i in range(5)]
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2", "3"]


def test_next_page_by_hand_and_after_the_last(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases")
    route.side_effect = [
        httpx.Response(200, json=_page(0, 2, next_page=2)),
        httpx.Response(200, json=_page(2, 1, next_page=None)),
    ]

    second = client.databases.list("acme", per_page=2).next_page()

    assert [db.name for db in second.items] == ["db-2"]
    assert not second.has_next_page()
    with pytest.raises(PaginationError, match="last page"):
        second.next_page()


def test_async_client_has_the_same_resources(
    aclient: AsyncPlanetScaleClient, api: respx.MockRouter
) -> None:
    api.get("/organizations/acme/databases/shop").respond(200, json=DB)
    pages = api.get("/organizations/acme/databases")
    pages.side_effect = [
        httpx.Response(200, json=_page(0, 2, next_page=2)),
        httpx.Response(200, json=_page(2, 1, next_page=None)),
        httpx.Response(200, json=_page(0, 2, next_page=2)),
    ]

    async def scenario() -> tuple[Database, list[str | Unset], AsyncPage[Database]]:
        database = await aclient.databases.get("acme", "shop")
        names = [db.name async for db in aclient.databases.list("acme", per_page=2)]
        first = await aclient.databases.list("acme", per_page=2)
        return database, names, first

    database, names, first = asyncio.run(scenario())

    assert database == Database.from_dict(DB)
    assert names == ["db-0", "db-1", "db-2"]
    assert isinstance(first, AsyncPage)
    assert [db.name for db in first.items] == ["db-0", "db-1"]


def test_with_raw_response_returns_status_headers_content_and_parse(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    api.get("/organizations/acme/databases/shop").respond(
        200, json=DB, headers={"X-Request-Id": "r-1"}
    )

    response = client.databases.with_raw_response.get("acme", "shop")

    assert response.status_code == 200
    assert response.headers["X-Request-Id"] == "r-1"
    assert json.loads(response.content) == DB
    assert response.parse() == Database.from_dict(DB)


def test_with_raw_response_errors_are_still_raised(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    api.get("/organizations/acme/databases/gone").respond(
        404, json={"code": "not_found", "message": "no"}
    )

    with pytest.raises(NotFoundError):
        client.databases.with_raw_response.get("acme", "gone")


def test_async_with_raw_response_of_a_list_is_its_first_page(
    aclient: AsyncPlanetScaleClient, api: respx.MockRouter
) -> None:
    api.get("/organizations/acme/databases").respond(200, json=_page(0, 1, next_page=None))

    response = asyncio.run(aclient.databases.with_raw_response.list("acme"))

    assert response.status_code == 200
    page = response.parse()
    assert isinstance(page, AsyncPage)
    assert [db.name for db in page.items] == ["db-0"]


def test_with_options_changes_settings_and_shares_the_pool(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases/shop").respond(200, json=DB)

    quick = client.with_options(timeout=2.0, headers={"X-Trace": "t"})
    quick.databases.get("acme", "shop")

    request = route.calls.last.request
    assert request.headers["X-Trace"] == "t"
    assert request.extensions["timeout"]["read"] == pytest.approx(2.0, abs=0.1)
    assert quick.get_httpx_client() is client.get_httpx_client()
    assert quick.databases._client is quick
    client.databases.get("acme", "shop")
    assert "X-Trace" not in route.calls.last.request.headers  # the original is unchanged

"""Auto-pagination of list_products (skip/limit): lazy, page by page, sync and async."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from planship_client import PlanshipClient
from planship_client.api.products import list_products
from planship_client.models import IdNameSlugOrmBase

from tests.clients.planship.conftest import ClientFactory
from tests.clients.planship.support import PRODUCTS_URL, product, run_async


def _pages(router: respx.MockRouter, sizes: list[int]) -> respx.Route:
    """Answer list_products from a catalogue of sum(sizes) products, page by page."""
    catalogue = [product(index) for index in range(sum(sizes))]
    boundaries = iter(sizes)

    def answer(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        size = next(boundaries)
        return httpx.Response(200, json=catalogue[skip : skip + size])

    return router.get(PRODUCTS_URL).mock(side_effect=answer)


def _requested(route: respx.Route) -> list[dict[str, str]]:
    return [dict(call.request.url.params) for call in route.calls]


def _slugs(items: list[IdNameSlugOrmBase]) -> list[str]:
    return [item.slug for item in items if isinstance(item.slug, str)]


def _collect_async(
    ps: PlanshipClient, max_items: int | None = None, **params: Any
) -> list[IdNameSlugOrmBase]:
    async def scenario() -> list[IdNameSlugOrmBase]:
        return [item async for item in ps.apaginate(list_products, max_items=max_items, **params)]

    return run_async(ps, scenario)


ALL_SLUGS = [f"product-{index}" for index in range(5)]


def test_paginate_yields_every_item_lazily(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _pages(router, [2, 2, 1])
    ps = make_client()

    items: Iterator[IdNameSlugOrmBase] = ps.paginate(list_products, limit=2)
    assert route.call_count == 0  # nothing is fetched before the first next()
    assert token_route.call_count == 0
    first = next(items)
    assert route.call_count == 1
    rest = list(items)

    assert _slugs([first, *rest]) == ALL_SLUGS
    assert all(isinstance(item, IdNameSlugOrmBase) for item in rest)
    assert _requested(route) == [
        {"limit": "2", "skip": "0"},
        {"limit": "2", "skip": "2"},
        {"limit": "2", "skip": "4"},
    ]


def test_apaginate_yields_every_item(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _pages(router, [2, 2, 1])

    items = _collect_async(make_client(), limit=2)

    assert _slugs(items) == ALL_SLUGS
    assert [params["skip"] for params in _requested(route)] == ["0", "2", "4"]


def test_apaginate_is_lazy(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _pages(router, [2, 2, 1])
    ps = make_client()

    async def scenario() -> list[int]:
        items = ps.apaginate(list_products, limit=2)
        counts = [route.call_count]
        await anext(items)
        counts.append(route.call_count)
        await anext(items)
        counts.append(route.call_count)
        await anext(items)
        counts.append(route.call_count)
        await items.aclose()  # type: ignore[attr-defined]
        return counts

    assert run_async(ps, scenario) == [0, 1, 1, 2]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pagination_stops_at_an_empty_page(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _pages(router, [2, 2, 0])
    ps = make_client()

    if mode == "sync":
        items = list(ps.paginate(list_products, limit=2))
    else:
        items = _collect_async(ps, limit=2)

    assert _slugs(items) == ALL_SLUGS[:4]
    assert [params["skip"] for params in _requested(route)] == ["0", "2", "4"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_max_items_stops_early_with_only_the_needed_requests(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _pages(router, [2, 2, 1])
    ps = make_client()

    if mode == "sync":
        items = list(ps.paginate(list_products, limit=2, max_items=3))
    else:
        items = _collect_async(ps, max_items=3, limit=2)

    assert _slugs(items) == ALL_SLUGS[:3]
    assert [params["skip"] for params in _requested(route)] == ["0", "2"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_max_items_on_a_page_boundary_does_not_fetch_the_next_page(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _pages(router, [2, 2, 1])
    ps = make_client()

    if mode == "sync":
        items = list(ps.paginate(list_products, limit=2, max_items=2))
    else:
        items = _collect_async(ps, max_items=2, limit=2)

    assert _slugs(items) == ALL_SLUGS[:2]
    assert route.call_count == 1


def test_pagination_starts_at_the_given_skip(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _pages(router, [2, 2, 1])

    items = list(make_client().paginate(list_products, limit=2, skip=2))

    # the catalogue answers from index 2: products 2 and 3, then 4
    assert _slugs(items) == ALL_SLUGS[2:]
    assert [params["skip"] for params in _requested(route)] == ["2", "4"]


def test_paginate_rejects_a_non_positive_limit(make_client: ClientFactory) -> None:
    with pytest.raises(ValueError, match="limit must be a positive integer"):
        make_client().paginate(list_products, limit=0)

"""The resource style on Planship: OAuth on resource calls, public operations, offset pages,
body fields as keyword arguments, sync and async."""

from __future__ import annotations

import asyncio
import json

import httpx
import respx
from planship_client import AsyncPlanshipClient, SyncPage
from planship_client.models import Customer, IdNameSlugOrmBase
from planship_client.types import Unset

from tests.clients.planship.conftest import ClientFactory
from tests.clients.planship.support import (
    BASE_URL,
    BEARER,
    CLIENT_ID,
    CLIENT_SECRET,
    CUSTOMERS_URL,
    HEALTH_URL,
    PRODUCTS_URL,
    customer_json,
    product,
)


def test_list_pages_by_skip_and_limit_with_the_token(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = router.get(PRODUCTS_URL)
    route.side_effect = [
        httpx.Response(200, json=[product(0), product(1)]),
        httpx.Response(200, json=[product(2)]),
    ]

    page = make_client().products.list(limit=2)

    assert isinstance(page, SyncPage)
    assert page.items == [
        IdNameSlugOrmBase.from_dict(product(0)),
        IdNameSlugOrmBase.from_dict(product(1)),
    ]
    assert [item.slug for item in page] == ["product-0", "product-1", "product-2"]
    assert [call.request.url.params["skip"] for call in route.calls] == ["0", "2"]
    assert route.calls.last.request.headers["Authorization"] == BEARER
    assert token_route.call_count == 1


def test_public_operation_sends_no_token(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    router.get(HEALTH_URL).mock(return_value=httpx.Response(200, json={"status": "ok"}))

    assert make_client().health.check() == {"status": "ok"}
    assert token_route.call_count == 0


def test_body_fields_are_keyword_arguments(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = router.post(CUSTOMERS_URL).mock(return_value=httpx.Response(200, json=customer_json()))

    customer = make_client().customers.create(name="Ada", email="ada@example.com")

    assert customer == Customer.from_dict(customer_json())
    assert json.loads(route.calls.last.request.content) == {
        "name": "Ada",
        "email": "ada@example.com",
    }


def test_async_client_fetches_one_token_for_its_calls(
    router: respx.MockRouter, token_route: respx.Route
) -> None:
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(200, json=[product(0)]))
    client = AsyncPlanshipClient(CLIENT_ID, CLIENT_SECRET, base_url=BASE_URL)

    async def scenario() -> list[str | Unset]:
        async with client:
            first = await client.products.list(limit=5)
            every = [item.slug async for item in client.products.list(limit=5)]
            return [item.slug for item in first.items] + every

    assert asyncio.run(scenario()) == ["product-0", "product-0"]
    assert token_route.call_count == 1

"""OAuth2 client credentials: fetching, caching, refreshing, and the operations without auth."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import respx
from planship_client import APIError, AuthenticationError, ClientCredentials, PlanshipClient
from planship_client.api.auth import get_access_token
from planship_client.api.health import health
from planship_client.api.products import list_products
from planship_client.api.public import get_public_plan, list_public_plans
from planship_client.models import IdNameSlugOrmBase, Plan, PlanInList

from tests.clients.planship.conftest import ClientFactory
from tests.clients.planship.support import (
    ACCESS_TOKEN,
    BASE_URL,
    BASIC_CREDENTIALS,
    BEARER,
    CLIENT_ID,
    CLIENT_SECRET,
    HEALTH_URL,
    MODES,
    PLAN_JSON,
    PRODUCTS_URL,
    SECOND_TOKEN,
    TOKEN_URL,
    FakeClock,
    contains_secret,
    invoke,
    invoke_times,
    product,
    run_async,
    token_response,
)

CONCURRENT_CALLS = 20


def _products_route(router: respx.MockRouter, url: str = PRODUCTS_URL) -> respx.Route:
    return router.get(url).mock(return_value=httpx.Response(200, json=[product(0)]))


def _authorizations(route: respx.Route) -> list[str | None]:
    return [call.request.headers.get("Authorization") for call in route.calls]


@pytest.mark.parametrize("mode", MODES)
def test_token_is_fetched_with_basic_credentials_then_sent_as_bearer(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    products = _products_route(router)

    result = invoke(mode, make_client(), list_products, limit=10)

    assert result == [IdNameSlugOrmBase.from_dict(product(0))]
    assert [call.request.url.path for call in router.calls] == [
        "/api/v1/auth/token",
        "/api/v1/products",
    ]
    token_request = token_route.calls.last.request
    assert token_request.method == "POST"
    assert token_request.url == TOKEN_URL
    assert token_request.headers["Authorization"] == BASIC_CREDENTIALS
    assert token_request.content == b""
    api_request = products.calls.last.request
    assert api_request.method == "GET"
    assert dict(api_request.url.params) == {"limit": "10", "skip": "0"}
    assert api_request.headers["Authorization"] == BEARER


@pytest.mark.parametrize("mode", MODES)
def test_token_is_cached_between_calls(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    products = _products_route(router)

    invoke_times(mode, make_client(), 2, list_products)

    assert token_route.call_count == 1
    assert _authorizations(products) == [BEARER, BEARER]


def test_token_is_fetched_once_for_concurrent_threads(
    router: respx.MockRouter, make_client: ClientFactory
) -> None:
    def slow_token(request: httpx.Request) -> httpx.Response:
        time.sleep(0.05)  # the token endpoint is slow, so the callers overlap
        return token_response()

    token = router.post(TOKEN_URL).mock(side_effect=slow_token)
    products = _products_route(router)
    ps = make_client()
    ps.get_httpx_client()  # created up front, so that the threads meet at the token fetch
    barrier = threading.Barrier(CONCURRENT_CALLS, timeout=10)

    def call(_: int) -> list[IdNameSlugOrmBase]:
        barrier.wait()
        return list_products.sync(client=ps)

    with ThreadPoolExecutor(max_workers=CONCURRENT_CALLS) as pool:
        results = list(pool.map(call, range(CONCURRENT_CALLS)))

    assert token.call_count == 1
    assert products.call_count == CONCURRENT_CALLS
    assert _authorizations(products) == [BEARER] * CONCURRENT_CALLS
    assert all(result == [IdNameSlugOrmBase.from_dict(product(0))] for result in results)


def test_token_is_fetched_once_for_concurrent_tasks(
    router: respx.MockRouter, make_client: ClientFactory
) -> None:
    async def slow_token(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)  # the token endpoint is slow, so the tasks overlap
        return token_response()

    token = router.post(TOKEN_URL).mock(side_effect=slow_token)
    products = _products_route(router)
    ps = make_client()

    async def scenario() -> list[list[IdNameSlugOrmBase]]:
        calls = [list_products.asyncio(client=ps) for _ in range(CONCURRENT_CALLS)]
        return await asyncio.gather(*calls)

    results = run_async(ps, scenario)

    assert token.call_count == 1
    assert products.call_count == CONCURRENT_CALLS
    assert _authorizations(products) == [BEARER] * CONCURRENT_CALLS
    assert len(results) == CONCURRENT_CALLS


def test_concurrent_first_use_shares_one_httpx_client(make_client: ClientFactory) -> None:
    ps = make_client()
    barrier = threading.Barrier(CONCURRENT_CALLS, timeout=10)

    def first_use(_: int) -> httpx.Client:
        barrier.wait()
        return ps.get_httpx_client()

    with ThreadPoolExecutor(max_workers=CONCURRENT_CALLS) as pool:
        clients = list(pool.map(first_use, range(CONCURRENT_CALLS)))

    # Every extra httpx.Client would be a connection pool that close() never releases.
    distinct = {id(client) for client in clients}
    assert len(distinct) == 1, f"{len(distinct)} httpx.Client instances created"
    assert clients[0] is ps.get_httpx_client()


def _clocked_client(
    router: respx.MockRouter, make_client: ClientFactory
) -> tuple[PlanshipClient, FakeClock, respx.Route, respx.Route]:
    clock = FakeClock(0.0)
    token = router.post(TOKEN_URL).mock(
        side_effect=[token_response(ACCESS_TOKEN), token_response(SECOND_TOKEN)]
    )
    products = _products_route(router)
    credentials = ClientCredentials(CLIENT_ID, CLIENT_SECRET, TOKEN_URL, clock=clock)
    return make_client(auth=credentials), clock, token, products


def test_token_is_refreshed_shortly_before_it_expires(
    router: respx.MockRouter, make_client: ClientFactory
) -> None:
    ps, clock, token, products = _clocked_client(router, make_client)

    list_products.sync(client=ps)  # t=0: a token valid until t=3600
    clock.now = 3500.0  # more than the 30 s margin left: reused
    list_products.sync(client=ps)
    assert token.call_count == 1
    clock.now = 3575.0  # less than 30 s left: renewed
    list_products.sync(client=ps)

    assert token.call_count == 2
    assert _authorizations(products) == [BEARER, BEARER, f"Bearer {SECOND_TOKEN}"]


def test_token_is_refreshed_shortly_before_it_expires_async(
    router: respx.MockRouter, make_client: ClientFactory
) -> None:
    ps, clock, token, products = _clocked_client(router, make_client)

    async def scenario() -> list[int]:
        fetched = []
        await list_products.asyncio(client=ps)
        clock.now = 3500.0
        await list_products.asyncio(client=ps)
        fetched.append(token.call_count)
        clock.now = 3575.0
        await list_products.asyncio(client=ps)
        fetched.append(token.call_count)
        return fetched

    assert run_async(ps, scenario) == [1, 2]
    assert _authorizations(products) == [BEARER, BEARER, f"Bearer {SECOND_TOKEN}"]


@pytest.mark.parametrize("mode", MODES)
def test_401_fetches_one_new_token_and_retries_with_it(
    mode: str, router: respx.MockRouter, make_client: ClientFactory
) -> None:
    token = router.post(TOKEN_URL).mock(
        side_effect=[token_response(ACCESS_TOKEN), token_response(SECOND_TOKEN)]
    )
    products = router.get(PRODUCTS_URL).mock(
        side_effect=[
            httpx.Response(401, json={"detail": "token revoked"}),
            httpx.Response(200, json=[product(1)]),
        ]
    )

    result = invoke(mode, make_client(), list_products)

    assert result == [IdNameSlugOrmBase.from_dict(product(1))]
    assert token.call_count == 2
    assert _authorizations(products) == [BEARER, f"Bearer {SECOND_TOKEN}"]


@pytest.mark.parametrize("mode", MODES)
def test_401_twice_raises_after_exactly_one_refresh(
    mode: str, router: respx.MockRouter, make_client: ClientFactory
) -> None:
    token = router.post(TOKEN_URL).mock(
        side_effect=[token_response(ACCESS_TOKEN), token_response(SECOND_TOKEN), token_response()]
    )
    raw = b'{"detail": "Not authenticated"}'
    products = router.get(PRODUCTS_URL).mock(
        return_value=httpx.Response(401, content=raw, headers={"WWW-Authenticate": "Bearer"})
    )

    with pytest.raises(AuthenticationError) as caught:
        invoke(mode, make_client(), list_products)

    assert token.call_count == 2
    assert products.call_count == 2
    assert caught.value.status_code == 401
    assert caught.value.method == "GET"
    assert caught.value.content == raw
    assert caught.value.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("mode", MODES)
def test_refused_client_credentials_raise_authentication_error_without_the_secret(
    mode: str, router: respx.MockRouter, make_client: ClientFactory
) -> None:
    token = router.post(TOKEN_URL).mock(
        return_value=httpx.Response(401, json={"detail": "invalid client"})
    )
    products = _products_route(router)

    with pytest.raises(AuthenticationError) as caught:
        invoke(mode, make_client(), list_products)

    assert token.call_count == 1
    assert products.call_count == 0
    assert caught.value.status_code == 401
    assert not contains_secret(str(caught.value))
    assert CLIENT_ID in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("with_credentials", [True, False])
def test_health_sends_no_authorization_and_fetches_no_token(
    mode: str,
    with_credentials: bool,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
) -> None:
    route = router.get(HEALTH_URL).mock(return_value=httpx.Response(200, json={"status": "ok"}))

    result = invoke(mode, make_client(credentials=with_credentials), health)

    assert result == {"status": "ok"}
    assert route.call_count == 1
    assert "Authorization" not in route.calls.last.request.headers
    assert token_route.call_count == 0


@pytest.mark.parametrize("mode", MODES)
def test_public_plan_list_sends_no_authorization_and_fetches_no_token(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    listed = {key: PLAN_JSON[key] for key in ("slug", "name", "description", "order")}
    route = router.get(f"{BASE_URL}/api/v1/public/acme/widgets/plans").mock(
        return_value=httpx.Response(200, json=[listed])
    )

    result = invoke(mode, make_client(), list_public_plans, "acme", "widgets")

    assert result == [PlanInList.from_dict(listed)]
    assert "Authorization" not in route.calls.last.request.headers
    assert token_route.call_count == 0


@pytest.mark.parametrize("mode", MODES)
def test_public_plan_sends_no_authorization_and_fetches_no_token(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = router.get(f"{BASE_URL}/api/v1/public/acme/widgets%20co/plans/pro").mock(
        return_value=httpx.Response(200, json=PLAN_JSON)
    )

    result = invoke(mode, make_client(), get_public_plan, "acme", "widgets co", "pro")

    assert result == Plan.from_dict(PLAN_JSON)
    assert route.call_count == 1
    assert "Authorization" not in route.calls.last.request.headers
    assert token_route.call_count == 0


@pytest.mark.parametrize("mode", MODES)
def test_token_operation_authenticates_with_basic_credentials(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    result = invoke(mode, make_client(), get_access_token)

    assert result.access_token == ACCESS_TOKEN
    assert result.expires_in == 3600
    assert token_route.call_count == 1
    assert token_route.calls.last.request.headers["Authorization"] == BASIC_CREDENTIALS


def test_default_base_url_is_planship_io(
    router: respx.MockRouter, make_client: ClientFactory
) -> None:
    token = router.post("https://api.planship.io/api/v1/auth/token").mock(
        return_value=token_response()
    )
    products = _products_route(router, "https://api.planship.io/api/v1/products")
    ps = make_client(base_url=None)

    list_products.sync(client=ps)

    assert ps.base_url == "https://api.planship.io"
    assert token.call_count == 1
    assert products.call_count == 1


def test_base_url_argument_overrides_the_default(
    router: respx.MockRouter, make_client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANSHIP_BASE_URL", "https://from-env.example")
    token = router.post("https://eu.planship.example/api/v1/auth/token").mock(
        return_value=token_response()
    )
    products = _products_route(router, "https://eu.planship.example/api/v1/products")

    list_products.sync(client=make_client(base_url="https://eu.planship.example/"))

    assert token.call_count == 1
    assert products.call_count == 1


def test_base_url_from_environment(
    router: respx.MockRouter, make_client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANSHIP_BASE_URL", "https://staging.planship.example")
    token = router.post("https://staging.planship.example/api/v1/auth/token").mock(
        return_value=token_response()
    )
    products = _products_route(router, "https://staging.planship.example/api/v1/products")

    list_products.sync(client=make_client(base_url=None))

    assert token.call_count == 1
    assert products.call_count == 1


def test_credentials_from_environment(
    router: respx.MockRouter, token_route: respx.Route, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANSHIP_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("PLANSHIP_CLIENT_SECRET", CLIENT_SECRET)
    products = _products_route(router)

    with PlanshipClient(base_url=BASE_URL) as ps:
        list_products.sync(client=ps)

    assert token_route.calls.last.request.headers["Authorization"] == BASIC_CREDENTIALS
    assert products.calls.last.request.headers["Authorization"] == BEARER


@pytest.mark.parametrize("mode", MODES)
def test_authenticated_operation_without_credentials_raises_before_sending(
    mode: str, router: respx.MockRouter, make_client: ClientFactory
) -> None:
    with pytest.raises(APIError) as caught:
        invoke(mode, make_client(credentials=False), list_products)

    assert router.calls.call_count == 0
    message = str(caught.value)
    assert "client_id" in message
    assert "client_secret" in message
    assert "PLANSHIP_CLIENT_ID" in message
    assert "PLANSHIP_CLIENT_SECRET" in message

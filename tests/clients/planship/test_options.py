"""Per-call options, timeouts, identity, injected httpx clients and redirects."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from planship_client import RequestOptions, UnexpectedStatus
from planship_client.api.products import list_products
from planship_client.models import IdNameSlugOrmBase

from tests.clients.planship.conftest import ClientFactory
from tests.clients.planship.support import (
    BASE_URL,
    BASIC_CREDENTIALS,
    BEARER,
    MODES,
    PRODUCTS_URL,
    TOKEN_URL,
    invoke,
    product,
    run_async,
    token_response,
)

USER_AGENT = "planship-client/0.1.1"
DEFAULT_TIMEOUT = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
EVIL_URL = "https://evil.example/collect"


def _products_route(router: respx.MockRouter) -> respx.Route:
    return router.get(PRODUCTS_URL).mock(return_value=httpx.Response(200, json=[product(0)]))


@pytest.mark.parametrize("mode", MODES)
def test_default_timeout_is_finite(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _products_route(router)

    invoke(mode, make_client(), list_products)

    # what is left of the attempt when the request leaves: the configured value, or just under
    assert route.calls.last.request.extensions["timeout"] == pytest.approx(DEFAULT_TIMEOUT, abs=0.1)
    assert token_route.calls.last.request.extensions["timeout"] == pytest.approx(
        DEFAULT_TIMEOUT, abs=0.1
    )


@pytest.mark.parametrize("mode", MODES)
def test_client_timeout_overrides_the_default(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _products_route(router)

    invoke(mode, make_client(timeout=5), list_products)

    assert route.calls.last.request.extensions["timeout"] == pytest.approx(
        dict.fromkeys(("connect", "read", "write", "pool"), 5.0), abs=0.1
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (1.5, dict.fromkeys(("connect", "read", "write", "pool"), 1.5)),
        (httpx.Timeout(2.0, connect=0.5), {"connect": 0.5, "read": 2.0, "write": 2.0, "pool": 2.0}),
    ],
    ids=["seconds", "httpx-timeout"],
)
@pytest.mark.usefixtures("token_route")
def test_per_call_timeout_overrides_the_client_timeout(
    mode: str,
    timeout: float | httpx.Timeout,
    expected: dict[str, float],
    router: respx.MockRouter,
    make_client: ClientFactory,
) -> None:
    route = _products_route(router)

    invoke(mode, make_client(timeout=5), list_products, options=RequestOptions(timeout=timeout))

    assert route.calls.last.request.extensions["timeout"] == pytest.approx(expected, abs=0.1)


@pytest.mark.parametrize("mode", MODES)
def test_per_call_and_client_headers_and_params_reach_the_request(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _products_route(router)
    ps = make_client(headers={"X-Tenant": "acme"})
    options = RequestOptions(
        headers={"X-Request-Id": "req-77", "X-Tenant": "override"}, params={"expand": "plans"}
    )

    invoke(mode, ps, list_products, limit=7, options=options)

    request = route.calls.last.request
    assert request.headers["X-Request-Id"] == "req-77"
    assert request.headers["X-Tenant"] == "override"
    assert dict(request.url.params) == {"limit": "7", "skip": "0", "expand": "plans"}
    assert request.headers["Authorization"] == BEARER


@pytest.mark.parametrize("mode", MODES)
def test_requests_identify_the_client(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _products_route(router)

    invoke(mode, make_client(), list_products)

    assert route.calls.last.request.headers["User-Agent"] == USER_AGENT
    assert route.calls.last.request.headers["Accept"] == "application/json"


@pytest.mark.parametrize("mode", MODES)
def test_token_request_also_identifies_the_client(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    _products_route(router)

    invoke(mode, make_client(), list_products)

    assert token_route.calls.last.request.headers["User-Agent"] == USER_AGENT


class Recorder:
    """An httpx.MockTransport handler that records the requests and plays a script."""

    def __init__(self, *, redirect: str | None = None, redirect_token: bool = False) -> None:
        self.requests: list[httpx.Request] = []
        self.redirect = redirect
        self.redirect_token = redirect_token

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.host == "evil.example":
            if request.method == "POST":
                return token_response()
            return httpx.Response(200, json=[product(4)])
        if request.url.path == "/api/v1/auth/token":
            if self.redirect_token:
                return httpx.Response(307, headers={"Location": EVIL_URL})
            return token_response()
        if self.redirect is not None:
            return httpx.Response(302, headers={"Location": self.redirect})
        return httpx.Response(200, json=[product(1)])

    def summary(self) -> list[tuple[str, str, str | None]]:
        return [
            (request.method, str(request.url), request.headers.get("Authorization"))
            for request in self.requests
        ]


def test_injected_http_client_is_used(make_client: ClientFactory) -> None:
    recorder = Recorder()
    ps = make_client(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))

    result = list_products.sync(client=ps, limit=1)

    assert result == [IdNameSlugOrmBase.from_dict(product(1))]
    assert recorder.summary() == [
        ("POST", TOKEN_URL, BASIC_CREDENTIALS),
        ("GET", f"{PRODUCTS_URL}?limit=1&skip=0", BEARER),
    ]
    assert recorder.requests[1].headers["User-Agent"] == USER_AGENT


def test_injected_async_http_client_is_used(make_client: ClientFactory) -> None:
    recorder = Recorder()
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    ps = make_client(async_http_client=http)

    async def scenario() -> list[IdNameSlugOrmBase]:
        async with ps:
            return await list_products.asyncio(client=ps, limit=1)

    result = run_async(ps, scenario)

    assert result == [IdNameSlugOrmBase.from_dict(product(1))]
    assert recorder.summary() == [
        ("POST", TOKEN_URL, BASIC_CREDENTIALS),
        ("GET", f"{PRODUCTS_URL}?limit=1&skip=0", BEARER),
    ]
    assert http.is_closed


def _following_client(mode: str, make_client: ClientFactory, recorder: Recorder) -> Any:
    """A client over the caller's own httpx client, which follows redirects."""
    transport = httpx.MockTransport(recorder)
    if mode == "sync":
        return make_client(http_client=httpx.Client(follow_redirects=True, transport=transport))
    return make_client(
        async_http_client=httpx.AsyncClient(follow_redirects=True, transport=transport)
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_is_not_followed_even_by_a_client_that_follows_redirects(
    mode: str, make_client: ClientFactory
) -> None:
    recorder = Recorder(redirect=EVIL_URL)
    ps = _following_client(mode, make_client, recorder)

    with pytest.raises(UnexpectedStatus) as raised:
        invoke(mode, ps, list_products)

    assert raised.value.status_code == 302
    assert recorder.summary() == [
        ("POST", TOKEN_URL, BASIC_CREDENTIALS),
        ("GET", f"{PRODUCTS_URL}?limit=100&skip=0", BEARER),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_the_token_exchange_does_not_follow_a_redirect_either(
    mode: str, make_client: ClientFactory
) -> None:
    recorder = Recorder(redirect_token=True)
    ps = _following_client(mode, make_client, recorder)

    with pytest.raises(UnexpectedStatus) as raised:
        invoke(mode, ps, list_products)

    assert raised.value.status_code == 307
    assert recorder.summary() == [("POST", TOKEN_URL, BASIC_CREDENTIALS)]


@pytest.mark.parametrize("mode", MODES)
def test_default_client_does_not_follow_redirects(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(302, headers={"Location": EVIL_URL}))
    evil = router.route(host="evil.example").mock(return_value=httpx.Response(200, json=[]))
    ps = make_client()

    with pytest.raises(UnexpectedStatus) as caught:
        invoke(mode, ps, list_products)

    assert caught.value.status_code == 302
    assert caught.value.headers["Location"] == EVIL_URL
    assert evil.call_count == 0
    if mode == "sync":
        assert ps.get_httpx_client().follow_redirects is False
    else:
        assert ps.get_async_httpx_client().follow_redirects is False


def test_request_json_and_path_are_built_from_the_base_url(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = _products_route(router)

    list_products.sync(client=make_client(base_url=BASE_URL + "/"), skip=4, limit=2)

    request = route.calls.last.request
    assert str(request.url) == f"{PRODUCTS_URL}?limit=2&skip=4"
    assert request.content == b""
    assert json.loads(route.calls.last.response.content) == [product(0)]

"""Retries: which answers and methods are retried, how long the client waits, and the errors."""

from __future__ import annotations

import email.utils
import json
import random
import time

import httpx
import pytest
import respx
from planship_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    RequestOptions,
    RetryPolicy,
)
from planship_client.api.customers import create_customer
from planship_client.api.products import list_products
from planship_client.models import Customer, IdNameSlugOrmBase
from planship_client.models import OrganizationCustomerCreate as NewCustomer

from tests.clients.planship.conftest import ClientFactory
from tests.clients.planship.support import (
    CUSTOMERS_URL,
    MODES,
    PRODUCTS_URL,
    SleepRecorder,
    customer_json,
    invoke,
    product,
)

OK = httpx.Response(200, json=[product(0)])


def _slept(mode: str, sleeps: SleepRecorder) -> list[float]:
    """The delays of the mode under test; the other mode must not have slept at all."""
    mine, other = (
        (sleeps.calls, sleeps.async_calls) if mode == "sync" else (sleeps.async_calls, sleeps.calls)
    )
    assert other == []
    return mine


def _policy(
    sleeps: SleepRecorder, *, max_retry_after: float = 60.0, retry_non_idempotent: bool = False
) -> RetryPolicy:
    return RetryPolicy(
        max_retry_after=max_retry_after,
        retry_non_idempotent=retry_non_idempotent,
        sleep=sleeps.sleep,
        async_sleep=sleeps.async_sleep,
        random_fraction=lambda: 0.0,
    )


@pytest.mark.parametrize("mode", MODES)
def test_429_waits_what_retry_after_asks_then_succeeds(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), OK]
    )

    result = invoke(mode, make_client(), list_products)

    assert result == [IdNameSlugOrmBase.from_dict(product(0))]
    assert route.call_count == 2
    assert _slept(mode, sleeps) == [3.0]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_as_an_http_date(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    route = router.get(PRODUCTS_URL).mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": when}), OK]
    )

    invoke(mode, make_client(), list_products)

    assert route.call_count == 2
    [delay] = _slept(mode, sleeps)
    assert 8.0 < delay <= 10.0  # the date has a resolution of one second


@pytest.mark.usefixtures("token_route")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "case",
    [("3600", None, 60.0), ("3600", 5.0, 5.0), ("4", 5.0, 4.0), ("0", None, 0.0)],
    ids=["default-cap", "custom-cap", "under-cap", "zero"],
)
def test_retry_after_is_capped_at_max_retry_after(
    mode: str,
    case: tuple[str, float | None, float],
    router: respx.MockRouter,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    retry_after, max_retry_after, expected = case
    router.get(PRODUCTS_URL).mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": retry_after}), OK]
    )
    policy = (
        _policy(sleeps)
        if max_retry_after is None
        else _policy(sleeps, max_retry_after=max_retry_after)
    )

    invoke(mode, make_client(retry=policy), list_products)

    assert _slept(mode, sleeps) == [expected]


@pytest.mark.parametrize("mode", MODES)
def test_503_three_times_raises_after_exactly_three_attempts(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(
        side_effect=[httpx.Response(503)] * 3 + [OK]  # a fourth attempt would succeed
    )

    with pytest.raises(InternalServerError) as caught:
        invoke(mode, make_client(), list_products)

    assert route.call_count == 3
    assert caught.value.status_code == 503
    assert _slept(mode, sleeps) == [0.5, 1.0]  # exponential backoff, no jitter
    assert token_route.call_count == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 504])
def test_retryable_statuses_are_retried(
    mode: str,
    status: int,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
) -> None:
    route = router.get(PRODUCTS_URL).mock(side_effect=[httpx.Response(status), OK])

    invoke(mode, make_client(), list_products)

    assert route.call_count == 2


@pytest.mark.parametrize("mode", MODES)
def test_404_is_not_retried(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(side_effect=[httpx.Response(404), OK])

    with pytest.raises(NotFoundError):
        invoke(mode, make_client(), list_products)

    assert route.call_count == 1
    assert _slept(mode, sleeps) == []


NEW_CUSTOMER = NewCustomer(name="Ada", email="ada@example.com")


@pytest.mark.parametrize("mode", MODES)
def test_post_is_not_retried_by_default(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.post(CUSTOMERS_URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=customer_json())]
    )

    with pytest.raises(InternalServerError):
        invoke(mode, make_client(), create_customer, body=NEW_CUSTOMER)

    assert route.call_count == 1
    assert _slept(mode, sleeps) == []


@pytest.mark.usefixtures("token_route")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", ["request-options", "retry-policy"])
def test_post_is_retried_when_allowed(
    mode: str,
    where: str,
    router: respx.MockRouter,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.post(CUSTOMERS_URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=customer_json())]
    )
    if where == "request-options":
        ps = make_client()
        options = RequestOptions(retry_non_idempotent=True)
    else:
        ps = make_client(retry=_policy(sleeps, retry_non_idempotent=True))
        options = None

    result = invoke(mode, ps, create_customer, body=NEW_CUSTOMER, options=options)

    assert result == Customer.from_dict(customer_json())
    assert route.call_count == 2
    sent = [json.loads(call.request.content) for call in route.calls]
    assert sent == [{"name": "Ada", "email": "ada@example.com"}] * 2
    assert _slept(mode, sleeps) == [0.5]


@pytest.mark.parametrize("mode", MODES)
def test_per_call_max_retries_zero_makes_one_attempt(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(side_effect=[httpx.Response(503), OK])

    with pytest.raises(InternalServerError):
        invoke(mode, make_client(), list_products, options=RequestOptions(max_retries=0))

    assert route.call_count == 1
    assert _slept(mode, sleeps) == []


@pytest.mark.parametrize("mode", MODES)
def test_client_max_retries_sets_the_number_of_attempts(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(return_value=httpx.Response(502))

    with pytest.raises(InternalServerError):
        invoke(mode, make_client(max_retries=4), list_products)

    assert route.call_count == 5
    assert _slept(mode, sleeps) == [0.5, 1.0, 2.0, 4.0]


@pytest.mark.parametrize("mode", MODES)
def test_connection_error_is_retried_then_raises_api_connection_error(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(side_effect=httpx.ConnectError)

    with pytest.raises(APIConnectionError) as caught:
        invoke(mode, make_client(), list_products, limit=3)

    assert type(caught.value) is APIConnectionError
    assert route.call_count == 3
    assert _slept(mode, sleeps) == [0.5, 1.0]
    assert caught.value.request.method == "GET"
    assert caught.value.request.url == httpx.URL(f"{PRODUCTS_URL}?limit=3&skip=0")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("mode", MODES)
def test_connection_error_then_success(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(side_effect=[httpx.ConnectError("refused"), OK])

    result = invoke(mode, make_client(), list_products)

    assert result == [IdNameSlugOrmBase.from_dict(product(0))]
    assert route.call_count == 2
    assert _slept(mode, sleeps) == [0.5]


@pytest.mark.parametrize("mode", MODES)
def test_timeout_raises_api_timeout_error(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(side_effect=httpx.ReadTimeout)

    with pytest.raises(APITimeoutError) as caught:
        invoke(mode, make_client(), list_products)

    assert isinstance(caught.value, APIConnectionError)
    assert route.call_count == 3
    assert _slept(mode, sleeps) == [0.5, 1.0]
    assert str(caught.value).startswith("request timed out: GET ")


def test_backoff_doubles_from_the_initial_delay_up_to_max_delay() -> None:
    policy = RetryPolicy(random_fraction=lambda: 0.0)

    assert [policy.delay(attempt) for attempt in range(7)] == [
        0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0
    ]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_jittered_backoff_stays_within_bounds(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    policy = RetryPolicy(
        max_retries=6,
        sleep=sleeps.sleep,
        async_sleep=sleeps.async_sleep,
        random_fraction=random.Random(20240601).random,
    )
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(500))

    with pytest.raises(InternalServerError):
        invoke(mode, make_client(retry=policy), list_products)

    delays = _slept(mode, sleeps)
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(delays) == len(ceilings)
    for delay, ceiling in zip(delays, ceilings, strict=True):
        assert ceiling * 0.75 <= delay <= ceiling  # default jitter takes off up to 25 %
    assert len(set(delays)) == len(delays)  # jitter did vary them


def test_jitter_extremes() -> None:
    assert RetryPolicy(random_fraction=lambda: 1.0).delay(1) == 0.75
    assert RetryPolicy(jitter=0.5, random_fraction=lambda: 1.0).delay(2) == 1.0
    assert RetryPolicy(jitter=0.0, random_fraction=lambda: 1.0).delay(3) == 4.0

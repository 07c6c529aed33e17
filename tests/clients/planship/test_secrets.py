"""Secrets never leak: not in reprs, not in the debug log, not in exception messages."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx
from planship_client import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
    ClientCredentials,
    PermissionDeniedError,
)
from planship_client.api.products import list_products

from tests.clients.planship.conftest import ClientFactory
from tests.clients.planship.support import (
    ACCESS_TOKEN,
    CLIENT_ID,
    CLIENT_SECRET,
    MODES,
    PRODUCTS_URL,
    SECOND_TOKEN,
    TOKEN_URL,
    contains_secret,
    invoke,
    product,
    token_response,
)

LOGGER = "planship_client"


def test_reprs_show_neither_the_secret_nor_the_token(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(200, json=[]))
    credentials = ClientCredentials(CLIENT_ID, CLIENT_SECRET, TOKEN_URL)
    ps = make_client(auth=credentials)
    list_products.sync(client=ps)  # now a token is cached too

    for text in (repr(ps), repr(credentials)):
        assert not contains_secret(text), text
        assert CLIENT_ID in text
        assert "***" in text


def test_client_built_from_credentials_has_a_safe_repr(make_client: ClientFactory) -> None:
    text = repr(make_client())

    assert not contains_secret(text)
    assert text.startswith("PlanshipClient(base_url='https://api.planship.test'")


def _log_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("mode", MODES)
def test_debug_log_shows_requests_and_responses_with_credentials_redacted(
    mode: str,
    router: respx.MockRouter,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("PLANSHIP_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    router.post(TOKEN_URL).mock(
        side_effect=[token_response(ACCESS_TOKEN), token_response(SECOND_TOKEN)]
    )
    router.get(PRODUCTS_URL).mock(
        side_effect=[
            httpx.Response(401, json={"detail": "expired"}),
            httpx.Response(200, json=[product(0)], headers={"X-Request-Id": "req-1"}),
        ]
    )
    ps = make_client()
    assert logging.getLogger(LOGGER).getEffectiveLevel() == logging.DEBUG

    invoke(mode, ps, list_products, limit=5)

    messages = [record.getMessage() for record in caplog.records if record.name == LOGGER]
    url = f"{PRODUCTS_URL}?limit=5&skip=0"
    requests = [m for m in messages if m.startswith(f"HTTP Request: GET {url}")]
    responses = [m for m in messages if m.startswith("HTTP Response: GET ")]
    assert len(requests) == 2
    assert [m.split()[4] for m in responses] == ["401", "200"]
    assert all("'authorization': '***'" in m for m in requests)
    assert "'x-request-id': 'req-1'" in responses[1]
    assert not contains_secret(_log_text(caplog))
    assert not contains_secret(caplog.text)


def test_debug_log_includes_the_token_exchange_redacted(
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("PLANSHIP_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(200, json=[]))

    list_products.sync(client=make_client())

    messages = [record.getMessage() for record in caplog.records if record.name == LOGGER]
    assert any(m.startswith(f"HTTP Request: POST {TOKEN_URL}") for m in messages), messages
    assert any(m.startswith(f"HTTP Response: POST {TOKEN_URL} 200") for m in messages), messages
    assert not contains_secret(_log_text(caplog))


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_planship_log_configures_the_package_logger(
    value: str, level: int, make_client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANSHIP_LOG", value)

    make_client()

    logger = logging.getLogger(LOGGER)
    assert logger.level == level
    assert [type(handler) for handler in logger.handlers] == [logging.StreamHandler]


def test_logging_is_off_unless_planship_log_asks_for_it(
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(200, json=[]))

    list_products.sync(client=make_client())

    assert [record for record in caplog.records if record.name == LOGGER] == []
    assert logging.getLogger(LOGGER).handlers == []


def _refused_token() -> httpx.Response:
    return httpx.Response(401, json={"detail": "invalid client"})


def _always_401() -> httpx.Response:
    return httpx.Response(401, json={"detail": "Not authenticated"})


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "case",
    [
        pytest.param((_refused_token(), None, AuthenticationError), id="token-refused"),
        pytest.param((None, _always_401(), AuthenticationError), id="api-401-twice"),
        pytest.param((None, httpx.ConnectError("boom"), APIConnectionError), id="connect-error"),
        pytest.param((None, httpx.Response(500, text="oops"), APIStatusError), id="server-error"),
    ],
)
def test_exception_messages_contain_neither_secret_nor_token(
    mode: str,
    case: tuple[httpx.Response | None, httpx.Response | Exception | None, type[APIError]],
    router: respx.MockRouter,
    make_client: ClientFactory,
) -> None:
    token_answer, api_answer, expected = case
    router.post(TOKEN_URL).mock(return_value=token_answer or token_response())
    router.get(PRODUCTS_URL).mock(side_effect=[api_answer or httpx.Response(200, json=[])] * 4)

    with pytest.raises(expected) as caught:
        invoke(mode, make_client(), list_products)

    assert not contains_secret(str(caught.value))
    assert not contains_secret(caught.value.message)


@pytest.mark.parametrize("mode", MODES)
def test_exception_message_redacts_a_token_echoed_by_the_server(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    # Some gateways echo the offending header back; the message must not carry it on.
    echo = {"detail": f"scope missing for Authorization: Bearer {ACCESS_TOKEN}"}
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(403, json=echo))

    with pytest.raises(PermissionDeniedError) as caught:
        invoke(mode, make_client(), list_products)

    assert caught.value.status_code == 403
    assert "scope missing" in str(caught.value)
    assert ACCESS_TOKEN not in str(caught.value)

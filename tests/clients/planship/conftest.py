"""Fixtures for the Planship client behaviour tests: mocked HTTP, recorded sleeps, clients."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx
from planship_client import PlanshipClient, RetryPolicy

from tests.clients.planship.support import (
    BASE_URL,
    CLIENT_ID,
    CLIENT_SECRET,
    TOKEN_URL,
    SleepRecorder,
    token_response,
)

ClientFactory = Callable[..., PlanshipClient]

ENVIRONMENT = (
    "PLANSHIP_BASE_URL",
    "PLANSHIP_CLIENT_ID",
    "PLANSHIP_CLIENT_SECRET",
    "PLANSHIP_LOG",
)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No PLANSHIP_* variable from the outside; the package logger unconfigured, then restored."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    logger = logging.getLogger("planship_client")
    handlers, level = list(logger.handlers), logger.level
    for handler in handlers:
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
    yield
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    for handler in handlers:
        logger.addHandler(handler)
    logger.setLevel(level)


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """Every request is answered by a respx route; an unmocked one fails the test."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as mock:
        yield mock


@pytest.fixture
def token_route(router: respx.MockRouter) -> respx.Route:
    """The token endpoint, answering ACCESS_TOKEN valid for an hour."""
    return router.post(TOKEN_URL).mock(return_value=token_response())


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def make_client(sleeps: SleepRecorder) -> Iterator[ClientFactory]:
    """Build PlanshipClients that never really sleep, closed at the end of the test.

    By default: BASE_URL, CLIENT_ID/CLIENT_SECRET, and a RetryPolicy recording its sleeps in
    ``sleeps`` with no jitter. ``credentials=False`` builds a client without credentials.
    """
    created: list[PlanshipClient] = []

    def factory(*, credentials: bool = True, **kwargs: Any) -> PlanshipClient:
        kwargs.setdefault("base_url", BASE_URL)
        kwargs.setdefault(
            "retry",
            RetryPolicy(
                sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, random_fraction=lambda: 0.0
            ),
        )
        if credentials and "auth" not in kwargs:
            kwargs.setdefault("client_id", CLIENT_ID)
            kwargs.setdefault("client_secret", CLIENT_SECRET)
        client = PlanshipClient(**kwargs)
        created.append(client)
        return client

    yield factory
    for client in created:
        client.close()

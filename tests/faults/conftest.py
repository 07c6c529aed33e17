"""Fixtures of the fault suite: every test runs per API and per mode, with debug logging on."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from tests.faults.apis import APIS, Api
from tests.faults.harness import MODES, Harness
from tests.faults.server import FaultServer

VARIABLES = (
    "BASE_URL",
    "SERVICE_TOKEN_ID",
    "SERVICE_TOKEN",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "HEADER_KEY",
    "QUERY_KEY",
    "COOKIE_KEY",
    "USERNAME",
    "PASSWORD",
    "BEARER_TOKEN",
    "USER_TOKEN",
)


@pytest.fixture(params=APIS, ids=lambda api: api.name)
def api(request: pytest.FixtureRequest) -> Api:
    """Each API of ``apis.APIS`` in turn (a test may narrow it, e.g. to ``OAUTH_APIS``)."""
    chosen: Api = request.param
    return chosen


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    chosen: str = request.param
    return chosen


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault_server = FaultServer()
    yield fault_server
    fault_server.close()


@pytest.fixture(scope="session")
def _empty_trust_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("no-certificates"))


@pytest.fixture(autouse=True)
def _fast_client_creation(_empty_trust_store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test here speaks TLS: with an empty trust store, creating each client's SSL context
    takes microseconds instead of the 50 ms of loading every certificate authority."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", _empty_trust_store)


@pytest.fixture(autouse=True)
def _debug_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``<PREFIX>_LOG=debug`` for every API, nothing else from the environment; each package
    logger starts unconfigured and is restored afterwards."""
    saved = []
    for each in APIS:
        for name in VARIABLES:
            monkeypatch.delenv(f"{each.env_prefix}_{name}", raising=False)
        monkeypatch.setenv(f"{each.env_prefix}_LOG", "debug")
        logger = logging.getLogger(each.logger)
        saved.append((logger, list(logger.handlers), logger.level))
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
    yield
    for logger, handlers, level in saved:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        for handler in handlers:
            logger.addHandler(handler)
        logger.setLevel(level)


@pytest.fixture
def harness(
    api: Api, mode: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> Iterator[Harness]:
    running = Harness(api, mode, server, caplog)
    yield running
    running.close()

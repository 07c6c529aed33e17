"""Calls one API's client against the fault server, sync or async, and checks every outcome.

Every exception a call raises is checked: it must be documented (``ledger.check_documented``)
and show no secret in its text, traceback or chained causes; the debug log of the whole test
is checked for secrets when the harness closes.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest

from tests.faults import ledger
from tests.faults.actions import Reply
from tests.faults.apis import Api, Bound
from tests.faults.server import FaultServer

T = TypeVar("T")
MODES = ("sync", "async")
ONCE = pytest.mark.parametrize("mode", ["sync"])
"""For a test whose bad input is refused before anything is sent: one mode says it all."""
USUAL_BOUND = 1.0
"""Seconds any call here may take unless its test says otherwise: waits are short, retries
fast, so a call that takes longer fell into a wait the runtime should not make."""


def assert_within(elapsed: float, bound: float) -> None:
    """Assert ``elapsed`` is about ``bound`` at most (slack for a busy 2-core machine)."""
    assert elapsed <= 1.5 * bound + 0.3, f"took {elapsed:.2f} s, expected about {bound} s at most"


@dataclass(frozen=True)
class Outcome:
    result: Any
    error: BaseException | None
    elapsed: float


class Harness:
    """One test's view: an API, a mode (``"sync"`` or ``"async"``) and a fault server.

    Clients made by :meth:`client` retry twice after 10 ms and 20 ms and are closed at the
    end. An OAuth2 API's token endpoint answers a valid token unless the test routes it.
    """

    def __init__(
        self, api: Api, mode: str, server: FaultServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        self.api = api
        self.mode = mode
        self.server = server
        self.package: Any = api.package
        self.secrets = list(api.secrets)
        self._caplog = caplog
        self.library_logs(enabled=True)
        self._clients: list[Any] = []
        self._runner: asyncio.Runner | None = None
        if api.token is not None:
            server.route(api.token.path, self.token_answer())

    def token_answer(self) -> Reply:
        """A good answer of the token endpoint, with ``Connection: close`` so that the API's
        own request always starts a connection (which keeps request counts exact)."""
        assert self.api.token is not None
        return Reply(200, self.api.token.answer(), {"Connection": "close"})

    def retry(self, max_retries: int = 2, **settings: Any) -> Any:
        """A RetryPolicy with short waits and no jitter (``settings`` override)."""
        settings = {"initial_delay": 0.01, "max_delay": 0.05, "jitter": 0.0, **settings}
        return self.package.RetryPolicy(max_retries=max_retries, **settings)

    def client(self, *, server_url: str | None = None, **kwargs: Any) -> Any:
        """A client of the API on the fault server (or ``server_url``), closed at the end."""
        kwargs.setdefault("retry", self.retry())
        kwargs.setdefault("timeout", 5.0)
        client = self.api.client(server_url or self.server.url, **kwargs)
        self._clients.append(client)
        return client

    def own(self, client: T) -> T:
        """Close ``client`` (made by the test itself) at the end, like those of :meth:`client`."""
        self._clients.append(client)
        return client

    def options(self, **settings: Any) -> Any:
        return self.package.RequestOptions(**settings)

    # -- calling -------------------------------------------------------------------------

    def invoke(self, client: Any, bound: Bound, options: Any = None) -> Any:
        """Call ``bound`` once, sync or (in this test's event loop) async; no checks."""
        kwargs = {**bound.kwargs, "client": client}
        if options is not None:
            kwargs["options"] = options
        if self.mode == "sync":
            return bound.operation.sync(*bound.args, **kwargs)
        return self.run_async(bound.operation.asyncio(*bound.args, **kwargs))

    def run_async(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` in this test's event loop (one loop for the whole test)."""
        if self._runner is None:
            self._runner = asyncio.Runner()
        return self._runner.run(coroutine)

    def walk(
        self, client: Any, operation: Any, **arguments: Any
    ) -> tuple[list[Any], BaseException | None]:
        """Every item ``paginate`` (or ``apaginate``) yields for the list ``operation`` (its
        module), and the error that stopped it, checked like any other."""
        items: list[Any] = []
        try:
            if self.mode == "sync":
                items.extend(client.paginate(operation, **arguments))
            else:

                async def collect() -> None:
                    async for item in client.apaginate(operation, **arguments):
                        items.append(item)

                self.run_async(collect())
        except Exception as error:
            self.check_error(error)
            return items, error
        return items, None

    def attempt(self, client: Any, bound: Bound, options: Any = None) -> Outcome:
        """Call once; a raised exception is checked (documented, no secret) and returned."""
        started = time.monotonic()
        try:
            result = self.invoke(client, bound, options)
        except Exception as error:
            elapsed = time.monotonic() - started
            self.check_error(error)
            return Outcome(None, error, elapsed)
        return Outcome(result, None, time.monotonic() - started)

    def fails(
        self,
        expected: type[BaseException],
        client: Any,
        bound: Bound,
        *,
        options: Any = None,
        within: float = USUAL_BOUND,
    ) -> Any:
        """Call once and return the error, which must be exactly ``expected``, in about
        ``within`` seconds at most."""
        outcome = self.attempt(client, bound, options)
        assert outcome.error is not None, f"{bound.name} returned {outcome.result!r}"
        assert type(outcome.error) is expected, "".join(traceback.format_exception(outcome.error))
        assert_within(outcome.elapsed, within)
        return outcome.error

    def succeeds(
        self, client: Any, bound: Bound, *, options: Any = None, within: float = USUAL_BOUND
    ) -> Any:
        """Call once and return the result, in about ``within`` seconds at most."""
        outcome = self.attempt(client, bound, options)
        if outcome.error is not None:
            pytest.fail("".join(traceback.format_exception(outcome.error)), pytrace=False)
        assert_within(outcome.elapsed, within)
        return outcome.result

    def refuses(
        self,
        action: Callable[[], object],
        *secrets: str,
        expected: type[Exception] = ValueError,
        naming: str = "",
    ) -> Exception:
        """Give bad input (one injected fault): ``action`` must raise a plain ``expected``
        (``ValueError`` or ``TypeError``) at once, whose message names ``naming`` (the
        argument), send nothing, and show none of ``secrets``."""
        ledger.count_injected()
        self.secrets += secrets
        before = len(self.server.requests)
        try:
            action()
        except Exception as error:
            self.check_error(error)
            assert type(error) is expected, "".join(traceback.format_exception(error))
            assert naming in str(error), f"{naming!r} is not named in: {error}"
            assert len(self.server.requests) == before, "sent before refusing"
            return error
        pytest.fail("the bad input was accepted")

    def check_error(self, error: BaseException) -> None:
        ledger.check_documented(error, self.package)
        ledger.check_no_secret(
            ledger.exception_texts(error), self.secrets, f"a {type(error).__name__}"
        )

    def library_logs(self, *, enabled: bool) -> None:
        """Capture the logs of the libraries under ours, which log while our calls run: httpx
        the URL of each request (INFO), httpcore each header it reads (DEBUG). The log check
        covers them too; a test making thousands of calls may switch them off."""
        self._caplog.set_level(logging.INFO if enabled else logging.WARNING, logger="httpx")
        self._caplog.set_level(logging.DEBUG if enabled else logging.WARNING, logger="httpcore")

    def log_records(self) -> list[logging.LogRecord]:
        """The records the API's logger emitted during this test."""
        return [r for r in self._caplog.records if r.name.startswith(self.api.logger)]

    def all_log_records(self) -> list[logging.LogRecord]:
        """Every record captured during this test (httpx's and httpcore's too)."""
        return list(self._caplog.records)

    def check_log(self) -> None:
        """Check every record the test logged (``<PREFIX>_LOG=debug``, httpx at INFO and
        httpcore at DEBUG), its message and anything formatted with it.

        Run at teardown, so it reads the records of the setup and call phases: ``caplog.text``
        and ``caplog.records`` would hold only the teardown's.
        """
        records = [*self._caplog.get_records("setup"), *self._caplog.get_records("call")]
        texts = [self._caplog.handler.format(record) for record in records]
        ledger.check_no_secret(texts, self.secrets, "the log")

    # -- the API's requests on the server ------------------------------------------------

    def api_requests(self) -> list[str]:
        """``"METHOD target"`` of every request but the token exchanges."""
        token = self.api.token.path if self.api.token else None
        return [f"{r.method} {r.target}" for r in self.server.requests if r.path != token]

    def token_requests(self) -> int:
        return len(self.server.seen(self.api.token.path)) if self.api.token else 0

    def close(self) -> None:
        """Close every client (in the test's event loop when it has one), then check the log."""
        try:
            for client in self._clients:
                if self._runner is not None:
                    self._runner.run(client.aclose())
                else:
                    client.close()
        finally:
            if self._runner is not None:
                self._runner.close()
        self.check_log()

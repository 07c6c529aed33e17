"""Prism mock servers on 127.0.0.1, one per API, serving its effective spec; and how Prism says
that a request broke the spec.

Prism (``@stoplight/prism-cli``, pinned in package.json, installed by the Makefile) serves the
*effective* spec (upstream plus overlays) and validates every request against it.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import ClientSpec
from generator.mock import PRISM, free_port, prism_command, write_effective_spec

STARTUP_TIMEOUT = 60.0


class PrismServer:
    """A running Prism mock for one client's spec."""

    def __init__(self, client: ClientSpec, spec_file: Path, log: Path) -> None:
        self.client = client
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("w")
        self.process = subprocess.Popen(
            prism_command(spec_file, self.port),
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.log_path = log

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Prism exited:\n{self.log_path.read_text()}")
            try:
                httpx.get(self.url + "/__prism_ready__", timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(
            f"Prism did not start in {STARTUP_TIMEOUT}s:\n{self.log_path.read_text()}"
        )

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


@contextlib.contextmanager
def serve(
    clients: Iterable[ClientSpec], folder: Path, *, wait: bool = True
) -> Iterator[dict[str, PrismServer]]:
    """Start one Prism per client (in parallel), yield them by client name, stop them.

    With ``wait=False`` they are yielded while still starting: call ``wait_until_ready``.
    """
    if not PRISM.exists():
        pytest.fail("Prism is not installed: run the tests through `make test` (it runs npm ci)")
    servers: dict[str, PrismServer] = {}
    try:
        for client in clients:
            spec_file = folder / f"{client.name}.json"
            write_effective_spec(client, spec_file)
            servers[client.name] = PrismServer(client, spec_file, folder / f"{client.name}.log")
        for server in servers.values():
            if wait:
                server.wait_until_ready()
        yield servers
    finally:
        for server in servers.values():
            server.stop()


def violations(headers: Mapping[str, str], content: bytes) -> list[dict[str, Any]]:
    """Return what Prism found wrong with the exchange it answered: the request's violations,
    and those of its own answer (location ``response``: an example that breaks the schema).

    Prism reports violations in the ``sl-violations`` header when the operation documents the
    status it answers (422, 401...), otherwise as an ``application/problem+json`` body whose
    ``validation`` array lists them.
    """
    header = headers.get("sl-violations")
    if header:
        return _listed(header)
    if headers.get("content-type", "").startswith("application/problem+json"):
        try:
            problem = json.loads(content)
        except ValueError:
            return []
        if isinstance(problem, dict) and isinstance(problem.get("validation"), list):
            return list(problem["validation"])
    return []


def _listed(header: str) -> list[dict[str, Any]]:
    """The violations of an ``sl-violations`` header. Past a length Prism sends ``Too many
    violations! [...`` cut short: the complete ones are read (each names its location)."""
    if not header.startswith("Too many violations! "):
        found: list[dict[str, Any]] = json.loads(header)
        return found
    text = header.removeprefix("Too many violations! ").removeprefix("[")
    decoder, found, position = json.JSONDecoder(), [], 0
    while position < len(text):
        try:
            violation, position = decoder.raw_decode(text, position)
        except ValueError:
            break
        found.append(violation)
        position += 1  # the comma
    return found


def describe(found: list[dict[str, Any]]) -> str:
    """One line for some violations: where each is and what is wrong."""
    return "; ".join(
        f"{'.'.join(str(part) for part in v.get('location', []))}: {v.get('message')}"
        for v in found
    )


def is_about_response(violation: dict[str, Any]) -> bool:
    """Whether Prism found its own answer (not the request) at odds with the spec."""
    location = violation.get("location") or [""]
    return bool(location[0] == "response")


PRISM_ERRORS = "https://stoplight.io/prism/errors#"
"""The ``type`` of every problem Prism itself answers (no route, not acceptable, ...)."""


def refusal(
    headers: Mapping[str, str],
    content: bytes,
    ignore: Callable[[dict[str, Any]], bool] = lambda violation: False,
) -> str | None:
    """Return why Prism refused the request it answered, or None if it accepted it.

    ``ignore``: violations that do not count (the caller checked those itself, where Prism
    cannot).
    """
    of_request = [
        v for v in violations(headers, content) if not is_about_response(v) and not ignore(v)
    ]
    if of_request:
        return describe(of_request)
    if headers.get("content-type", "").startswith("application/problem+json"):
        try:
            problem = json.loads(content)
        except ValueError:
            return None
        if isinstance(problem, dict) and str(problem.get("type", "")).startswith(PRISM_ERRORS):
            kind = str(problem["type"]).removeprefix(PRISM_ERRORS)
            return f"{kind}: {problem.get('title')} ({problem.get('detail')})"
    return None

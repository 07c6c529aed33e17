"""A Prism mock server per registered spec, on 127.0.0.1 and a free port, for the whole session.

Prism (``@stoplight/prism-cli``, pinned in package.json, installed by the Makefile) serves the
*effective* spec (upstream plus overlays) and validates every request against it.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.registry import CLIENTS, ROOT, ClientSpec
from generator.specs import load_spec

PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0


class PrismServer:
    """A running Prism mock for one client's spec."""

    def __init__(self, client: ClientSpec, spec_file: Path, log: Path) -> None:
        self.client = client
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(self.port), str(spec_file)],
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    """Start one Prism per client (in parallel), yield them by client name, stop them."""
    if not PRISM.exists():
        pytest.fail("Prism is not installed: run the tests through `make test` (it runs npm ci)")
    folder = tmp_path_factory.mktemp("prism")
    servers: dict[str, PrismServer] = {}
    try:
        for client in CLIENTS:
            spec_file = folder / f"{client.name}.json"
            spec_file.write_text(json.dumps(load_spec(client).document))
            servers[client.name] = PrismServer(client, spec_file, folder / f"{client.name}.log")
        for server in servers.values():
            server.wait_until_ready()
        yield servers
    finally:
        for server in servers.values():
            server.stop()

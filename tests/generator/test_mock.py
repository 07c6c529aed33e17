"""make mock API=<name>: Prism serving the effective spec on 127.0.0.1, started as a user
would, called with the generated client through the variables it prints, and stopped."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from generator.mock import PRISM, free_port
from generator.registry import ROOT, get_client

pytestmark = pytest.mark.slow

READY_TIMEOUT = 60.0


@pytest.fixture
def mock() -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """``python -m generator mock planetscale --port <free>`` (what make mock runs), and the
    lines it printed until it was ready; stopped with SIGTERM at the end."""
    if not PRISM.exists():
        pytest.fail("Prism is not installed: run the tests through `make test` (it runs npm ci)")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", "planetscale", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    arrived: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    output = process.stdout

    def read() -> None:
        for line in output:
            arrived.put(line)

    reader = threading.Thread(target=read)
    reader.start()
    deadline = time.monotonic() + READY_TIMEOUT
    while not any(line.startswith("  export ") for line in lines):
        try:
            lines.append(arrived.get(timeout=max(0.0, deadline - time.monotonic())))
        except queue.Empty:
            process.kill()
            process.wait()
            reader.join()
            process.stdout.close()
            pytest.fail("make mock did not say it was ready:\n" + "".join(lines))
    try:
        yield process, lines
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=20)
        reader.join()
        process.stdout.close()


def test_make_mock_serves_the_effective_spec_to_the_client(
    mock: tuple[subprocess.Popen[str], list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    process, lines = mock
    client = get_client("planetscale")
    assert lines[0].startswith(
        "mock: serving specs/planetscale.yaml + specs/planetscale.overlay.yaml (examples) on "
        "http://127.0.0.1:"
    )
    exports = next(line for line in lines if line.startswith("  export "))
    variables = dict(pair.split("=", 1) for pair in exports.split()[1:])
    assert set(variables) == {
        "PLANETSCALE_BASE_URL",
        "PLANETSCALE_SERVICE_TOKEN_ID",
        "PLANETSCALE_SERVICE_TOKEN",
    }
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", variables["PLANETSCALE_BASE_URL"])
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    package = __import__(client.package_name)
    with getattr(package, client.class_name)() as api:  # configured by the printed variables
        database = api.databases.get("acme", "shop")
        assert database.name is not None
        page = api.databases.list("acme")
        # next_page comes from our overlay: Prism on the raw spec would not send it.
        assert "next_page" in page.response.parsed.to_dict()
        assert list(page)  # iterating follows the pages the mock describes
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    port = int(variables["PLANETSCALE_BASE_URL"].rsplit(":", 1)[1])
    with pytest.raises(OSError):
        __import__("socket").create_connection(("127.0.0.1", port), timeout=1).close()


def test_make_mock_names_the_apis_when_none_is_given() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "mock"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "the following arguments are required: API" in result.stderr

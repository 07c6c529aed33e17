"""Make one GET in a fresh process and print, as JSON, how it ended and its peak memory.

``python -m tests.faults.memory_probe <api> <sync|async> <server url> [max_response_size]``:
the fault suite runs this (:func:`measure`) for answers that could exhaust memory, so that the
measure is this call's alone and a runaway client cannot take the test run down with it.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from tests.faults.apis import APIS

STATUS = Path("/proc/self/status")
ROOT = Path(__file__).resolve().parents[2]


def measure(api_name: str, mode: str, server_url: str, *limit: int) -> dict[str, Any]:
    """Run the probe in a process of its own (without debug logging); return its report."""
    environment = {k: v for k, v in os.environ.items() if not k.endswith("_LOG")}
    probe = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.faults.memory_probe",
            api_name,
            mode,
            server_url,
            *map(str, limit),
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    report: dict[str, Any] = json.loads(probe.stdout)
    return report


def _kib(field: str) -> int:
    line = next(line for line in STATUS.read_text().splitlines() if line.startswith(field))
    return int(line.split()[1])


def main(api_name: str, mode: str, server_url: str, *limit: str) -> dict[str, Any]:
    """``limit``: the client's ``max_response_size`` in bytes, when not the default."""
    api = next(api for api in APIS if api.name == api_name)
    settings = {"max_response_size": int(limit[0])} if limit else {}
    client = api.client(server_url, retry=api.package.RetryPolicy(max_retries=0), **settings)
    bound = api.resource.get.bind("shop")
    Path("/proc/self/clear_refs").write_text("5")  # peak RSS starts again from here
    before = _kib("VmRSS")
    started = time.monotonic()
    error: BaseException | None = None
    try:
        if mode == "sync":
            bound.operation.sync(*bound.args, client=client)
        else:

            async def call() -> None:
                try:
                    await bound.operation.asyncio(*bound.args, client=client)
                finally:
                    await client.aclose()

            asyncio.run(call())
    except Exception as raised:
        error = raised
    elapsed = time.monotonic() - started
    peak = _kib("VmHWM")
    client.close()
    return {
        "error": type(error).__name__ if error else None,
        "documented": isinstance(error, api.package.APIError),
        "limit": getattr(error, "limit", None),
        "traceback": "".join(traceback.format_exception(error)) if error else "",
        "elapsed": elapsed,
        "peak_growth": (peak - before) * 1024,
    }


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))

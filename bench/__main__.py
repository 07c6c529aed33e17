"""``make bench``: client call cost, import time, regeneration time and pagination memory.

Every figure is measured in this run; call costs are printed as ratios to raw httpx +
``.json()`` measured alongside them.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

import httpx
from planetscale_client import PlanetScaleClient
from planetscale_client.api.databases import list_databases

from bench.bench_clients import BASE_URL, planetscale_database, run
from generator.regenerate import build_clients
from generator.registry import CLIENTS

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = (
    "raw httpx + json",
    "ours (sync)",
    "ours (async)",
    "httpx + pydantic v2",
    "httpx + msgspec",
)


def call_cost_table() -> str:
    """Return the Markdown table of per-call cost ratios."""
    rows: dict[tuple[str, int, str], dict[str, float]] = defaultdict(dict)
    seconds: dict[tuple[str, int, str], float] = {}
    for api, items, body, variant, per_call, ratio in run():
        name = variant.replace("raw httpx + json (async)", "")
        if name:
            rows[(api, items, body)][name] = ratio
        if variant == "raw httpx + json":
            seconds[(api, items, body)] = per_call
    lines = [
        "| response | raw httpx + json (µs) | " + " | ".join(COLUMNS) + " |",
        "|---|---|" + "---|" * len(COLUMNS),
    ]
    for (api, items, body), ratios in rows.items():
        cells = " | ".join(f"{ratios[c]:.2f}" for c in COLUMNS)
        label = f"{api}, {items} item{'s' if items > 1 else ''}"
        if body != "exact":
            label += f", {body} in each"
        lines.append(f"| {label} | {seconds[(api, items, body)] * 1e6:.0f} | {cells} |")
    return "\n".join(lines)


def import_cost(package: str, repeats: int = 7) -> float:
    """Return the median milliseconds importing ``package`` costs beyond importing httpx.

    As users have it: the bytecode caches written (by a first import), then fresh
    interpreters that read them.
    """
    script = (
        f"import time, httpx; t = time.perf_counter(); import {package}; "
        "print(time.perf_counter() - t)"
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-c", script]
    subprocess.run(command, capture_output=True, check=True, env=environment)  # writes .pyc
    samples = [
        float(
            subprocess.run(
                command, capture_output=True, text=True, check=True, env=environment
            ).stdout
        )
        for _ in range(repeats)
    ]
    return statistics.median(samples) * 1000


def regeneration_times() -> tuple[float, float]:
    """Return seconds for a no-op ``regenerate`` (subprocess) and a full one (both clients)."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "regenerate"], cwd=ROOT, check=True, capture_output=True
    )
    noop = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build_clients(CLIENTS, Path(tmp))
        full = time.perf_counter() - started
    return noop, full


def pagination_peak(pages: int, per_page: int = 100) -> tuple[int, int, int, int]:
    """Return (items seen, most bytes held at a page's first item, peak bytes, one page's
    bytes) while iterating ``pages`` pages."""
    bodies = [
        json.dumps(
            {
                "data": [planetscale_database(p * per_page + i) for i in range(per_page)],
                "next_page": p + 2 if p + 1 < pages else None,
            }
        ).encode()
        for p in range(pages)
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        body = bodies[int(request.url.params["page"]) - 1]
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with PlanetScaleClient("id", "token", base_url=BASE_URL, http_client=http) as client:
        # warm up (imports, the decoder) outside the measurement
        list(
            client.paginate(
                list_databases, organization="acme", per_page=per_page, max_items=per_page
            )
        )
        gc.collect()
        tracemalloc.start()
        count, held = 0, 0
        for _ in client.paginate(list_databases, organization="acme", per_page=per_page):
            if count % per_page == 0:  # the first item of a page: that page is in memory
                gc.collect()  # what is still referenced, not garbage awaiting the collector
                held = max(held, tracemalloc.get_traced_memory()[0])
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        tracemalloc.start()
        page = list_databases.sync("acme", client=client, page=1, per_page=per_page)
        page_bytes = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del page
    return count, held, peak, page_bytes


def main() -> None:
    print("## Per-call cost, ratio to raw httpx + .json() in the same run (lower is faster)\n")
    print(call_cost_table())
    print("\n## Import time beyond `import httpx` (median of 7 fresh interpreters)\n")
    for package in ("planetscale_client", "planship_client"):
        print(f"- `import {package}`: {import_cost(package):.1f} ms")
    noop, full = regeneration_times()
    print("\n## Regeneration\n")
    print(f"- `python -m generator regenerate` with nothing changed: {noop:.2f} s")
    print(f"- full generation of both clients: {full:.2f} s")
    print("\n## Pagination memory (tracemalloc, 100 items a page)\n")
    _, _, one_peak, page = pagination_peak(1)
    count, held, peak, _ = pagination_peak(100)
    print(
        f"- one decoded page holds {page / 1024:.0f} KiB; iterating 1 page peaks at "
        f"{one_peak / 1024:.0f} KiB"
    )
    print(
        f"- iterating {count} items over 100 pages: at most {held / 1024:.0f} KiB still "
        f"referenced at the start of a page ({held / page:.1f} pages), peak "
        f"{peak / 1024:.0f} KiB; every page would take {100 * page / 1024 / 1024:.1f} MiB. "
        "Beyond one page: the LRU caches of urllib and re, one entry per page URL (bounded)"
    )


if __name__ == "__main__":
    main()

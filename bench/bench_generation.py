"""Generation cost against stock openapi-python-client 0.29.1, in the same run on this machine.

For each corpus document (tests/corpus, overlays applied): ours is the whole path of
``make regenerate`` for one client (load and validate, normalise, parse, render, ruff, the
import check); stock is ``openapi-python-client generate`` with no config (its parse, render
and its own ruff post-hooks) on the same effective document, written as JSON. Each runs in a
fresh process; the figures are the medians of interleaved rounds: CPU seconds (user + system,
the process and its children: steadier than wall time on a shared machine), wall seconds, and
the peak resident memory of the process tree.

    python -m bench.bench_generation [name ...]    # default: the largest corpus documents
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from generator.config import load_config
from generator.specs import iter_operations, load_spec

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
DOCUMENTS = ("discord", "dropbox_sign", "airflow_v2")
"""The largest corpus documents ours generates (discord.json, 1.2 MB, stock cannot read)."""
ROUNDS = 3

OURS = """
import sys
from pathlib import Path
from generator.config import load_config
from generator.regenerate import build_clients
build_clients([load_config(Path(sys.argv[1]))], Path(sys.argv[2]))
"""


@dataclass(frozen=True)
class Run:
    """One generation: what it cost, and whether it made a package."""

    cpu: float
    wall: float
    peak_mib: float
    ok: bool


def measure(command: list[str], cwd: Path) -> Run:
    """Run ``command`` and return its CPU and wall seconds and peak memory (its process tree)."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as process:
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    return Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, status == 0)


def compare(name: str, rounds: int = ROUNDS) -> dict[str, list[Run]]:
    """Generate corpus document ``name`` with ours and with stock, ``rounds`` times each."""
    config = CORPUS / f"{name}.config.yaml"
    runs: dict[str, list[Run]] = {"ours": [], "stock": []}
    with tempfile.TemporaryDirectory(prefix="bench-generation-") as tmp:
        folder = Path(tmp)
        effective = folder / f"{name}.json"
        document = load_spec(load_config(config)).document
        # YAML dates (an unquoted 2024-01-02) as the ISO text they were written as
        effective.write_text(json.dumps(document, default=lambda value: value.isoformat()))
        stock = Path(sys.executable).with_name("openapi-python-client")
        for index in range(rounds):
            commands = {
                "ours": [sys.executable, "-c", OURS, str(config), str(folder / f"ours{index}")],
                "stock": [
                    str(stock),
                    "generate",
                    "--path",
                    str(effective),
                    "--output-path",
                    str(folder / f"stock{index}"),
                ],
            }
            order = ("ours", "stock") if index % 2 == 0 else ("stock", "ours")
            for tool in order:
                runs[tool].append(measure(commands[tool], ROOT))
    return runs


def table(names: tuple[str, ...]) -> str:
    """Return the Markdown table comparing ours and stock on each document of ``names``."""
    lines = [
        "| document | operations | ours CPU s | stock CPU s | CPU ours/stock | ours wall s | "
        "stock wall s | ours peak MiB | stock peak MiB | memory ours/stock |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name in names:
        spec = load_spec(load_config(CORPUS / f"{name}.config.yaml"))
        operations = sum(1 for _ in iter_operations(spec.document))
        size = (CORPUS / spec.source.name).stat().st_size / 1e6
        runs = compare(name)
        figures = {
            tool: [
                statistics.median(getattr(r, field) for r in results)
                for field in ("cpu", "wall", "peak_mib")
            ]
            for tool, results in runs.items()
        }
        ours, stock = figures["ours"], figures["stock"]
        stock_ok = all(r.ok for r in runs["stock"])
        if not all(r.ok for r in runs["ours"]):
            raise SystemExit(f"{name}: our generation failed")
        stock_cells = (
            f"{stock[0]:.1f} | {ours[0] / stock[0]:.2f}"
            if stock_ok
            else f"{stock[0]:.1f} (refused the document) | n/a"
        )
        lines.append(
            f"| {name} ({size:.1f} MB) | {operations} | {ours[0]:.1f} | {stock_cells} | "
            f"{ours[1]:.1f} | {stock[1]:.1f} | {ours[2]:.0f} | {stock[2]:.0f} | "
            f"{ours[2] / stock[2]:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    names = tuple(sys.argv[1:]) or DOCUMENTS
    print(f"## Generation cost against stock openapi-python-client (medians of {ROUNDS} rounds)\n")
    print(table(names))


if __name__ == "__main__":
    main()

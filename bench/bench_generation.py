"""Generation cost against stock openapi-python-client 0.29.1, in the same run on this machine.

For each corpus document (tests/corpus, overlays applied, written as JSON; for discord.json
also without its two empty enums, which stock refuses the whole document for): ours is the
whole path of ``make regenerate`` for one client on it (load and validate, normalise, parse,
render, ruff, the import check); stock is ``openapi-python-client generate`` with no config
(its parse, render and its own ruff post-hooks). Each runs under a small fresh process that
reports what its children used; the figures are the medians of interleaved rounds: CPU seconds
(user + system of every process: steadier than wall time on a shared machine), wall seconds,
and the peak resident memory of the largest process.

    python -m bench.bench_generation [name ...]    # default: the largest corpus documents
"""

from __future__ import annotations

import json
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
"""The largest corpus documents ours generates."""
ROUNDS = 3

OURS = """
import sys
from pathlib import Path
from generator.config import load_config
from generator.regenerate import build_clients
build_clients([load_config(Path(sys.argv[1]))], Path(sys.argv[2]))
"""
MEASURE = """
import json, resource, subprocess, sys
ok = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps([used.ru_utime + used.ru_stime, used.ru_maxrss, ok == 0]))
"""
"""Runs a command and prints what it used: from a small process, since a child's peak memory
starts from its parent's size when it is forked."""


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
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    cpu, peak_kib, ok = json.loads(result.stdout)
    return Run(cpu, wall, peak_kib / 1024, ok)


def compare(name: str, rounds: int = ROUNDS) -> dict[str, list[Run]]:
    """Generate corpus document ``name`` with ours and with stock, ``rounds`` times each."""
    runs: dict[str, list[Run]] = {"ours": [], "stock": []}
    with tempfile.TemporaryDirectory(prefix="bench-generation-") as tmp:
        folder = Path(tmp)
        effective = folder / f"{name}.json"
        document = load_spec(load_config(CORPUS / f"{name}.config.yaml")).document
        _without_empty_enums(document)
        # YAML dates (an unquoted 2024-01-02) as the ISO text they were written as
        effective.write_text(
            json.dumps(document, default=lambda value: value.isoformat(), ensure_ascii=False),
            encoding="utf-8",
        )
        config = folder / f"{name}.config.yaml"
        config.write_text(f"spec: {effective.name}\n", encoding="utf-8")
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


def _without_empty_enums(node: object) -> None:
    """Drop ``enum: []`` (valid in 3.1; stock refuses the whole document for one)."""
    if isinstance(node, dict):
        if node.get("enum") == []:
            node.pop("enum")
        for value in node.values():
            _without_empty_enums(value)
    elif isinstance(node, list):
        for value in node:
            _without_empty_enums(value)


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
            else f"{stock[0]:.1f} (failed) | n/a"
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

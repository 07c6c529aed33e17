"""``python -m generator diff``: placeholder until the diff report lands."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of the diff command."""
    parser.add_argument("--base", default=None, help="git ref to compare with")
    parser.add_argument("--format", choices=["markdown", "json"], default="markdown")
    parser.add_argument("--output", default=None, help="write the report to this file")


def run(args: argparse.Namespace) -> int:
    """Print the report and return the exit status."""
    raise SystemExit("make diff is not implemented yet")

"""Where the repository's folders are: the pipeline's inputs and its output."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
"""The API descriptions, their overlays and each API's config file."""
TEMPLATES_DIR = ROOT / "templates"
GENERATED_DIR = ROOT / "generated"
CHANGELOGS_FOLDER = "changelogs"
"""Beside specs/: each package's release history (``make release``), copied into the package."""

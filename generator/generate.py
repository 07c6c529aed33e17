"""Generate one client package: openapi-python-client with our templates, then post-processing."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from generator.registry import TEMPLATES_DIR, ClientSpec
from generator.specs import Spec

GENERATOR_VERSION = version("openapi-python-client")

# Files we write no header into: their format has no comments, or they are binary.
_NO_HEADER = {".json", ".typed"}
_COMMENT_STYLES = {".md": ("<!--", "-->")}


class GenerationError(Exception):
    """openapi-python-client could not turn a valid spec into a complete package."""


def generate_client(client: ClientSpec, spec: Spec, destination: Path) -> None:
    """Write the complete, formatted package for ``client`` into ``destination``.

    ``destination`` must not exist yet. Raises :class:`GenerationError` when
    openapi-python-client reports anything at all (it skips operations it cannot
    handle with only a warning, and a client silently missing an operation is worse
    than no new client) or when the result does not compile and import.
    """
    config = _load_config(client, destination)
    openapi = GeneratorData.from_dict(spec.document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(_describe(client, [openapi]))
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.globals.update(api=_template_context(client, spec))
    project.env.filters["markdown_cell"] = _markdown_cell
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"
        errors = project.build()
    if errors:
        raise GenerationError(_describe(client, errors))
    _run_ruff(destination)
    _add_headers(client, destination)
    _check_importable(client, destination)


def header_lines(client: ClientSpec) -> list[str]:
    """Return the lines that open every generated file, without comment markers."""
    sources = " + ".join(client.relative(path) for path in (client.spec, *client.overlays))
    return [
        f"Generated from {sources} by openapi-python-client {GENERATOR_VERSION} "
        "with the templates in templates/.",
        "Do not edit: `make regenerate` rebuilds this file.",
    ]


def _load_config(client: ClientSpec, destination: Path) -> Config:
    config_file = ConfigFile.load_from_path(client.config)
    config_file.project_name_override = client.project_name
    config_file.package_name_override = client.package_name
    config_file.post_hooks = []  # ruff runs below, explicitly, from this environment
    return Config.from_sources(
        config_file,
        MetaType.UV,
        document_source=client.spec,
        file_encoding="utf-8",
        overwrite=False,
        output_path=destination,
    )


def _template_context(client: ClientSpec, spec: Spec) -> dict[str, Any]:
    info = spec.document.get("info", {})
    servers = spec.document.get("servers") or [{}]
    return {
        "name": client.name,
        "title": client.title,
        "spec": client.relative(client.spec),
        "version": str(info.get("version", "")),
        "description": str(info.get("description", "")).strip(),
        "base_url": servers[0].get("url", ""),
        "header": header_lines(client),
    }


def _markdown_cell(value: object) -> str:
    """Render a spec string (possibly an ``UntrustedString``) as one Markdown table cell."""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)
    return " ".join(raw.split()).replace("|", "\\|")


def _describe(client: ClientSpec, errors: Any) -> str:
    lines = [f"{client.relative(client.spec)}: openapi-python-client could not generate it:"]
    for error in errors:
        detail = f": {error.detail}" if error.detail else ""
        lines.append(f"  - {error.level.value}: {error.header}{detail}")
    return "\n".join(lines)


def _run_ruff(destination: Path) -> None:
    # ``python -m ruff`` is the ruff pinned in this environment, never one found on PATH;
    # --no-cache keeps .ruff_cache out of the output.
    for args in (("check", "--fix-only", "--quiet"), ("format", "--quiet")):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args, "--no-cache", "."],
            cwd=destination,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed on the generated code:\n{result.stderr}")


def _add_headers(client: ClientSpec, destination: Path) -> None:
    lines = header_lines(client)
    for path in sorted(destination.rglob("*")):
        if not path.is_file() or path.suffix in _NO_HEADER:
            continue
        opening, closing = _COMMENT_STYLES.get(path.suffix, ("#", ""))
        header = "".join(f"{opening} {line}{' ' + closing if closing else ''}\n" for line in lines)
        path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8")


def _check_importable(client: ClientSpec, destination: Path) -> None:
    """Import every module of the new package in a fresh interpreter."""
    script = (
        "import importlib, pkgutil, sys\n"
        f"sys.path.insert(0, {str(destination)!r})\n"
        f"import {client.package_name} as package\n"
        "for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "    importlib.import_module(module.name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-B", "-c", script],
        cwd=destination,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise GenerationError(
            f"the generated {client.package_name} does not import:\n{result.stderr.strip()}"
        )

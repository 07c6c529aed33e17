"""Generate one client package: openapi-python-client with our templates, then post-processing."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from generator.errors import GenerationError
from generator.fingerprint import STAMP_NAME, inputs_digest, output_digest, stamp_text
from generator.registry import TEMPLATES_DIR, ClientSpec
from generator.specs import Spec, iter_operations

RUNTIME_TEMPLATES = TEMPLATES_DIR / "runtime"
AUTH_KINDS = {
    # auth kind -> the credential classes the package exports
    "service_token": ("BearerToken", "ServiceToken"),
    "client_credentials": ("ClientCredentials",),
}

GENERATOR_VERSION = version("openapi-python-client")

# Files we write no header into: their format has no comments, or they are binary.
_NO_HEADER = {".json", ".typed"}
_COMMENT_STYLES = {".md": ("<!--", "-->")}


class _CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once per process: openapi-python-client builds a new Jinja
    environment for every package, and compiling the templates again is most of the time
    a package takes (jinja checks each template's source, so an edit is recompiled)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED_TEMPLATES = _CompiledTemplates()


def generate_client(
    client: ClientSpec, spec: Spec, destination: Path, *, finish: bool = True
) -> None:
    """Write the complete, formatted package for ``client`` into ``destination``.

    ``destination`` must not exist yet. Raises :class:`GenerationError` when
    openapi-python-client reports anything at all (it skips operations it cannot
    handle with only a warning, and a client silently missing an operation is worse
    than no new client) or when the result does not compile and import.
    ``finish=False`` stops once the templates are rendered (no ruff, file headers,
    import check or fingerprint): the same code and types, for a package that is only
    type-checked and thrown away, as the diff's verdict oracle does for each of its cases.
    """
    config = _load_config(client, destination)
    options = load_client_options(client)
    openapi = GeneratorData.from_dict(spec.document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(_describe(client, [openapi]))
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.bytecode_cache = _COMPILED_TEMPLATES
    project.env.add_extension("jinja2.ext.do")
    project.env.globals.update(api=_template_context(client, spec, options, openapi))
    project.env.filters["markdown_cell"] = _markdown_cell
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"
        errors = project.build()
    if errors:
        raise GenerationError(_describe(client, errors))
    _render_runtime(project)
    if not finish:
        return
    _run_ruff(destination)
    _add_headers(client, destination)
    _check_importable(client, destination)
    (destination / STAMP_NAME).write_text(
        stamp_text(header_lines(client), inputs_digest(client), output_digest(destination)),
        encoding="utf-8",
    )


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


@dataclass(frozen=True)
class ClientOptions:
    """Our runtime's settings for one client: the ``client:`` section of its config file."""

    class_name: str
    env_prefix: str
    auth: str
    error_model: str
    base_url: str | None = None


def load_client_options(client: ClientSpec) -> ClientOptions:
    """Return the ``client:`` section of ``client.config``, checked."""
    data = yaml.safe_load(client.config.read_text(encoding="utf-8")) or {}
    section = data.get("client")
    where = client.relative(client.config)
    if not isinstance(section, dict):
        raise GenerationError(f"{where}: needs a 'client:' section (class_name, env_prefix, ...)")
    try:
        options = ClientOptions(**section)
    except TypeError as err:
        raise GenerationError(f"{where}: client: {err}") from err
    if options.auth not in AUTH_KINDS:
        raise GenerationError(
            f"{where}: client.auth must be one of {sorted(AUTH_KINDS)}, not {options.auth!r}"
        )
    return options


def _template_context(
    client: ClientSpec, spec: Spec, options: ClientOptions, openapi: GeneratorData
) -> dict[str, Any]:
    document = spec.document
    info = document.get("info", {})
    servers = document.get("servers") or [{}]
    base_url = options.base_url or servers[0].get("url")
    if not base_url:
        raise GenerationError(
            f"{client.relative(client.spec)} declares no servers: set client.base_url in "
            f"{client.relative(client.config)}"
        )
    error_models = [m for m in openapi.models if m.class_info.name == options.error_model]
    if not error_models:
        raise GenerationError(
            f"{client.relative(client.config)}: client.error_model {options.error_model!r} is "
            "not a model of the spec"
        )
    return {
        "name": client.name,
        "title": client.title,
        "spec": client.relative(client.spec),
        "version": str(info.get("version", "")),
        "description": str(info.get("description", "")).strip(),
        "base_url": base_url.rstrip("/"),
        "header": header_lines(client),
        "class_name": options.class_name,
        "env_prefix": options.env_prefix,
        "auth": options.auth,
        "auth_exports": AUTH_KINDS[options.auth],
        "token_path": _token_path(document) if options.auth == "client_credentials" else "",
        "error_model": options.error_model,
        "error_model_module": error_models[0].class_info.module_name,
        "unauthenticated": sorted(_unauthenticated_operations(document)),
        "basic_auth": sorted(_basic_auth_operations(document)),
        "credentials_hint": _credentials_hint(options),
    }


def _unauthenticated_operations(document: dict[str, Any]) -> set[str]:
    """Return the operationIds whose effective security requirement is empty or optional."""
    default = document.get("security") or []
    public = set()
    for _, _, operation in iter_operations(document):
        requirements = operation.get("security", default)
        if not requirements or {} in requirements:
            public.add(operation["operationId"])
    return public


def _basic_auth_operations(document: dict[str, Any]) -> set[str]:
    """Return the operationIds secured only by HTTP Basic (e.g. an OAuth2 token endpoint)."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    basic = {
        name
        for name, scheme in schemes.items()
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic"
    }
    found = set()
    for _, _, operation in iter_operations(document):
        requirements = operation.get("security", document.get("security")) or []
        if requirements and all(set(req) <= basic for req in requirements):
            found.add(operation["operationId"])
    return found


def _token_path(document: dict[str, Any]) -> str:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        flow = (scheme.get("flows") or {}).get("clientCredentials")
        if scheme.get("type") == "oauth2" and flow:
            return str(flow["tokenUrl"])
    raise GenerationError("client.auth is client_credentials but the spec has no such flow")


def _credentials_hint(options: ClientOptions) -> str:
    prefix = options.env_prefix
    if options.auth == "service_token":
        return (
            f"pass service_token_id and service_token (or set {prefix}_SERVICE_TOKEN_ID and "
            f"{prefix}_SERVICE_TOKEN), or oauth_token"
        )
    return (
        f"pass client_id and client_secret (or set {prefix}_CLIENT_ID and {prefix}_CLIENT_SECRET)"
    )


def _render_runtime(project: Project) -> None:
    """Render our hand-written runtime (templates/runtime/*.jinja) into the package."""
    for template in sorted(RUNTIME_TEMPLATES.glob("*.jinja")):
        target = project.package_dir / template.name.removesuffix(".jinja")
        rendered = project.env.get_template(f"runtime/{template.name}").render()
        target.write_text(rendered, encoding="utf-8")


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

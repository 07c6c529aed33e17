"""Generate one client package: openapi-python-client with our templates, then post-processing."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import attrs
import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString

from generator import changelog, escaping
from generator.config import ClientSpec
from generator.context import ApiView, build_api_view
from generator.environment import without_secrets
from generator.errors import GenerationError
from generator.fingerprint import STAMP_NAME, inputs_digest, output_digest, stamp_text
from generator.method_reference import link_types, method_entries
from generator.names import choose_names
from generator.normalise import Normalised
from generator.operations import STATUS_ERRORS
from generator.pagination import resolve_pagination
from generator.parse import OBJECT_TEXT, describe, document_names, parse_spec, rename_models
from generator.registry import TEMPLATES_DIR
from generator.signatures import (
    declarations,
    expand_maps,
    field_value,
    signature_parameters,
)
from generator.specs import Spec, iter_operations, text

RUNTIME_TEMPLATES = TEMPLATES_DIR / "runtime"
GENERATOR_VERSION = version("openapi-python-client")

# Files we write no header into: their format has no comments, or they are binary.
_NO_HEADER = {".json", ".typed"}
_COMMENTS: dict[str, Callable[[str], str]] = {
    ".md": lambda line: f"<!-- {escaping.html_comment(line)} -->",
}
"""How a header line is written in a file of each suffix (a ``#`` comment otherwise)."""

_DROPPED = ("Endpoint will not be generated", "body will not be")

RUNTIME_DEPENDENCIES = (
    "httpx>=0.27,<1",
    # msgspec 0.18.0 and 0.18.1 do not keep an enum value the spec does not list.
    "msgspec>=0.18.2",
    # httpcore imports sniffio on every async request (4 times) and falls back to asyncio when
    # it is missing; a failed import costs about 80 µs, so without it an async call over a
    # socket is about 0.37 ms slower (measured: 1.35 ms against 0.98 ms on 127.0.0.1).
    "sniffio>=1.3",
)
"""What every generated package depends on (its pyproject.toml and README say so): the lower
bounds are those ``make test-lowest`` proves."""


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
) -> list[str]:
    """Write the complete, formatted package for ``client`` into ``destination``.

    Returns openapi-python-client's warnings about parts that were generated in a reduced
    form. Raises :class:`GenerationError`, listing every problem at once, when an operation a
    user would call could not be generated, or when the result does not import.
    ``destination`` must not exist yet. ``finish=False`` stops once the templates are rendered
    (no ruff, file headers, import check or fingerprint): the same code and types, for a
    package that is only type-checked and thrown away, as the diff's verdict oracle does.
    """
    parsed = parse_spec(client, spec, lambda n: _load_config(client, destination, n))
    normalised, openapi, config = parsed.normalised, parsed.openapi, parsed.config
    rename_models(openapi, _names(client, spec, openapi, config.field_prefix), config.field_prefix)
    _binary_in_json_as_text(openapi)
    view = build_api_view(client, spec, header_lines(client), openapi, config.field_prefix)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.bytecode_cache = _COMPILED_TEMPLATES
    project.env.add_extension("jinja2.ext.do")
    project.env.globals.update(api=view)
    project.env.filters.update(ESCAPING_FILTERS)
    project.env.finalize = refuse_unescaped
    project.env.filters["qualify_builtins"] = _qualify_builtins
    project.env.filters["doc_text"] = text
    project.env.filters["expand_maps"] = lambda text: expand_maps(text, view.maps)
    project.env.globals["package_version"] = view.version
    project.env.globals["status_errors"] = STATUS_ERRORS
    project.env.globals["runtime_dependencies"] = RUNTIME_DEPENDENCIES
    project.env.globals["runtime_dependency_names"] = [
        re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0] for requirement in RUNTIME_DEPENDENCIES
    ]
    project.env.globals.update(
        signature_parameters=signature_parameters,
        declarations=declarations,
        field_value=field_value,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"
        problems = project.build()
    fatal, warnings = _classify(problems)
    if fatal:
        raise GenerationError(_describe(client, fatal + warnings))
    _render_runtime(project)
    _render_resources(project, view)
    _render_testing(project, view, spec, openapi)
    _render_method_reference(project, view, client.package_name)
    _check_no_object_text(destination)
    notes = [
        *normalised.warnings,
        *(f"{client.name}: {line}" for line in parsed.warnings),
        *(f"{client.name}: {line}" for line in view.warnings),
        *(f"{spec.where(pointer)}: {message}" for pointer, message in view.security.warnings),
        *(f"{client.name}: {line}" for line in describe(warnings, level=False)),
    ]
    if not finish:
        return notes
    _run_ruff(destination)
    _add_headers(client, destination)
    changelog.install(client, destination)
    _check_importable(client, destination)
    (destination / STAMP_NAME).write_text(
        stamp_text(header_lines(client), inputs_digest(client), output_digest(destination)),
        encoding="utf-8",
    )
    return notes


def _binary_in_json_as_text(openapi: GeneratorData) -> None:
    """Type ``format: binary`` fields of JSON objects ``str``.

    JSON carries no bytes: what such a field holds on the wire is text (base64, usually), and
    openapi-python-client's ``File`` there can be neither read nor sent. Only the models of
    multipart bodies keep ``File``: their fields are sent as file parts.
    """
    multipart = {str(m.class_info.name) for m in openapi.models if m.is_multipart_body}
    bodies = [
        body.prop
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for body in endpoint.bodies
        if isinstance(body.prop, ModelProperty)
    ]
    # The models, and the endpoints' copies of them (whose fields become the resource
    # methods' keyword arguments): not always the same lists.
    for model in [*openapi.models, *bodies]:
        if str(model.class_info.name) in multipart:
            continue
        for fields in (model.required_properties, model.optional_properties):
            if fields:
                fields[:] = [_as_text(field) for field in fields]


def _as_text(prop: Any) -> Any:
    if isinstance(prop, FileProperty):
        return StringProperty(
            name=prop.name,
            required=prop.required,
            default=None,
            python_name=prop.python_name,
            description=prop.description,
            example=prop.example,
        )
    if isinstance(prop, ListProperty):
        return attrs.evolve(prop, inner_property=_as_text(prop.inner_property))
    if isinstance(prop, UnionProperty):
        return attrs.evolve(prop, inner_properties=[_as_text(p) for p in prop.inner_properties])
    return prop


def header_lines(client: ClientSpec) -> list[str]:
    """Return the lines that open every generated file, without comment markers."""
    sources = " + ".join(client.relative(path) for path in (client.spec, *client.overlays))
    return [
        f"Generated from {sources} by openapi-python-client {GENERATOR_VERSION} "
        "with the templates in templates/.",
        "Do not edit: `make regenerate` rebuilds this file.",
    ]


def _load_config(client: ClientSpec, destination: Path, normalised: Normalised) -> Config:
    options = dict(client.generator_options)
    options["content_type_overrides"] = normalised.content_type_overrides
    config_file = ConfigFile(**options)
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


def _names(client: ClientSpec, spec: Spec, openapi: GeneratorData, prefix: str) -> dict[str, str]:
    """The renames of a first parse (see generator/names.py)."""
    endpoints = [
        endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    ]
    names = document_names(spec.document, prefix).operations
    operation_ids = {
        names[(path, method)]: str(operation.get("operationId") or "")
        for path, method, operation in iter_operations(spec.document)
    }
    pagination = resolve_pagination(client, endpoints, operation_ids)
    return choose_names(
        client,
        openapi,
        ((spec.document.get("components") or {}).get("schemas") or {}).keys(),
        {key: view.item_type for key, view in pagination.items()},
        prefix,
    )


def _classify(
    problems: Sequence[GeneratorError],
) -> tuple[list[GeneratorError], list[GeneratorError]]:
    """Split problems into those that drop something a user would call, and the others."""
    fatal: list[GeneratorError] = []
    warnings: list[GeneratorError] = []
    seen: set[tuple[str, str]] = set()
    for problem in problems:
        key = (text(problem.header), text(problem.detail))
        if key in seen:  # an endpoint with several tags is reported once per tag
            continue
        seen.add(key)
        dropped = any(marker in key[0] + key[1] for marker in _DROPPED)
        (fatal if dropped or problem.level == ErrorLevel.ERROR else warnings).append(problem)
    return fatal, warnings


def _render_runtime(project: Project) -> None:
    """Render our hand-written runtime (templates/runtime/, its folders too) into the package."""
    for template in sorted(RUNTIME_TEMPLATES.rglob("*.jinja")):
        relative = template.relative_to(RUNTIME_TEMPLATES)
        target = project.package_dir / relative.with_suffix("")
        target.parent.mkdir(exist_ok=True)
        rendered = project.env.get_template(f"runtime/{relative.as_posix()}").render()
        target.write_text(rendered, encoding="utf-8")


def _render_testing(project: Project, view: ApiView, spec: Spec, openapi: GeneratorData) -> None:
    """Render ``testing.py`` (the stubs of each resource) and the spec the stubs check against
    (``_testing/openapi.json``: the effective document, with the error model's schema as
    ``x-error-model`` for statuses the operations do not document, and the file header as
    ``x-generated``)."""
    imports = sorted(
        {
            line.replace("from ..", "from .", 1)
            for resource in view.resources
            for line in resource.imports
            if line.startswith(("from ..models", "from ..types"))
        }
    )
    template = project.env.get_template("testing/testing.py.jinja")
    (project.package_dir / "testing.py").write_text(
        template.render(testing_imports=imports), encoding="utf-8"
    )
    # JSON has no comments: the header that opens every generated file is its first field
    document = {"x-generated": " ".join(view.header), **spec.document}
    pointers = {str(m.class_info.name): text(m.name) for m in openapi.models}
    error_pointer = pointers.get(view.error_model or "", "")
    if error_pointer.startswith("/components/schemas/"):
        document["x-error-model"] = f"#{error_pointer}"
    (project.package_dir / "_testing" / "openapi.json").write_text(
        json.dumps(document, indent=1, ensure_ascii=True, default=str) + "\n", encoding="utf-8"
    )


def _render_resources(project: Project, view: ApiView) -> None:
    """Render ``resources/<name>.py`` for each resource (``client.<name>``)."""
    folder = project.package_dir / "resources"
    folder.mkdir()
    template = project.env.get_template("resources/resource.py.jinja")
    for resource in view.resources:
        (folder / f"{resource.name}.py").write_text(
            template.render(resource=resource), encoding="utf-8"
        )
    init = project.env.get_template("resources/__init__.py.jinja")
    (folder / "__init__.py").write_text(init.render(), encoding="utf-8")


def _render_method_reference(project: Project, view: ApiView, package: str) -> None:
    """Render ``api.md``, every method in one place (generator/method_reference.py)."""
    template = project.env.get_template("api.md.jinja")
    rendered = template.render(
        method_entries=method_entries,
        link_types=lambda annotation: link_types(annotation, view.type_modules, package),
    )
    (project.project_dir / "api.md").write_text(rendered, encoding="utf-8")


def _qualify_builtins(text: object, names: frozenset[str]) -> str:
    """Write the builtins a method name hides in its class (``list``) as ``builtins.list``."""
    source = text.as_unembedded_code() if hasattr(text, "as_unembedded_code") else str(text)
    if not names:
        return source
    pattern = r"(?<![\w.])(" + "|".join(sorted(names)) + r")(?=\[|\s*[|,)\]]|$)"
    return re.sub(pattern, r"builtins.\1", source)


ESCAPING_FILTERS: dict[str, Callable[..., str]] = {
    "py_literal": escaping.py_literal,
    "docstring": escaping.docstring,
    # openapi-python-client's name for the same target, so its templates use ours too
    "safe_for_docstring": escaping.docstring,
    "py_comment": escaping.py_comment,
    "toml_string": escaping.toml_string,
    "md_text": escaping.md_text,
    "md_code": escaping.md_code,
    "md_cell": escaping.md_cell,
    "html_text": escaping.html_text,
}
"""The escaping functions (generator/escaping.py) as Jinja filters: one per target."""


def refuse_unescaped(value: object) -> object:
    """The environment's ``finalize``: spec text written by ``{{ }}`` without an escaping
    filter is a template bug, refused before it reaches a file."""
    if isinstance(value, UntrustedString):
        raise GenerationError(
            "a template writes spec text without an escaping filter (a generator bug: "
            f"please report it with the spec): {escaping.untrusted(value)[:80]!r}"
        )
    return value


def _check_no_object_text(destination: Path) -> None:
    """Raise :class:`GenerationError` if a rendered file holds an object's default ``str()``
    (``<...UntrustedString object at 0x...>``): different on every run, and not the text."""
    for path in sorted(destination.rglob("*")):
        if path.is_file() and path.suffix not in _NO_HEADER:
            found = OBJECT_TEXT.search(path.read_text(encoding="utf-8"))
            if found:
                raise GenerationError(
                    f"{path.relative_to(destination).as_posix()}: a template wrote "
                    f"{found.group()} instead of a text (a generator bug: please report it "
                    "with the spec)"
                )


def _describe(client: ClientSpec, problems: Sequence[GeneratorError]) -> str:
    lines = [
        f"{client.relative(client.spec)}: openapi-python-client could not generate every "
        "operation (all problems, in document order):",
        *(f"  - {line}" for line in describe(problems)),
    ]
    return "\n".join(lines)


def _check_syntax(destination: Path) -> None:
    """Raise :class:`GenerationError` naming the file, line and code of every rendered module
    that is not valid Python (a name from the spec the templates did not make safe)."""
    problems = []
    for path in sorted(destination.rglob("*.py")):
        try:
            compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        except SyntaxError as err:
            code = (err.text or "").strip()
            problems.append(
                f"{path.relative_to(destination).as_posix()}:{err.lineno}: {err.msg}: {code}"
            )
    if problems:
        raise GenerationError(
            "the templates rendered invalid Python (a generator bug: please report it with the "
            "spec):\n" + "\n".join(f"  {line}" for line in problems)
        )


def _run_ruff(destination: Path) -> None:
    _check_syntax(destination)
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
            raise GenerationError(
                f"ruff {args[0]} failed on the generated code:\n{result.stderr}{result.stdout}"
            )


def _add_headers(client: ClientSpec, destination: Path) -> None:
    lines = header_lines(client)
    for path in sorted(destination.rglob("*")):
        if not path.is_file() or path.suffix in _NO_HEADER:
            continue
        comment = _COMMENTS.get(path.suffix, _python_comment)
        header = "".join(f"{comment(line)}\n" for line in lines)
        path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8")


def _python_comment(line: str) -> str:
    return f"# {escaping.py_comment(line)}"


def _check_importable(client: ClientSpec, destination: Path) -> None:
    """Import every module of the new package in a fresh interpreter, without secrets in
    its environment (generator/environment.py)."""
    script = (
        "import importlib, pkgutil, sys\n"
        f"sys.path.insert(0, {escaping.py_literal(str(destination))})\n"
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
        env=without_secrets(),
    )
    if result.returncode != 0:
        raise GenerationError(
            f"the generated {client.package_name} does not import:\n{result.stderr.strip()}"
        )

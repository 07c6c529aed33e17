"""Each API's one declarative file, ``specs/<name>.config.yaml``, read into a checked ClientSpec.

The file holds what the spec cannot say: where the spec and overlays are, the names of the
package, client class and environment variables, and a few runtime choices (credential
argument names, pagination). Everything has a default derived from the file's name, so the
smallest config is one line: ``spec: <file>``. Paths are relative to the config file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError
from generator.paths import CHANGELOGS_FOLDER, GENERATED_DIR, ROOT

CONFIG_SUFFIX = ".config.yaml"
UPSTREAM_KINDS = ("openapi", "docs")

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_ENV_PREFIX = re.compile(r"^[A-Z][A-Z0-9_]*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_URL = re.compile(r"^https?://[^\s/]+(/\S*)?$")


@dataclass(frozen=True)
class AuthOverride:
    """How the client names (and composes) the credential of one security scheme."""

    arguments: tuple[str, ...] = ()
    """Constructor arguments, instead of the names derived from the scheme's name."""
    formats: Mapping[str, str] = field(default_factory=dict)
    """apiKey only: named templates of the key's value over the arguments; the first is used
    unless ``format_argument`` picks another."""
    format_argument: str | None = None
    env: bool = True
    """Whether each argument falls back to ``<ENV_PREFIX>_<ARGUMENT>``."""


@dataclass(frozen=True)
class PaginationRule:
    """How the list operations matched by ``operations`` move from page to page."""

    operations: tuple[str, ...]
    """operationIds or globs (``list*``) of the operations this rule applies to."""
    style: str
    """``offset``, ``page``, ``cursor``, ``next_url`` or ``link_header``."""
    items: str = ""
    """Where the items are in the response body: a dotted path; empty for a top-level array."""
    parameters: Mapping[str, str] = field(default_factory=dict)
    """The request parameters the style uses (``offset``/``limit``, ``page``/``size``,
    ``cursor``/``limit``), by role."""
    next: str | None = None
    """Response field with the next page number, cursor or URL (``data[-1].id`` allowed)."""
    has_more: str | None = None
    """Response field that is false on the last page."""
    start: int | None = None
    """The first page or offset, when the operation gives no default (page: 1, offset: 0)."""


@dataclass(frozen=True)
class Upstream:
    """Where an API's description comes from, and what the committed spec was made from."""

    url: str
    """The upstream OpenAPI document, or the documentation page the spec was reconstructed
    from (``kind: docs``)."""
    kind: str
    """``openapi``: the URL serves the document itself; ``docs``: a page rendered from it."""
    sha256: str
    """SHA-256 of what the committed spec was made from (``made_from``, else the spec)."""
    made_from: Path | None = None
    """A committed copy of what the spec was restored or reconstructed from, when the spec
    is not a verbatim copy of the upstream document."""


@dataclass(frozen=True)
class ClientSpec:
    """One API: where its description lives, and how its generated package is named and behaves."""

    name: str
    """Short identifier, used on the command line and in reports (the config file's stem)."""
    spec: Path
    """The upstream OpenAPI document, as received (kept faithful, see specs/README.md)."""
    package_name: str
    """The importable Python package; also the folder name under generated/."""
    config: Path
    """This API's config file."""
    overlays: tuple[Path, ...] = ()
    """OpenAPI Overlay 1.0 documents applied in order: our reviewed deviations from upstream."""
    title: str = ""
    """The API's name as people say it (the config's, else made from ``name``)."""
    title_from_config: bool = False
    """Whether ``title`` was set in the config; if not, generated text uses ``info.title``."""
    class_name: str = ""
    env_prefix: str = ""
    base_url: str | None = None
    """The default base URL when the spec's servers do not give a usable one."""
    version: str | None = None
    """The package version, instead of the spec's ``info.version`` (made PEP 440)."""
    error_model: str | None = None
    """A schema that describes error bodies of statuses the operations do not document."""
    auth: Mapping[str, AuthOverride] = field(default_factory=dict)
    pagination: tuple[PaginationRule, ...] = ()
    generator_options: Mapping[str, Any] = field(default_factory=dict)
    """openapi-python-client settings (``docstrings_on_attributes``, ``class_overrides``...)."""
    resources: Mapping[str, str] = field(default_factory=dict)
    """operationId → ``resource.method``: where an operation is on the client, when the
    name derived from its tag and operationId is not the one wanted."""
    names: Mapping[str, str] = field(default_factory=dict)
    """Generated class name → the name to give it instead."""
    upstream: Upstream | None = None
    """Where the spec comes from (``make update`` fetches it); None when not recorded."""

    def __hash__(self) -> int:  # the settings hold mappings: an API is known by its config file
        return hash((self.name, self.config))

    def api_title(self, document: Mapping[str, Any]) -> str:
        """The API's name as every text about it writes it (README, api.md, the site, the
        diff report): the config's ``title``, else the spec's ``info.title``."""
        if self.title_from_config:
            return self.title
        info = document.get("info") if isinstance(document, Mapping) else None
        found = info.get("title") if isinstance(info, Mapping) else None
        return " ".join(str(found).split()) if found else self.title

    @property
    def project_name(self) -> str:
        """The distribution name used by pip."""
        return self.package_name.replace("_", "-")

    @property
    def changelog(self) -> Path:
        """The package's committed changelog (``make release`` writes it, ``make regenerate``
        copies it into the package as CHANGELOG.md)."""
        return self.config.parent.parent / CHANGELOGS_FOLDER / f"{self.package_name}.md"

    @property
    def output_dir(self) -> Path:
        """The committed project folder (pyproject.toml, README.md and the package)."""
        return GENERATED_DIR / self.package_name

    def relative(self, path: Path) -> str:
        """Return ``path`` relative to the repository, for messages and file headers.

        A path outside the repository (a test's temporary spec) is shown by its file name,
        so that no machine-specific path ever lands in generated output.
        """
        try:
            return path.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            return path.name


def load_clients(folder: Path) -> tuple[ClientSpec, ...]:
    """Return the API of every ``*.config.yaml`` in ``folder``, sorted by name."""
    return tuple(load_config(path) for path in sorted(folder.glob(f"*{CONFIG_SUFFIX}")))


def load_config(path: Path) -> ClientSpec:
    """Return the checked ClientSpec of the config file at ``path``.

    Raises :class:`SpecError` naming the file, the line and the key for anything wrong.
    """
    reader = _Reader(path)
    data = reader.document()
    name = path.name.removesuffix(CONFIG_SUFFIX)
    if not _NAME.match(name):
        raise SpecError(
            path,
            f"the file name must be <name>{CONFIG_SUFFIX} with a lowercase "
            f"snake_case name, not {path.name!r}",
        )
    known = {
        "spec",
        "overlays",
        "title",
        "package",
        "client_class",
        "env_prefix",
        "base_url",
        "version",
        "error_model",
        "auth",
        "pagination",
        "openapi_python_client",
        "upstream",
        "resources",
        "names",
    }
    reader.check_keys(data, known, "")
    spec = reader.path(data, "spec", required=True)
    overlays = tuple(
        reader.path_item(item, f"overlays[{i}]")
        for i, item in enumerate(reader.list(data, "overlays"))
    )
    package = reader.string(data, "package") or f"{name}_client"
    class_name = reader.string(data, "client_class") or (
        "".join(part.title() for part in name.split("_")) + "Client"
    )
    env_prefix = reader.string(data, "env_prefix") or name.upper()
    reader.expect(_IDENTIFIER.match(package) is not None, "package", "must be a Python identifier")
    reader.expect(
        _IDENTIFIER.match(class_name) is not None, "client_class", "must be a Python identifier"
    )
    reader.expect(
        _ENV_PREFIX.match(env_prefix) is not None, "env_prefix", "must be UPPER_SNAKE_CASE"
    )
    options = reader.mapping(data, "openapi_python_client")
    reader.check_keys(
        options,
        {
            "docstrings_on_attributes",
            "use_path_prefixes_for_title_model_names",
            "class_overrides",
            "literal_enums",
            "field_prefix",
            "content_type_overrides",
        },
        "openapi_python_client",
    )
    return ClientSpec(
        name=name,
        spec=spec,
        package_name=package,
        config=path,
        overlays=overlays,
        title=reader.string(data, "title") or name.replace("_", " ").title(),
        title_from_config=reader.string(data, "title") is not None,
        class_name=class_name,
        env_prefix=env_prefix,
        base_url=reader.string(data, "base_url"),
        version=reader.string(data, "version"),
        error_model=reader.string(data, "error_model"),
        auth=_auth(reader, reader.mapping(data, "auth")),
        pagination=tuple(
            _pagination_rule(reader, rule, f"pagination[{index}]")
            for index, rule in enumerate(reader.list(data, "pagination"))
        ),
        generator_options=dict(options),
        resources=_string_map(
            reader, data, "resources", r"^[A-Za-z_]\w*\.[A-Za-z_]\w*$", "resource.method"
        ),
        names=_string_map(reader, data, "names", r"^[A-Z][A-Za-z0-9]*$", "a PascalCase name"),
        upstream=_upstream(reader, data),
    )


def _upstream(reader: _Reader, data: Mapping[str, Any]) -> Upstream | None:
    section = reader.mapping(data, "upstream")
    if not section:
        return None
    reader.check_keys(section, {"url", "kind", "sha256", "made_from"}, "upstream")
    url = reader.string(section, "url") or ""
    reader.expect(_URL.match(url) is not None, "upstream.url", "must be an http(s) URL")
    kind = reader.string(section, "kind") or "openapi"
    reader.expect(kind in UPSTREAM_KINDS, "upstream.kind", f"must be one of {UPSTREAM_KINDS}")
    sha256 = (reader.string(section, "sha256") or "").lower()
    reader.expect(
        _SHA256.match(sha256) is not None,
        "upstream.sha256",
        "must be the 64 hex digits of a SHA-256 (sha256sum <file>)",
    )
    made_from = section.get("made_from")
    reader.expect(
        kind != "docs" or made_from is not None,
        "upstream.made_from",
        "kind: docs needs the committed copy of the page text the spec was reconstructed from",
    )
    return Upstream(
        url=url,
        kind=kind,
        sha256=sha256,
        made_from=None if made_from is None else reader.path_item(made_from, "upstream.made_from"),
    )


def _string_map(
    reader: _Reader, data: Mapping[str, Any], key: str, pattern: str, what: str
) -> dict[str, str]:
    section = reader.mapping(data, key)
    for name, value in section.items():
        reader.expect(
            isinstance(value, str) and re.match(pattern, value) is not None,
            f"{key}.{name}",
            f"must be {what}, not {value!r}",
        )
    return {str(name): str(value) for name, value in section.items()}


def _auth(reader: _Reader, section: Mapping[str, Any]) -> dict[str, AuthOverride]:
    overrides = {}
    for scheme, raw in section.items():
        where = f"auth.{scheme}"
        if not isinstance(raw, dict):
            raise reader.error(where, "must be a mapping")
        reader.check_keys(
            raw, {"argument", "arguments", "formats", "format_argument", "env"}, where
        )
        arguments = [raw["argument"]] if "argument" in raw else list(raw.get("arguments", []))
        for argument in arguments:
            reader.expect(
                isinstance(argument, str) and _NAME.match(argument) is not None,
                where,
                f"argument {argument!r} must be a snake_case identifier",
            )
        formats = raw.get("formats", {})
        reader.expect(
            isinstance(formats, dict) and all(isinstance(v, str) for v in formats.values()),
            where,
            "formats must map names to templates",
        )
        for label, template in formats.items():
            used = set(re.findall(r"{(\w+)}", template))
            reader.expect(
                used <= set(arguments),
                f"{where}.formats.{label}",
                f"uses {sorted(used - set(arguments))}, which are not arguments",
            )
        overrides[scheme] = AuthOverride(
            arguments=tuple(arguments),
            formats=dict(formats),
            format_argument=raw.get("format_argument"),
            env=bool(raw.get("env", True)),
        )
    return overrides


_STYLES = {
    "offset": ("offset", "limit"),
    "page": ("page", "size"),
    "cursor": ("cursor", "limit"),
    "next_url": (),
    "link_header": (),
}


def _pagination_rule(reader: _Reader, raw: Any, where: str) -> PaginationRule:
    if not isinstance(raw, dict):
        raise reader.error(where, "must be a mapping")
    reader.check_keys(
        raw, {"operations", "style", "items", "parameters", "next", "has_more", "start"}, where
    )
    style = raw.get("style")
    reader.expect(
        isinstance(style, str) and style in _STYLES,
        f"{where}.style",
        f"must be one of {sorted(_STYLES)}",
    )
    assert isinstance(style, str)
    operations = raw.get("operations", ["*"])
    if isinstance(operations, str):
        operations = [operations]
    parameters = raw.get("parameters", {})
    reader.expect(isinstance(parameters, dict), f"{where}.parameters", "must be a mapping")
    roles = set(_STYLES[style])
    reader.expect(
        set(parameters) <= roles,
        f"{where}.parameters",
        f"the {style} style knows the roles {sorted(roles)}",
    )
    if style == "cursor":
        reader.expect(
            bool(raw.get("next")),
            f"{where}.next",
            "the cursor style needs the response field that holds the next cursor",
        )
    if style == "next_url":
        reader.expect(
            bool(raw.get("next")),
            f"{where}.next",
            "the next_url style needs the response field that holds the next URL",
        )
    return PaginationRule(
        operations=tuple(str(o) for o in operations),
        style=str(style),
        items=str(raw.get("items", "")),
        parameters={str(k): str(v) for k, v in parameters.items()},
        next=raw.get("next"),
        has_more=raw.get("has_more"),
        start=raw.get("start"),
    )


class _Reader:
    """Reads one YAML config file, raising errors that name the file, line and key."""

    def __init__(self, path: Path) -> None:
        self.path_ = path
        self._lines: dict[str, int] = {}

    def document(self) -> dict[str, Any]:
        try:
            text = self.path_.read_text(encoding="utf-8")
            node = yaml.compose(text)
            data = yaml.safe_load(text)
        except OSError as err:
            raise SpecError(self.path_, f"cannot read the config: {err.strerror}") from err
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            raise SpecError(
                self.path_, f"not valid YAML: {err}", line=mark.line + 1 if mark else None
            ) from err
        if not isinstance(data, dict):
            raise SpecError(self.path_, "a config file is a YAML mapping (at least 'spec: ...')")
        self._index(node, "")
        return data

    def _index(self, node: Any, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                dotted = f"{prefix}.{key.value}" if prefix else str(key.value)
                self._lines[dotted] = key.start_mark.line + 1
                self._index(value, dotted)

    def error(self, key: str, message: str) -> SpecError:
        line, located = None, key
        while located and line is None:  # a missing key: the line of the mapping it goes in
            line = self._lines.get(located) or self._lines.get(located.split("[", maxsplit=1)[0])
            located = located.rpartition(".")[0]
        return SpecError(self.path_, f"{key}: {message}", line=line)

    def expect(self, condition: bool, key: str, message: str) -> None:
        if not condition:
            raise self.error(key, message)

    def check_keys(self, data: Mapping[str, Any], known: set[str], where: str) -> None:
        for key in data:
            if key not in known:
                dotted = f"{where}.{key}" if where else str(key)
                raise self.error(dotted, f"unknown setting (known: {', '.join(sorted(known))})")

    def string(self, data: Mapping[str, Any], key: str) -> str | None:
        value = data.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise self.error(key, "must be a string")
        return None if value is None else str(value)

    def list(self, data: Mapping[str, Any], key: str) -> list[Any]:
        value = data.get(key) or []
        if not isinstance(value, list):
            raise self.error(key, "must be a list")
        return value

    def mapping(self, data: Mapping[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key) or {}
        if not isinstance(value, dict):
            raise self.error(key, "must be a mapping")
        return value

    def path(self, data: Mapping[str, Any], key: str, *, required: bool = False) -> Path:
        value = data.get(key)
        if value is None and required:
            raise self.error(
                key, f"is required: the API description, relative to {self.path_.name}"
            )
        return self.path_item(value, key)

    def path_item(self, value: Any, key: str) -> Path:
        if not isinstance(value, str) or not value:
            raise self.error(key, "must be a file path relative to the config file")
        resolved = (self.path_.parent / value).resolve()
        if not resolved.is_file():
            raise self.error(key, f"{value!r} does not exist next to {self.path_.name}")
        return resolved

"""Load an API description, apply its overlays and validate it, with errors that say where."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError
from generator.overlays import OverlayError, apply_overlay, load_overlay

__all__ = [
    "Spec",
    "SpecError",
    "escape",
    "iter_objects",
    "iter_operations",
    "load_spec",
    "parse_document",
    "resolve_pointer",
    "validate_spec",
]
from generator.registry import ClientSpec

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

try:  # libyaml is several times faster; fall back to the pure-Python loader.
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment,attr-defined,unused-ignore]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Spec:
    """An effective API description: the upstream document with its overlays applied."""

    source: Path
    document: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict, repr=False)
    """JSON pointer → line number in ``source``, for error messages."""
    warnings: list[str] = field(default_factory=list, compare=False)
    """What validation noticed without refusing the document (a missing operationId)."""

    def line_of(self, pointer: str) -> int | None:
        """Return the source line of ``pointer`` or of its nearest located ancestor."""
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rpartition("/")[0]
        return None

    def where(self, pointer: str) -> str:
        """Return ``<file>:<line> at #<pointer>``: where a warning about ``pointer`` points."""
        return str(self.error(pointer, "")).removesuffix(": ")

    def error(self, pointer: str, message: str) -> SpecError:
        """Build a :class:`SpecError` located at ``pointer``."""
        return SpecError(self.source, message, pointer=f"#{pointer}", line=self.line_of(pointer))


def load_spec(client: ClientSpec) -> Spec:
    """Return the client's effective, validated API description.

    Raises :class:`SpecError` for unreadable YAML or JSON, duplicate keys, unresolved
    ``$ref``, duplicate operationIds, overlays that do not apply, and anything the
    OpenAPI schema rejects.
    """
    document, lines = _parse(client.spec)
    spec = Spec(client.spec, document, lines)
    for overlay_path in client.overlays:
        try:
            overlay = load_overlay(overlay_path)
            document = apply_overlay(document, overlay)
        except OverlayError as err:
            raise SpecError(overlay_path, str(err)) from err
    spec = Spec(client.spec, document, lines)
    validate_spec(spec)
    return spec


MAX_REPORTED = 50
"""Problems listed in one report at most (a broken document can have thousands)."""


def validate_spec(spec: Spec) -> None:
    """Raise :class:`SpecError` unless ``spec`` is a usable OpenAPI 3.0 or 3.1 document.

    Every problem found is reported at once, in document order, each with its line and
    document-absolute JSON pointer: references that do not resolve, duplicate operationIds,
    security requirements naming undeclared schemes, media types that are not media types, and
    whatever openapi-spec-validator finds. What is only worth a warning (an operation without
    operationId, which gets a name from its method and path) is added to ``spec.warnings``.
    """
    from generator import validation  # noqa: PLC0415 - openapi-spec-validator is slow to import

    document = spec.document
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        raise spec.error("/openapi", f"expected an OpenAPI 3.0 or 3.1 document, found {version!r}")
    broken_refs = _check_refs(spec)
    problems = [
        *broken_refs,
        *_check_operation_ids(spec),
        *(spec.error(pointer, message) for pointer, message in validation.other_problems(spec)),
    ]
    _check_header_names(spec)
    # The schema validator follows $refs: it checks a copy without the broken ones (and what
    # it says about the empty objects they leave is already said).
    holders = [str(p.pointer)[1:].removesuffix("/$ref") for p in broken_refs]
    problems += [
        spec.error(pointer, f"not valid OpenAPI: {message}")
        for pointer, message in validation.schema_problems(_for_the_validator(document, holders))
        if pointer not in holders
    ]
    if problems:
        problems.sort(key=lambda problem: problem.line or 0)
        raise SpecError.combine(spec.source, problems[:MAX_REPORTED], total=len(problems))


def _for_the_validator(document: dict[str, Any], references: list[str]) -> dict[str, Any]:
    """``document`` as openapi-spec-validator can read it: without the objects at
    ``references`` (each holds a ``$ref`` that does not resolve; an item of a list goes, any
    other is left empty), and with the ``$ref`` keys of data (a default, an example, an
    extension) renamed, which it would follow as references."""
    data = [pointer for pointer, value in _data(document) if _holds_ref(value)]
    if not references and not data:
        return document
    copied = copy.deepcopy(document)
    for pointer in data:
        _rename_refs(resolve_pointer(copied, pointer))
    for pointer in sorted(references, key=_index_order, reverse=True):
        parent, _, last = pointer.rpartition("/")
        container = resolve_pointer(copied, parent)
        if isinstance(container, list) and last.isdigit() and int(last) < len(container):
            container.pop(int(last))
        elif isinstance(holder := resolve_pointer(copied, pointer), dict):
            holder.pop("$ref", None)
    return copied


def _data(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every value of ``document`` that is data: defaults, examples, enums, extensions."""
    for pointer, node in iter_objects(document):
        for key, value in node.items():
            name = str(key)
            if (
                name in _DATA_KEYS
                or name.startswith("x-")
                or (name == "examples" and isinstance(value, list))
            ):
                yield f"{pointer}/{escape(name)}", value


def _holds_ref(value: Any) -> bool:
    if isinstance(value, dict):
        return "$ref" in value or any(_holds_ref(item) for item in value.values())
    return isinstance(value, list) and any(_holds_ref(item) for item in value)


def _rename_refs(value: Any) -> None:
    if isinstance(value, dict):
        if "$ref" in value:
            value["$ref (data)"] = value.pop("$ref")
        for item in value.values():
            _rename_refs(item)
    elif isinstance(value, list):
        for item in value:
            _rename_refs(item)


def _index_order(pointer: str) -> tuple[str, int]:
    """Sorts the pointers of one list's items by index (to remove the last first)."""
    parent, _, last = pointer.rpartition("/")
    return (parent, int(last)) if last.isdigit() else (pointer, -1)


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


def _parse(source: Path) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as err:
        raise SpecError(source, f"cannot read the file: {err.strerror}") from err
    return parse_document(text, source)


def parse_document(text: str, source: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """Return the YAML or JSON document in ``text`` and the line of each JSON pointer in it.

    Raises :class:`SpecError` (naming ``source``) for text that is not YAML or JSON, a
    top level that is not a mapping, and duplicate keys.
    """
    try:
        root = yaml.compose(text, Loader=_Loader)
        document = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = " ".join(str(part) for part in (err.context, err.problem) if part)
        raise SpecError(source, f"not valid YAML/JSON: {problem}", line=line) from err
    except yaml.YAMLError as err:
        raise SpecError(source, f"not valid YAML/JSON: {err}") from err
    if not isinstance(document, dict):
        raise SpecError(source, "the document must be a mapping at the top level", line=1)
    lines: dict[str, int] = {}
    _index_lines(source, root, "", lines)
    return document, lines


def _index_lines(source: Path, node: yaml.Node, pointer: str, lines: dict[str, int]) -> None:
    """Record the line of every node, and refuse duplicate keys (YAML would keep the last)."""
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise SpecError(
                    source,
                    f"duplicate key {key!r} (first defined on line {seen[key]})",
                    pointer=f"#{pointer}",
                    line=line,
                )
            seen[key] = line
            child = f"{pointer}/{escape(key)}"
            lines[child] = line
            _index_lines(source, value_node, child, lines)
            lines[child] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(source, item, f"{pointer}/{index}", lines)


def _check_refs(spec: Spec) -> list[SpecError]:
    problems = []
    for where, node in iter_objects(spec.document):
        ref = node.get("$ref")
        if not isinstance(ref, str):
            continue
        pointer = f"{where}/$ref"
        if not ref.startswith("#/"):
            problems.append(
                spec.error(pointer, f"$ref {ref!r} points outside this document; not supported")
            )
        elif resolve_pointer(spec.document, ref[1:], _MISSING) is _MISSING:
            problems.append(
                spec.error(pointer, f"$ref {ref!r} does not resolve to anything in this document")
            )
    return problems


# Keys whose value maps names (of properties, paths, responses, components...) to objects: a key
# there is a name, never a keyword (a property may be called "example" or "x-id").
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "paths",
        "webhooks",
        "callbacks",
        "responses",
        "content",
        "headers",
        "links",
        "encoding",
        "variables",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "pathItems",
    }
)
# Keys whose value is data (an instance, or an Example Object's value), not OpenAPI objects: a
# "$ref" key inside is part of the data. Extensions (x-...) are the vendor's own data too.
_DATA_KEYS = frozenset({"example", "default", "enum", "const", "value"})


def iter_objects(
    node: Any, pointer: str = "", kind: str = "object"
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(pointer, object)`` for every OpenAPI object and schema under ``node``, skipping
    data (examples, defaults, enums, extensions), where a ``$ref`` key is not a reference.

    ``kind`` says what the keys of ``node`` are: ``object`` (keywords of an OpenAPI object or
    schema), ``names`` (a map of names), ``examples`` (a map of Example Objects).
    """
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_objects(item, f"{pointer}/{index}")
        return
    if not isinstance(node, dict):
        return
    if kind == "object":
        yield pointer, node
    for key, value in node.items():
        child, name = f"{pointer}/{escape(str(key))}", str(key)
        if kind != "object":
            yield from iter_objects(value, child)
        elif name == "examples":  # Example Objects by name; in a 3.1 schema, a list of values
            if isinstance(value, dict):
                yield from iter_objects(value, child, "examples")
        elif name in _NAME_MAPS:
            yield from iter_objects(value, child, "names")
        elif name not in _DATA_KEYS and not name.startswith("x-"):
            yield from iter_objects(value, child)


_MISSING: Any = object()


def resolve_pointer(document: Any, pointer: str, default: Any = None) -> Any:
    """Return what the document-local JSON ``pointer`` (``/components/schemas/X``) points to in
    ``document``, or ``default`` if it points to nothing."""
    node = document
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return default
    return node


def _check_operation_ids(spec: Spec) -> list[SpecError]:
    seen: dict[str, str] = {}
    problems = []
    for path, method, operation in iter_operations(spec.document):
        operation_id = operation.get("operationId")
        pointer = f"/paths/{escape(path)}/{method}/operationId"
        if not isinstance(operation_id, str) or not operation_id:
            spec.warnings.append(
                f"{spec.where(pointer.removesuffix('/operationId'))}: {method.upper()} {path} "
                "has no operationId; its function is named after its method and path"
            )
            continue
        if operation_id in seen:
            problems.append(
                spec.error(
                    pointer,
                    f"duplicate operationId {operation_id!r}: also used by {seen[operation_id]}; "
                    "operationIds name the generated functions and must be unique",
                )
            )
        seen[operation_id] = f"{method.upper()} {path}"
    return problems


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _check_header_names(spec: Spec) -> None:
    """Warn about header parameters whose name HTTP cannot carry (``header param``): the
    operation is generated, and its calls raise ``ValueError`` before sending."""
    paths = spec.document.get("paths") or {}
    for path, method, operation in iter_operations(spec.document):
        item = paths[path]
        for where, parameters in (
            ("", item.get("parameters")),
            (f"/{method}", operation.get("parameters")),
        ):
            for index, parameter in enumerate(parameters or []):
                resolved = _local(spec.document, parameter)
                name = resolved.get("name") if isinstance(resolved, dict) else None
                if resolved.get("in") != "header" or not isinstance(name, str):
                    continue
                if not _HEADER_NAME.fullmatch(name):
                    pointer = f"/paths/{escape(path)}{where}/parameters/{index}"
                    spec.warnings.append(
                        f"{spec.where(pointer)}: header parameter {name!r} of {method.upper()} "
                        f"{path} is not a valid HTTP header name; calls of the operation raise "
                        "ValueError"
                    )


def _local(document: Any, node: Any) -> Any:
    """Return ``node``, or what its document-local ``$ref`` points to."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
        reference = node["$ref"]
        node = resolve_pointer(document, reference[1:]) if reference.startswith("#/") else None
        seen += 1
    return node if isinstance(node, dict) else {}


def escape(part: str) -> str:
    """Return ``part`` as one segment of a JSON pointer (RFC 6901)."""
    return part.replace("~", "~0").replace("/", "~1")


def text(value: Any) -> str:
    """Return a spec string (possibly openapi-python-client's ``UntrustedString``) as one line."""
    if value is None:
        return ""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
    return " ".join(str(raw).split())

"""Load an API description, apply its overlays and validate it, with errors that say where."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.overlays import OverlayError, apply_overlay, load_overlay
from generator.reader import Parsed, escape, parse_file, parse_yaml
from generator.references import (
    MISSING,
    cycle_text,
    holds_ref,
    node_at,
    ref_cycle,
    reference_depth,
)

__all__ = [
    "Spec",
    "SpecError",
    "iter_objects",
    "iter_operations",
    "load_spec",
    "parse_document",
    "validate_spec",
]
from generator.registry import ClientSpec

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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
    document, lines = _as_document(parse_file(client.spec), client.spec)
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
    graph = _check_ref_graph(spec)
    if graph:  # a cycle of $refs would make the schema validator recurse forever
        problems += graph
    else:
        # The schema validator follows $refs: it checks a copy without the broken ones (and
        # what it says about the empty objects they leave is already said).
        holders = [str(p.pointer)[1:].removesuffix("/$ref") for p in broken_refs]
        checked = _for_the_validator(document, holders)
        problems += [
            spec.error(pointer, f"not valid OpenAPI: {message}")
            for pointer, message in validation.schema_problems(checked)
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
    data = [pointer for pointer, value in _data(document) if holds_ref(value)]
    if not references and not data:
        return document
    copied = copy.deepcopy(document)
    for pointer in data:
        _rename_refs(node_at(copied, pointer))
    for pointer in sorted(references, key=_index_order, reverse=True):
        parent, _, last = pointer.rpartition("/")
        container = node_at(copied, parent)
        if isinstance(container, list) and last.isdigit() and int(last) < len(container):
            container.pop(int(last))
        elif isinstance(holder := node_at(copied, pointer), dict):
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
    """Yield ``(path, method, operation)`` for every operation, in document order.

    What is not a mapping where a path item or an operation belongs is skipped: validation
    reports it (this runs before and after validation).
    """
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():
        for method, operation in item.items() if isinstance(item, dict) else ():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield path, method, operation


def parse_document(text: str | bytes, source: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """Return the YAML or JSON document in ``text`` and the line of each JSON pointer in it.

    Raises :class:`SpecError` (naming ``source``) for text that generator/reader.py refuses
    (not YAML or JSON, over its bounds, duplicate keys) and a top level that is not a mapping.
    """
    return _as_document(parse_yaml(text, source), source)


def _as_document(parsed: Parsed, source: Path) -> tuple[dict[str, Any], dict[str, int]]:
    if not isinstance(parsed.data, dict):
        raise SpecError(source, "the document must be a mapping at the top level", line=1)
    return parsed.data, parsed.lines


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
        elif node_at(spec.document, ref[1:]) is MISSING:
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


def _check_ref_graph(spec: Spec) -> list[SpecError]:
    cycle = ref_cycle(spec.document)
    if cycle is not None:
        return [spec.error(cycle[0][1:], cycle_text(cycle))]
    too_deep = reference_depth(spec.document)
    return [] if too_deep is None else [spec.error(*too_deep)]


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
            for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
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
        node = node_at(document, reference[1:]) if reference.startswith("#/") else MISSING
        if node is MISSING:
            return {}
        seen += 1
    return node if isinstance(node, dict) else {}


def text(value: Any) -> str:
    """Return a spec string (possibly openapi-python-client's ``UntrustedString``) as one line."""
    if value is None:
        return ""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
    return " ".join(str(raw).split())

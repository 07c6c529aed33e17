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
from generator.reader import Parsed, parse_file, parse_yaml
from generator.reader import escape as _escape
from generator.references import MISSING, cycle_text, node_at, ref_cycle, reference_depth
from generator.references import iter_refs as _iter_refs

__all__ = ["Spec", "SpecError", "iter_operations", "load_spec", "parse_document", "validate_spec"]
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

    Every problem found is reported at once, each with its line and JSON pointer; what is
    only worth a warning (an operation without operationId, which gets a name from its method
    and path) is added to ``spec.warnings``.
    """
    document = spec.document
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        raise spec.error("/openapi", f"expected an OpenAPI 3.0 or 3.1 document, found {version!r}")
    problems = [*_check_refs(spec), *_check_operation_ids(spec)]
    if not problems:  # a cycle of $refs would make the schema validator recurse forever
        problems = _check_ref_graph(spec)
    _check_header_names(spec)
    if not problems:  # the schema validator follows $refs: only once they all resolve
        problems = _schema_errors(spec)
    if problems:
        raise SpecError.combine(spec.source, problems[:MAX_REPORTED], total=len(problems))


def _schema_errors(spec: Spec) -> list[SpecError]:
    from openapi_spec_validator import (  # noqa: PLC0415 - slow to import
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    document = copy.deepcopy(spec.document)
    validator_class = (
        OpenAPIV31SpecValidator
        if str(document["openapi"]).startswith("3.1")
        else OpenAPIV30SpecValidator
    )
    validator = validator_class(document)
    problems = []
    # Its semantic checks assume a document the OpenAPI schema accepts (an operation that is
    # a list raises KeyError in them): they run only once the schema finds nothing.
    errors = list(validator_class.schema_validator.iter_errors(document))
    for error in errors or validator.root_validator(validator.schema_path):
        pointer = "".join(f"/{_escape(str(part))}" for part in getattr(error, "absolute_path", ()))
        problems.append(spec.error(pointer, f"not valid OpenAPI: {error.message}"))
    return problems


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
    for pointer, ref in _iter_refs(spec.document, ""):
        if not ref.startswith("#/"):
            problems.append(
                spec.error(pointer, f"$ref {ref!r} points outside this document; not supported")
            )
        elif not _resolves(spec.document, ref[1:]):
            problems.append(
                spec.error(pointer, f"$ref {ref!r} does not resolve to anything in this document")
            )
    return problems


def _check_ref_graph(spec: Spec) -> list[SpecError]:
    cycle = ref_cycle(spec.document)
    if cycle is not None:
        return [spec.error(cycle[0][1:], cycle_text(cycle))]
    too_deep = reference_depth(spec.document)
    return [] if too_deep is None else [spec.error(*too_deep)]


def _resolves(document: Any, pointer: str) -> bool:
    return node_at(document, pointer) is not MISSING


def _check_operation_ids(spec: Spec) -> list[SpecError]:
    seen: dict[str, str] = {}
    problems = []
    for path, method, operation in iter_operations(spec.document):
        operation_id = operation.get("operationId")
        pointer = f"/paths/{_escape(path)}/{method}/operationId"
        if not isinstance(operation_id, str) or not operation_id:
            where = spec.error(pointer.removesuffix("/operationId"), "")
            spec.warnings.append(
                f"{str(where).removesuffix(': ')}: {method.upper()} {path} has no operationId; "
                "its function is named after its method and path"
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
                    pointer = f"/paths/{_escape(path)}{where}/parameters/{index}"
                    located = str(spec.error(pointer, "")).removesuffix(": ")
                    spec.warnings.append(
                        f"{located}: header parameter {name!r} of {method.upper()} {path} is not "
                        "a valid HTTP header name; calls of the operation raise ValueError"
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

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

__all__ = ["Spec", "SpecError", "iter_operations", "load_spec", "parse_document", "validate_spec"]
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
        problems = _check_ref_cycles(spec)
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
    problems = []
    for error in validator_class(document).iter_errors():
        pointer = "".join(f"/{_escape(str(part))}" for part in getattr(error, "absolute_path", ()))
        problems.append(spec.error(pointer, f"not valid OpenAPI: {error.message}"))
    return problems


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
            child = f"{pointer}/{_escape(key)}"
            lines[child] = line
            _index_lines(source, value_node, child, lines)
            lines[child] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(source, item, f"{pointer}/{index}", lines)


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


def ref_cycle(document: Any) -> list[str] | None:
    """Return the first cycle of local references that never says what its members are,
    as the list of references from one back to itself, or None.

    Such a cycle is each member only a ``$ref`` to the next, or an ``allOf`` of it
    (``A: {$ref: B}``, ``B: {allOf: [{$ref: A}]}``). A recursive schema whose cycle passes
    through ``properties``, ``items`` or a union (a tree, a linked list) is not one.
    """
    edges: dict[str, list[str]] = {}
    for ref in sorted({ref for _, ref in _iter_refs(document, "") if ref.startswith("#/")}):
        if _resolves(document, ref[1:]):
            edges[ref] = _defined_by(_target(document, ref[1:]))
    done: set[str] = set()
    for start in edges:
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            ref, index = stack.pop()
            if index == 0:
                if ref in done:
                    continue
                if ref in path:
                    return [*path[path.index(ref) :], ref]
                path.append(ref)
            following = edges.get(ref, [])
            if index < len(following):
                stack += [(ref, index + 1), (following[index], 0)]
            else:
                path.pop()
                done.add(ref)
    return None


def cycle_text(cycle: list[str]) -> str:
    """Return the message naming a cycle of references."""
    return f"$ref cycle {' → '.join(cycle)} (each only refers to the next: none says what it is)"


def _check_ref_cycles(spec: Spec) -> list[SpecError]:
    cycle = ref_cycle(spec.document)
    return [] if cycle is None else [spec.error(cycle[0][1:], cycle_text(cycle))]


def _defined_by(target: Any) -> list[str]:
    """Return the references that alone say what ``target`` is: its own ``$ref`` and the
    ``$ref`` members of its ``allOf``."""
    if not isinstance(target, dict):
        return []
    members = (
        [target, *(target.get("allOf") or [])]
        if isinstance(target.get("allOf"), list)
        else [target]
    )
    refs = [member.get("$ref") for member in members if isinstance(member, dict)]
    return [ref for ref in refs if isinstance(ref, str) and ref.startswith("#/")]


def _target(document: Any, pointer: str) -> Any:
    node = document
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _iter_refs(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield f"{pointer}/$ref", ref
        for key, value in node.items():
            yield from _iter_refs(value, f"{pointer}/{_escape(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _iter_refs(item, f"{pointer}/{index}")


def _resolves(document: Any, pointer: str) -> bool:
    node = document
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


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
            for index, parameter in enumerate(parameters or []):
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
        if not reference.startswith("#/") or not _resolves(document, reference[1:]):
            return {}
        node = document
        for raw in reference[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        seen += 1
    return node if isinstance(node, dict) else {}


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def text(value: Any) -> str:
    """Return a spec string (possibly openapi-python-client's ``UntrustedString``) as one line."""
    if value is None:
        return ""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
    return " ".join(str(raw).split())

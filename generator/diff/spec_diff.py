"""Compare two effective OpenAPI documents: operations, parameters, bodies, responses,
security and servers, each change classified by :mod:`generator.diff.rules`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.diff.generated_names import (
    argument_name,
    operation_name,
    same_python_names,
    tag_name,
)
from generator.diff.model import Api, Operation, Parameter, build_api, path_parameters
from generator.diff.operations import match_operations
from generator.diff.rules import Change, change
from generator.diff.schema_diff import SchemaComparer, Side
from generator.diff.schemas import SchemaNode
from generator.diff.security import requirement_changes, scheme_changes

GLOBAL_SECURITY = "security (document default)"


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Return every change from the ``old`` document to the ``new`` one.

    A change reached from several operations (a field of a shared schema) is returned
    once, with all those operations in :attr:`Change.operations`.
    """
    return _SpecDiff(build_api(old), build_api(new)).run()


class _SpecDiff:
    def __init__(self, old: Api, new: Api) -> None:
        self.old, self.new = old, new
        self.schemas = SchemaComparer()
        self._found: dict[tuple[str, str, str], Change] = {}

    def run(self) -> list[Change]:
        self._servers()
        used = _used_schemes(self.old)
        self._add(scheme_changes(self.old.security_schemes, self.new.security_schemes, used))
        still_used = _used_schemes(self.new)
        for name in sorted(used - still_used):
            if name in self.new.security_schemes:  # removed schemes are reported above
                self._add(
                    [
                        change(
                            "security-scheme-no-longer-used",
                            f"security scheme {name}",
                            "no operation asks for it any more",
                        )
                    ]
                )
        pairs, removed, added = match_operations(self.old.operations, self.new.operations)
        for operation in removed:
            detail = f"operation {operation.operation_id or '(no operationId)'} removed"
            self._add([change("operation-removed", operation.label, detail)], operation)
        for operation in added:
            detail = f"operation {operation.operation_id or '(no operationId)'} added"
            self._add([change("operation-added", operation.label, detail)], operation)
        for old, new in pairs:
            self._operation(old, new)
        return list(self._found.values())

    def _add(self, changes: list[Change], operation: Operation | None = None) -> None:
        """Record ``changes``, merging repeats of one change from several operations."""
        for found in changes:
            key = (found.rule.id, found.location, found.detail)
            known = self._found.get(key, found)
            if operation is not None and operation.label not in known.operations:
                known = replace(known, operations=(*known.operations, operation.label))
            self._found[key] = known

    def _servers(self) -> None:
        if self.old.servers != self.new.servers:
            detail = f"{_urls(self.old.servers)} → {_urls(self.new.servers)}"
            self._add([change("server-changed", "servers", detail)])

    def _operation(self, old: Operation, new: Operation) -> None:
        label = new.label
        changes: list[Change] = []
        if old.operation_id != new.operation_id:
            # judged by the generated module and function names, not by the spelling
            same = operation_name(old.method, old.path, old.operation_id) == operation_name(
                new.method, new.path, new.operation_id
            )
            detail = f"operationId {old.operation_id} → {new.operation_id}"
            if same:
                detail += " (the generated names stay)"
            rule = "operation-id-respelled" if same else "operation-id-changed"
            changes.append(change(rule, label, detail))
        if old.tag != new.tag:
            same = tag_name(old.tag) == tag_name(new.tag)
            detail = f"first tag {old.tag} → {new.tag}"
            if same:
                detail += " (the generated folder and resource stay)"
            rule = "operation-tag-respelled" if same else "operation-tag-changed"
            # one change for every operation the tag edit moves (their list says which)
            changes.append(change(rule, f"tag {old.tag}", detail))
        if new.deprecated and not old.deprecated:
            changes.append(change("operation-deprecated", label, "marked deprecated"))
        if old.servers != new.servers:
            changes.append(
                change("server-changed", label, f"{_urls(old.servers)} → {_urls(new.servers)}")
            )
        changes += self._parameters(old, new)
        changes += self._request_body(old, new)
        changes += self._responses(old, new)
        self._add(changes, new)
        self._add(self._security(old, new), new)

    def _parameters(self, old: Operation, new: Operation) -> list[Change]:
        changes: list[Change] = []
        # A path parameter is the same argument at the same place in the template.
        renamed = {
            ("path", before): ("path", after)
            for before, after in zip(
                path_parameters(old.path), path_parameters(new.path), strict=False
            )
            if before != after
        }
        # Any other parameter whose new spelling gives the same generated argument.
        renamed |= same_python_names(
            [k for k in old.parameters if k not in new.parameters and k not in renamed],
            [k for k in new.parameters if k not in old.parameters and k[0] != "path"],
            lambda key: f"{key[0]} {argument_name(key[1])}",
        )
        moved = {
            name
            for (location, name) in old.parameters
            if (location, name) not in new.parameters
            and (location, name) not in renamed
            and any(n == name for (_, n) in new.parameters)
        }
        for key, parameter in old.parameters.items():
            counterpart = new.parameters.get(renamed.get(key, key))
            if counterpart is not None:
                if counterpart.name != parameter.name:
                    detail = f"renamed from {parameter.name} to {counterpart.name}"
                    if argument_name(counterpart.name) == argument_name(parameter.name):
                        rule = "parameter-respelled"
                        detail += " (the generated argument keeps its name)"
                    else:
                        rule = "parameter-renamed"
                    changes.append(change(rule, _where(new, counterpart), detail))
                changes += self._parameter(parameter, counterpart, new)
            elif parameter.name in moved:
                now = next(p for p in new.parameters.values() if p.name == parameter.name)
                changes.append(
                    change(
                        "parameter-location-changed",
                        _where(new, parameter),
                        f"moved from {parameter.location} to {now.location}",
                    )
                )
            else:
                changes.append(
                    change("parameter-removed", _where(new, parameter), "parameter removed")
                )
        targets = set(renamed.values())
        for key, parameter in new.parameters.items():
            if key not in old.parameters and key not in targets and parameter.name not in moved:
                kind = "required" if parameter.required else "optional"
                changes.append(
                    change(
                        f"parameter-added-{kind}", _where(new, parameter), f"{kind} parameter added"
                    )
                )
        return changes

    def _parameter(self, old: Parameter, new: Parameter, operation: Operation) -> list[Change]:
        where = _where(operation, new)
        changes: list[Change] = []
        if old.required != new.required:
            became = "required" if new.required else "optional"
            changes.append(change(f"parameter-became-{became}", where, f"became {became}"))
        if old.schema is not None and new.schema is not None:
            changes += self.schemas.compare(old.schema, new.schema, "request", where)
        return changes

    def _request_body(self, old: Operation, new: Operation) -> list[Change]:
        where = f"{new.label} request body"
        if old.request_body is None and new.request_body is None:
            return []
        if new.request_body is None:
            return [change("request-body-removed", where, "request body removed")]
        if old.request_body is None:
            kind = "required" if new.request_body.required else "optional"
            return [change(f"request-body-added-{kind}", where, f"{kind} request body added")]
        changes: list[Change] = []
        if old.request_body.required != new.request_body.required:
            became = "required" if new.request_body.required else "optional"
            changes.append(change(f"request-body-became-{became}", where, f"became {became}"))
        changes += self._content(
            old.request_body.content, new.request_body.content, "request", where
        )
        return changes

    def _responses(self, old: Operation, new: Operation) -> list[Change]:
        changes: list[Change] = []
        for status in old.responses:
            if status not in new.responses:
                kind = "success" if _success(status) else "error"
                changes.append(
                    change(f"response-{kind}-status-removed", new.label, f"status {status} removed")
                )
        for status, content in new.responses.items():
            where = f"{new.label} {status} response"
            if status not in old.responses:
                kind = "success" if _success(status) else "error"
                changes.append(
                    change(f"response-{kind}-status-added", new.label, f"status {status} added")
                )
            elif old.responses[status] and not content:
                changes.append(change("response-body-removed", where, "body removed"))
            elif content and not old.responses[status]:
                changes.append(change("response-body-added", where, "body added"))
            else:
                changes += self._content(old.responses[status], content, "response", where)
        return changes

    def _content(
        self,
        old: dict[str, SchemaNode | None],
        new: dict[str, SchemaNode | None],
        side: Side,
        where: str,
    ) -> list[Change]:
        changes: list[Change] = []
        for media_type in old:
            if media_type not in new:
                changes.append(
                    change(f"{side}-media-type-removed", where, f"media type {media_type} removed")
                )
        for media_type, schema in new.items():
            if media_type not in old:
                changes.append(
                    change(f"{side}-media-type-added", where, f"media type {media_type} added")
                )
                continue
            before = old[media_type]
            if before is not None and schema is not None:
                location = where if len(new) == 1 else f"{where} ({media_type})"
                changes += self.schemas.compare(before, schema, side, location)
        return changes

    def _security(self, old: Operation, new: Operation) -> list[Change]:
        inherited = not old.own_security and not new.own_security
        where = GLOBAL_SECURITY if inherited else new.label
        return requirement_changes(old.security or frozenset(), new.security or frozenset(), where)


def _where(operation: Operation, parameter: Parameter) -> str:
    return f"{operation.label} ({parameter.location} parameter {parameter.name})"


def _success(status: str) -> bool:
    return status.startswith("2")


def _urls(urls: tuple[str, ...]) -> str:
    return ", ".join(urls) if urls else "(none)"


def _used_schemes(side: Any) -> set[str]:
    """The security schemes some operation of ``side`` asks for."""
    return {
        name
        for operation in side.operations.values()
        for alternative in operation.security or ()
        for name, _ in alternative
    }

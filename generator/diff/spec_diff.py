"""Compare two effective OpenAPI documents: operations, parameters, bodies, responses,
security and servers, each change classified by :mod:`generator.diff.rules`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.diff.model import Api, Operation, Parameter, SchemaNode, build_api
from generator.diff.rules import Change, change
from generator.diff.schema_diff import SchemaComparer, Side

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
        self._security_schemes()
        for key, operation in self.old.operations.items():
            if key not in self.new.operations:
                detail = f"operation {operation.operation_id or '(no operationId)'} removed"
                self._add([change("operation-removed", operation.label, detail)], operation)
        for key, operation in self.new.operations.items():
            if key not in self.old.operations:
                detail = f"operation {operation.operation_id or '(no operationId)'} added"
                self._add([change("operation-added", operation.label, detail)], operation)
            else:
                self._operation(self.old.operations[key], operation)
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

    def _security_schemes(self) -> None:
        old, new = self.old.security_schemes, self.new.security_schemes
        for name in old:
            location = f"security scheme {name}"
            if name not in new:
                self._add([change("security-scheme-removed", location, "scheme removed")])
            elif old[name] != new[name]:
                keys = sorted(
                    k
                    for k in old[name].keys() | new[name].keys()
                    if old[name].get(k) != new[name].get(k)
                )
                self._add(
                    [change("security-scheme-changed", location, "changed: " + ", ".join(keys))]
                )
        for name in new:
            if name not in old:
                self._add(
                    [
                        change(
                            "security-scheme-added",
                            f"security scheme {name}",
                            f"scheme added ({new[name].get('type', '?')})",
                        )
                    ]
                )

    def _operation(self, old: Operation, new: Operation) -> None:
        label = new.label
        changes: list[Change] = []
        if old.operation_id != new.operation_id:
            changes.append(
                change(
                    "operation-id-changed",
                    label,
                    f"operationId {old.operation_id} → {new.operation_id}",
                )
            )
        if old.tag != new.tag:
            changes.append(
                change("operation-tag-changed", label, f"first tag {old.tag} → {new.tag}")
            )
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
        moved = {
            name
            for (location, name) in old.parameters
            if (location, name) not in new.parameters
            and any(n == name for (_, n) in new.parameters)
        }
        for key, parameter in old.parameters.items():
            if key in new.parameters:
                changes += self._parameter(parameter, new.parameters[key], new)
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
        for key, parameter in new.parameters.items():
            if key not in old.parameters and parameter.name not in moved:
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
        before, after = old.security or frozenset(), new.security or frozenset()
        if before == after:
            return []
        inherited = not old.own_security and not new.own_security
        where = GLOBAL_SECURITY if inherited else new.label
        detail = f"{_requirement(before)} → {_requirement(after)}"
        if not _requires(before):
            return [change("security-requirement-added", where, detail)]
        if not _requires(after):
            return [change("security-requirement-removed", where, detail)]
        if before <= after:
            return [change("security-alternative-added", where, detail)]
        return [change("security-requirement-changed", where, detail)]


def _where(operation: Operation, parameter: Parameter) -> str:
    return f"{operation.label} ({parameter.location} parameter {parameter.name})"


def _success(status: str) -> bool:
    return status.startswith("2")


Requirement = frozenset[frozenset[tuple[str, tuple[str, ...]]]]


def _requires(requirement: Requirement) -> bool:
    """Whether credentials are needed: some alternative exists and none is empty."""
    return bool(requirement) and frozenset() not in requirement


def _requirement(requirement: Requirement) -> str:
    if not _requires(requirement):
        return "none"
    alternatives = []
    for alternative in requirement:
        schemes = [
            f"{name}[{', '.join(scopes)}]" if scopes else name
            for name, scopes in sorted(alternative)
        ]
        alternatives.append(" + ".join(schemes))
    return " or ".join(sorted(alternatives))


def _urls(urls: tuple[str, ...]) -> str:
    return ", ".join(urls) if urls else "(none)"

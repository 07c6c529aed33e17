# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""A request read as the API's server would read it: routed to an operation, every parameter,
body and credential checked against the spec, and the values it carried kept (as JSON, typed
the way the spec types them) for the call's recorded arguments."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

from .schemas import Schemas, describe
from .spec import Parameter, Spec, SpecOperation, is_json

NO_BODY: Any = object()
"""The ``body`` of a request that sent none."""
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
"""Header parameters OpenAPI says to ignore: other fields describe them."""
_INTEGER = re.compile(r"-?\d+")


@dataclass
class ReadRequest:
    """What one request carried and what is wrong with it."""

    operation: SpecOperation
    values: dict[tuple[str, str], Any] = field(default_factory=dict)
    """(location, name on the wire) → the value as JSON."""
    body: Any = NO_BODY
    problems: list[str] = field(default_factory=list)


def read_request(
    spec: Spec,
    operation: SpecOperation,
    path_values: Mapping[str, str],
    request: httpx.Request,
    *,
    ignored_query: frozenset[str] = frozenset(),
) -> ReadRequest:
    """Read ``request``, which was routed to ``operation`` with ``path_values``."""
    reader = _Reader(spec, operation, request)
    read = ReadRequest(operation)
    query = [(k, v) for k, v in request.url.params.multi_items() if k not in ignored_query]
    cookies = _cookies(request.headers.get_list("cookie"))
    consumed: set[str] = set()
    for parameter in operation.parameters:
        if parameter.location == "path":
            raw = path_values.get(parameter.name)
            if raw is not None:
                reader.keep(read, parameter, _split(parameter, raw))
        elif parameter.location == "query":
            reader.query(read, parameter, query, consumed)
        elif parameter.location == "header":
            if parameter.name.lower() in _IGNORED_HEADERS:
                continue
            given = request.headers.get_list(parameter.name)
            reader.single(read, parameter, given, lambda raw, p=parameter: _split(p, raw))
        elif parameter.location == "cookie":
            given = [value for name, value in cookies if name == parameter.name]
            reader.single(read, parameter, given, lambda raw, p=parameter: _split(p, raw))
    key_names = _api_keys(spec, operation)
    unknown = sorted({k for k, _ in query} - consumed - key_names["query"])
    if unknown:
        declared = sorted(p.name for p in operation.parameters if p.location == "query")
        read.problems.append(
            f"query parameter {', '.join(map(repr, unknown))} is not in the spec "
            f"(it declares {', '.join(map(repr, declared)) or 'none'})"
        )
    declared_cookies = {p.name for p in operation.parameters if p.location == "cookie"}
    stray = sorted({name for name, _ in cookies} - declared_cookies - key_names["cookie"])
    if stray:
        read.problems.append(f"cookie {', '.join(map(repr, stray))} is not in the spec")
    reader.body(read)
    problem = credential_problem(spec, operation, request, {k for k, _ in query}, cookies)
    if problem:
        read.problems.append(problem)
    return read


class _Reader:
    def __init__(self, spec: Spec, operation: SpecOperation, request: httpx.Request) -> None:
        self.spec = spec
        self.schemas = Schemas(spec)
        self.operation = operation
        self.request = request

    def keep(self, read: ReadRequest, parameter: Parameter, raw: str | list[str]) -> None:
        """Record a parameter's value, typed by its schema, and check it."""
        value = self.typed(parameter, raw)
        read.values[(parameter.location, parameter.name)] = value
        problems = self.schemas.problems(parameter.schema, value, sending=True)
        for line in describe(problems):
            read.problems.append(f"{parameter.location} parameter {parameter.name!r}: {line}")

    def single(self, read: ReadRequest, parameter: Parameter, given: list[str], split: Any) -> None:
        if not given:
            if parameter.required:
                read.problems.append(f"the required {parameter.location} parameter {parameter.name!r} is missing")
            return
        if len(given) > 1:
            read.problems.append(f"{parameter.location} parameter {parameter.name!r} is sent {len(given)} times")
        self.keep(read, parameter, split(given[0]))

    def query(
        self,
        read: ReadRequest,
        parameter: Parameter,
        query: list[tuple[str, str]],
        consumed: set[str],
    ) -> None:
        schema = self.spec.resolve(parameter.schema)
        shape = _shape(self.spec, schema)
        if parameter.style == "deepObject":
            prefix = f"{parameter.name}["
            found = {k[len(prefix) : -1]: v for k, v in query if k.startswith(prefix) and k.endswith("]")}
            consumed.update(k for k, _ in query if k.startswith(prefix))
            if found:
                read.values[("query", parameter.name)] = value = {
                    name: self.coerce(_field_schema(self.spec, schema, name), raw) for name, raw in found.items()
                }
                self._check(read, parameter, value)
            elif parameter.required:
                read.problems.append(f"the required query parameter {parameter.name!r} is missing")
            return
        if shape == "object" and parameter.explode:  # form, exploded: each field its own key
            fields = _fields(self.spec, schema)
            found_fields = {k: v for k, v in query if k in fields}
            consumed.update(found_fields)
            if found_fields:
                value = {
                    name: self.coerce(_field_schema(self.spec, schema, name), raw) for name, raw in found_fields.items()
                }
                read.values[("query", parameter.name)] = value
                self._check(read, parameter, value)
            elif parameter.required:
                read.problems.append(f"the required query parameter {parameter.name!r} is missing")
            return
        given = [v for k, v in query if k == parameter.name]
        consumed.add(parameter.name)
        if shape == "array" and parameter.explode:
            if given:
                self.keep(read, parameter, given)
            elif parameter.required:
                read.problems.append(f"the required query parameter {parameter.name!r} is missing")
            return
        self.single(read, parameter, given, lambda raw: _split(parameter, raw))

    def _check(self, read: ReadRequest, parameter: Parameter, value: Any) -> None:
        problems = self.schemas.problems(parameter.schema, value, sending=True)
        for line in describe(problems):
            read.problems.append(f"{parameter.location} parameter {parameter.name!r}: {line}")

    def typed(self, parameter: Parameter, raw: str | list[str]) -> Any:
        if parameter.content_type is not None and is_json(parameter.content_type):
            try:
                return json.loads(raw if isinstance(raw, str) else ",".join(raw))
            except ValueError:
                return raw
        schema = self.spec.resolve(parameter.schema)
        if isinstance(raw, list):
            items = schema.get("items") if isinstance(schema, Mapping) else None
            return [self.coerce(items, item) for item in raw]
        return self.coerce(schema, raw)

    def coerce(self, schema: Any, raw: str) -> Any:
        """Return the text of a parameter as the JSON value the spec types it as (the text
        itself when it is not one: the check then says what is wrong)."""
        for type_name in _scalar_types(self.spec, schema):
            if type_name == "integer" and _INTEGER.fullmatch(raw):
                return int(raw)
            if type_name == "number":
                try:
                    number = float(raw)
                except ValueError:
                    continue
                if math.isfinite(number):
                    return int(raw) if _INTEGER.fullmatch(raw) else number
            if type_name == "boolean" and raw in ("true", "false"):
                return raw == "true"
            if type_name == "string":
                return raw
        return raw

    def body(self, read: ReadRequest) -> None:
        content = self.request.content
        declared = self.spec.request_body(self.operation)
        if not content:
            if declared is not None and declared.get("required"):
                accepted = ", ".join(declared.get("content") or {}) or "a body"
                read.problems.append(f"sends no body; the spec requires one ({accepted})")
            return
        if declared is None:
            read.problems.append("sends a body, but the spec declares none for this operation")
            return
        sent = self.request.headers.get("content-type", "")
        media = _accepting(sent, declared.get("content") or {})
        if media is None:
            accepted = ", ".join(declared.get("content") or {})
            read.problems.append(f"sends Content-Type {sent or '(none)'}; the spec accepts {accepted}")
            return
        schema = ((declared.get("content") or {}).get(media) or {}).get("schema")
        base = sent.partition(";")[0].strip().lower()
        checked: Any = NO_BODY
        if is_json(base):
            try:
                read.body = checked = json.loads(content)
            except ValueError as error:
                read.problems.append(f"the body is not JSON ({error})")
                return
        elif base == "application/x-www-form-urlencoded":
            pairs = parse_qsl(content.decode("utf-8", "replace"), keep_blank_values=True)
            read.body = checked = self._fields_of(schema, pairs)
        elif base == "multipart/form-data":
            read.body, checked = self._multipart(schema, sent, content)
        else:
            read.body = content  # text or bytes: nothing the spec's schema can check
        if checked is not NO_BODY:
            for line in describe(self.schemas.problems(schema, checked, sending=True)):
                read.problems.append(f"body{line}" if line.startswith("/") else f"body: {line}")

    def _fields_of(self, schema: Any, pairs: list[tuple[str, str]]) -> dict[str, Any]:
        """A form's fields as JSON: repeated fields are arrays when the spec says so."""
        resolved = self.spec.resolve(schema)
        value: dict[str, Any] = {}
        for name, raw in pairs:
            field_schema = self.spec.resolve(_field_schema(self.spec, resolved, name))
            if _shape(self.spec, field_schema) == "array":
                items = field_schema.get("items") if isinstance(field_schema, Mapping) else None
                value.setdefault(name, []).append(self.coerce(items, raw))
            else:
                value[name] = self.coerce(field_schema, raw)
        return value

    def _multipart(self, schema: Any, sent: str, content: bytes) -> tuple[Any, Any]:
        """Return the parts (files as bytes) and what the schema checks (files as text)."""
        from email.parser import BytesParser  # noqa: PLC0415 - about 20 ms, for multipart only
        from email.policy import HTTP  # noqa: PLC0415

        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + sent.encode("latin-1") + b"\r\n\r\n" + content
        )
        resolved = self.spec.resolve(schema)
        parts: dict[str, Any] = {}
        checked: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            decoded = part.get_payload(decode=True)
            payload = decoded if isinstance(decoded, bytes) else b""
            field_schema = self.spec.resolve(_field_schema(self.spec, resolved, name))
            array = _shape(self.spec, field_schema) == "array"
            value: Any
            shown: Any
            if part.get_filename() is not None:
                value, shown = payload, "(file)"
            elif is_json(part.get_content_type()):
                try:
                    value = shown = json.loads(payload)
                except ValueError:
                    value = shown = payload.decode("utf-8", "replace")
            else:
                text = payload.decode("utf-8", "replace")
                items = field_schema.get("items") if array and isinstance(field_schema, Mapping) else field_schema
                value = shown = self.coerce(items, text)
            if array:
                parts.setdefault(name, []).append(value)
                checked.setdefault(name, []).append(shown)
            else:
                parts[name], checked[name] = value, shown
        return parts, checked


def credential_problem(
    spec: Spec,
    operation: SpecOperation,
    request: httpx.Request,
    query: set[str],
    cookies: list[tuple[str, str]],
) -> str | None:
    """Why ``request`` lacks the credentials ``operation`` needs, or None."""
    alternatives = spec.requirement(operation)
    if not alternatives or any(not alternative for alternative in alternatives):
        return None
    cookie_names = {name for name, _ in cookies}
    for alternative in alternatives:
        if all(_carries(spec, name, request, query, cookie_names) for name in alternative):
            return None
    wanted = " or ".join(
        " and ".join(f"{name} ({_where(spec.security_schemes.get(name))})" for name in alternative)
        for alternative in alternatives
    )
    return f"sends no credentials the spec accepts: it asks for {wanted}"


def _carries(spec: Spec, name: str, request: httpx.Request, query: set[str], cookies: set[str]) -> bool:
    scheme = spec.security_schemes.get(name)
    if not isinstance(scheme, Mapping):
        return False
    kind_ = scheme.get("type")
    authorization = request.headers.get("authorization", "")
    if kind_ == "apiKey":
        where, key = scheme.get("in"), str(scheme.get("name"))
        if where == "header":
            return bool(request.headers.get(key))
        return key in (query if where == "query" else cookies)
    if kind_ == "http":
        wanted = str(scheme.get("scheme", "")).lower()
        return authorization.lower().startswith(f"{wanted} ") and len(authorization) > len(wanted) + 1
    if kind_ in ("oauth2", "openIdConnect"):
        return authorization.lower().startswith("bearer ") and len(authorization) > 7
    return True  # mutualTLS: nothing a request's headers show


def _where(scheme: Any) -> str:
    if not isinstance(scheme, Mapping):
        return "not declared"
    if scheme.get("type") == "apiKey":
        return f"{scheme.get('in')} {scheme.get('name')}"
    if scheme.get("type") == "http":
        return f"Authorization: {str(scheme.get('scheme', '')).title()} ..."
    return "Authorization: Bearer ..."


def _api_keys(spec: Spec, operation: SpecOperation) -> dict[str, set[str]]:
    """The query and cookie names the operation's credentials use (not unknown parameters)."""
    names: dict[str, set[str]] = {"query": set(), "cookie": set()}
    for alternative in spec.requirement(operation):
        for name in alternative:
            scheme = spec.security_schemes.get(name)
            if isinstance(scheme, Mapping) and scheme.get("type") == "apiKey":
                names.setdefault(str(scheme.get("in")), set()).add(str(scheme.get("name")))
    return names


def _accepting(sent: str, content: Mapping[str, Any]) -> str | None:
    """The declared media type that accepts the Content-Type ``sent`` (wildcards too)."""
    base = sent.partition(";")[0].strip().lower()
    if not base:
        return None
    declared = {media.split(";")[0].strip().lower(): media for media in content}
    major = base.split("/")[0]
    for candidate in (base, f"{major}/*", "*/*"):
        if candidate in declared:
            return declared[candidate]
    return None


def _cookies(headers: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for header in headers:
        for item in header.split(";"):
            name, _, value = item.strip().partition("=")
            if name:
                pairs.append((name, value))
    return pairs


def _split(parameter: Parameter, raw: str) -> str | list[str]:
    """A path, header or unexploded query value that is an array is comma-separated."""
    schema = parameter.schema if isinstance(parameter.schema, Mapping) else {}
    if schema.get("type") == "array" and parameter.content_type is None:
        return raw.split(",") if raw else []
    return raw


def _shape(spec: Spec, schema: Any) -> str | None:
    node = spec.resolve(schema)
    if not isinstance(node, Mapping):
        return None
    types = node.get("type")
    names = [types] if isinstance(types, str) else list(types or [])
    for name in ("array", "object"):
        if name in names:
            return name
    if "properties" in node:
        return "object"
    if "items" in node:
        return "array"
    return None


def _fields(spec: Spec, schema: Any) -> set[str]:
    node = spec.resolve(schema)
    names = set((node.get("properties") or {}) if isinstance(node, Mapping) else ())
    for branch in (node.get("allOf") or []) if isinstance(node, Mapping) else []:
        names |= _fields(spec, branch)
    return names


def _field_schema(spec: Spec, schema: Any, name: str) -> Any:
    node = spec.resolve(schema)
    if not isinstance(node, Mapping):
        return None
    fields = node.get("properties") or {}
    if name in fields:
        return fields[name]
    for branch in node.get("allOf") or []:
        found = _field_schema(spec, branch, name)
        if found is not None:
            return found
    extra = node.get("additionalProperties")
    return extra if isinstance(extra, Mapping) else None


def _scalar_types(spec: Spec, schema: Any, depth: int = 0) -> list[str]:
    """The JSON types a parameter's text may be read as, in the spec's order."""
    node = spec.resolve(schema)
    if not isinstance(node, Mapping) or depth > 8:
        return ["string"]
    types = node.get("type")
    if types is not None:
        return [types] if isinstance(types, str) else [str(t) for t in types]
    found: list[str] = []
    for keyword in ("allOf", "oneOf", "anyOf"):
        for branch in node.get(keyword) or []:
            found += [t for t in _scalar_types(spec, branch, depth + 1) if t not in found]
    if "enum" in node and not found:
        found = sorted({kind_name(value) for value in node["enum"]})
    return found or ["string"]


def kind_name(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string" if isinstance(value, str) else "null"


__all__ = ["NO_BODY", "ReadRequest", "credential_problem", "read_request"]

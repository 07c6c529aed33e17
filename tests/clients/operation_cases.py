"""One case per operation of any API: where its generated function is, valid arguments for it,
and the request a correct client sends.

Everything comes from the client's config and its effective spec: the module is named as the
generator names it (``generator.parse.document_names``, in the first tag's folder as
openapi-python-client names it), the arguments are built from the spec's schemas and converted to
the types the generated signature declares. A new operation, or a new API, is covered the moment
it appears.
"""

from __future__ import annotations

import importlib
import json
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import msgspec
from openapi_python_client.config import ConfigFile

from generator.config import ClientSpec
from generator.normalise import BINARY, FORM, IGNORED_HEADERS, JSON, MULTIPART, TEXT, media_kind
from generator.parse import document_names
from generator.registry import CLIENTS
from generator.specs import iter_operations, load_spec
from tests.clients.spec_examples import BINARY as BINARY_VALUE
from tests.clients.spec_examples import example, resolve
from tests.clients.typed_values import is_file_type, to_python

BODY_KINDS = {JSON: "json", FORM: "data", MULTIPART: "files", TEXT: "content", BINARY: "content"}
"""How the generated client sends a body of each kind of media type (generator/normalise.py):
JSON, a form, multipart, or as it is (``content``: text, bytes, a file, a raw body)."""


@dataclass(frozen=True)
class RequestBody:
    """The body a case sends: the spec's media type, how it travels, its value."""

    media_type: str
    kind: str
    """``json``, ``data`` (form), ``files`` (multipart) or ``content`` (raw bytes)."""
    value: Any
    """The JSON example (bytes for ``content``)."""


@dataclass(frozen=True)
class Success:
    """The first documented success response: what a correct server answers."""

    status: int
    media_type: str | None
    schema: dict[str, Any] | None


@dataclass(frozen=True)
class OperationCase:
    """One operation of one client, with valid arguments and a valid success response."""

    client: ClientSpec
    key: str
    """The generated module and function name (``generator.parse.document_names``)."""
    method: str
    path: str
    tag: str
    """The folder under ``api/`` that holds the module."""
    document: dict[str, Any]
    operation: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.client.name}.{self.key}"

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId") or self.key)

    @property
    def module_name(self) -> str:
        return f"{self.client.package_name}.api.{self.tag}.{self.key}"

    @property
    def module(self) -> ModuleType:
        """The generated endpoint module of this operation."""
        return importlib.import_module(self.module_name)

    def parameters(self) -> list[dict[str, Any]]:
        """Return the operation's parameters, $refs resolved; an operation's own parameter
        replaces the path item's of the same name and location. Header parameters named
        Accept, Content-Type or Authorization are not parameters (OpenAPI ignores them)."""
        item = self.document["paths"][self.path]
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*item.get("parameters", []), *self.operation.get("parameters", [])]:
            parameter = resolve(self.document, raw)
            if parameter["in"] == "header" and str(parameter["name"]).lower() in IGNORED_HEADERS:
                continue
            merged[(parameter["in"], parameter["name"])] = parameter
        return list(merged.values())

    def parameter_value(self, parameter: dict[str, Any]) -> Any:
        """Return the JSON value the case sends for ``parameter``."""
        schema = parameter.get("schema")
        if schema is None:  # `content` instead of `schema`: one media type, whose text the
            # generated argument takes (a str: the JSON document, say, as the caller wrote it)
            schema = next(iter(parameter["content"].values())).get("schema", {})
            value = example(self.document, schema, parameter["name"])
            return value if isinstance(value, str) else json.dumps(value)
        return example(self.document, schema, parameter["name"])

    def body_media_types(self) -> list[str]:
        """The request body's media types in the generated operation's order (its first is
        what a body of several media types' one type is sent as)."""
        return [body.media_type for body in self.module.OPERATION.bodies]

    @cached_property
    def request_body(self) -> RequestBody | None:
        """Return the body to send: the first media type of the generated client's."""
        raw = self.operation.get("requestBody")
        if raw is None:
            return None
        content = resolve(self.document, raw).get("content", {})
        for media_type in self.body_media_types():
            media = content[media_type]
            kind = self.body_kind(media_type)
            schema = media.get("schema", {})
            if kind == "content":  # sent as it is: text, or bytes
                text = media_kind(str(overrides_of(self.client).get(media_type, media_type)))
                value = BINARY_VALUE.decode() if text == TEXT else BINARY_VALUE
            else:
                value = example(self.document, schema, "body")
            if kind == "json":  # JSON holds no bytes: a binary string in it is text
                value = _binary_as_text(value)
            return RequestBody(media_type, kind, value)
        return None

    def body_kind(self, media_type: str) -> str:
        """How the generated client sends a body of ``media_type``."""
        return BODY_KINDS.get(
            media_kind(str(overrides_of(self.client).get(media_type, media_type))), "content"
        )

    @cached_property
    def type_hints(self) -> dict[str, Any]:
        """The annotations of the generated ``sync_detailed``, resolved."""
        return typing.get_type_hints(self.module.sync_detailed)

    def call_arguments(self) -> dict[str, Any]:
        """Return every argument of a valid call: each parameter and, if any, the body."""
        hints = self.type_hints
        kwargs: dict[str, Any] = {}
        for parameter in self.parameters():
            name = self.python_name(parameter)
            kwargs[name] = to_python(hints[name], self.parameter_value(parameter))
        body = self.request_body
        if body is not None:
            kwargs["body"] = to_python(self._body_type(body), body.value)
            if is_file_type(type(kwargs["body"])) and "*" in body.media_type:
                # a range (image/*): the file says which type it is
                kwargs["body"].mime_type = _CONCRETE.get(body.media_type.split(";")[0].strip(), "")
        return kwargs

    def python_name(self, parameter: dict[str, Any]) -> str:
        """Return the argument that carries ``parameter`` in the generated signature, as the
        generated ``OPERATION`` declares it (generator/parse.py names them)."""
        for declared in self.module.OPERATION.params:
            if (declared.location, declared.key) == (parameter["in"], parameter["name"]):
                return str(declared.name)
        raise AssertionError(
            f"{self.id}: no argument of sync_detailed carries the {parameter['in']} parameter "
            f"{parameter['name']!r} (arguments: {sorted(self.type_hints)})"
        )

    def _body_type(self, body: RequestBody) -> Any:
        """The member of the ``body`` annotation that carries ``body``'s media type."""
        annotation = self.type_hints["body"]
        supported = [self.body_kind(media_type) for media_type in self.body_media_types()]
        if len(supported) == 1:  # the annotation is that media type's (maybe a union itself)
            return annotation
        union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
        members = [
            m
            for m in (typing.get_args(annotation) if union else (annotation,))
            if m is not msgspec.UnsetType
        ]
        if len(members) == len(supported):  # one member per media type, JSON first
            return members[supported.index(body.kind)]
        files = [m for m in members if is_file_type(m)]
        if body.kind == "content" and files:
            return files[0]
        return next(m for m in members if not is_file_type(m))

    def expected_url_path(self, base_path: str) -> str:
        """Return the request path with every path parameter substituted and quoted."""
        path = self.path
        for parameter in self.parameters():
            if parameter["in"] == "path":
                value = _text(self.parameter_value(parameter))
                path = path.replace("{" + parameter["name"] + "}", quote(value, safe=""))
        return base_path + path

    def expected_query(self) -> list[tuple[str, str]]:
        """Return the query the client must send (form style, exploded), decoded, in order."""
        query: list[tuple[str, str]] = []
        for parameter in self.parameters():
            if parameter["in"] == "query":
                value = self.parameter_value(parameter)
                items = value if isinstance(value, list) else [value]
                if isinstance(value, dict):
                    query += [(key, _text(item)) for key, item in value.items()]
                else:
                    query += [(parameter["name"], _text(item)) for item in items]
        return query

    def expected_parameters(self, location: str) -> dict[str, str]:
        """Return the header or cookie parameters the client must send, as text."""
        return {
            p["name"]: _text(self.parameter_value(p))
            for p in self.parameters()
            if p["in"] == location
        }

    def success(self) -> Success:
        """Return the first documented 2xx status (``2XX``: 200) and its first media type."""
        for code, response in self.operation["responses"].items():
            if str(code).startswith("2"):
                content = resolve(self.document, response).get("content", {})
                media_type = next(iter(content), None)
                schema = (content.get(media_type) or {}).get("schema") if media_type else None
                status = 200 if str(code).upper() == "2XX" else int(code)
                return Success(status, media_type, schema)
        raise AssertionError(f"{self.id} documents no 2xx response")

    def success_json_schema(self) -> dict[str, Any] | None:
        """Return the schema of a JSON success body, or None when the success has no JSON body."""
        success = self.success()
        if success.media_type is None or self.body_kind(success.media_type) != "json":
            return None
        return success.schema


_CONCRETE = {
    "*/*": "application/octet-stream",
    "application/*": "application/octet-stream",
    "image/*": "image/png",
    "audio/*": "audio/wav",
    "video/*": "video/mp4",
    "text/*": "text/plain",
}
"""A media type each range accepts."""


def _text(value: Any) -> str:
    """A parameter value as it appears on the wire (simple style)."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return ",".join(_text(item) for item in value)
    return str(value)


def overrides_of(client: ClientSpec) -> dict[str, str]:
    """The config's ``content_type_overrides``: media types read as others."""
    return dict(client.generator_options.get("content_type_overrides") or {})


def field_prefix(client: ClientSpec) -> str:
    """The prefix openapi-python-client puts before names that are not identifiers."""
    return str(client.generator_options.get("field_prefix", ConfigFile().field_prefix))


def operation_keys(client: ClientSpec, document: dict[str, Any]) -> dict[tuple[str, str], str]:
    """Map each operation's ``(path, method)`` to its generated name."""
    return dict(document_names(document, field_prefix(client)).operations)


def operation_cases(clients: Iterable[ClientSpec] = CLIENTS) -> list[OperationCase]:
    """Return one case per operation of every client, in spec order."""
    cases = []
    for client in clients:
        document = load_spec(client).document
        names = document_names(document, field_prefix(client))
        for path, method, operation in iter_operations(document):
            cases.append(
                OperationCase(
                    client=client,
                    key=names.operations[(path, method)],
                    method=method,
                    path=path,
                    tag=names.tag(operation) or "default",  # its folder under api/
                    document=document,
                    operation=operation,
                )
            )
    return cases


def generated_modules(package_dir: Path) -> set[str]:
    """Return the endpoint modules under ``package_dir/api`` as ``<tag>.<name>``."""
    return {
        f"{path.parent.name}.{path.stem}"
        for path in package_dir.glob("api/*/*.py")
        if path.name != "__init__.py"
    }


def expected_modules(cases: Iterable[OperationCase], client: ClientSpec) -> set[str]:
    """Return the endpoint modules the spec's operations must have, as ``<tag>.<name>``."""
    return {f"{case.tag}.{case.key}" for case in cases if case.client == client}


def _binary_as_text(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode()
    if isinstance(value, list):
        return [_binary_as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _binary_as_text(item) for key, item in value.items()}
    return value

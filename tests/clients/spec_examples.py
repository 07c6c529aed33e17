"""Valid example values built from a spec's schemas, and the calls that exercise each operation.

Shared by the all-operations tests: everything is derived from the effective spec in the
registry, so a new operation is covered the moment it appears in a spec.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import quote

from openapi_python_client.strings import PythonIdentifier

from generator.registry import CLIENTS, ClientSpec
from generator.specs import iter_operations, load_spec

EXAMPLE_STRINGS = {
    "date-time": "2024-01-02T03:04:05+00:00",
    "date": "2024-01-02",
    "uuid": "0b3c5e8a-2f4d-4c1e-9a7b-6d5e4f3a2b1c",
    "email": "someone@example.com",
    "uri": "https://example.com/resource",
}


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Return ``schema`` with a top-level ``$ref`` followed (repeatedly)."""
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def example(document: dict[str, Any], schema: dict[str, Any], name: str = "value") -> Any:
    """Return a JSON value that ``schema`` accepts, with every declared property filled in."""
    schema = resolve(document, schema)
    if "allOf" in schema:
        parts = [example(document, part, name) for part in schema["allOf"]]
        if not all(isinstance(part, dict) for part in parts):
            return parts[0]  # allOf wrapping a single non-object schema (FastAPI does this)
        merged: dict[str, Any] = {}
        for part in parts:
            merged |= part
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [s for s in schema[key] if resolve(document, s).get("type") != "null"]
            return example(document, options[0], name)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or (kind is None and "properties" in schema):
        return {
            prop: example(document, sub, prop) for prop, sub in schema.get("properties", {}).items()
        }
    if kind == "array":
        return [example(document, schema.get("items", {}), name)]
    return _scalar(kind, schema, name)


def _scalar(kind: str | None, schema: dict[str, Any], name: str) -> Any:
    examples: dict[str | None, Any] = {
        "integer": int(schema.get("minimum", 0)) + 2,
        "number": 2.5,
        "boolean": True,
        "string": EXAMPLE_STRINGS.get(schema.get("format", ""), f"{name}-1"),
    }
    return examples.get(kind, {"any": name})  # an untyped schema accepts anything


@dataclass(frozen=True)
class OperationCase:
    """One operation of one client, with valid arguments and a valid success response."""

    client: ClientSpec
    operation_id: str
    method: str
    path: str
    tag: str
    document: dict[str, Any]
    operation: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.client.name}.{self.operation_id}"

    @property
    def module(self) -> ModuleType:
        """The generated endpoint module of this operation."""
        package = self.client.package_name
        tag = PythonIdentifier(self.tag, "tag")
        name = PythonIdentifier(self.operation_id, "field_")
        return importlib.import_module(f"{package}.api.{tag}.{name}")

    def parameters(self) -> list[dict[str, Any]]:
        """Return the operation's parameters (path-item ones included), $refs resolved."""
        item = self.document["paths"][self.path]
        return [
            resolve(self.document, p)
            for p in [*item.get("parameters", []), *self.operation.get("parameters", [])]
        ]

    def arguments(self) -> dict[str, Any]:
        """Return keyword arguments for the generated function: every path and query parameter."""
        return {
            PythonIdentifier(p["name"], "field_"): example(self.document, p["schema"], p["name"])
            for p in self.parameters()
            if p["in"] in ("path", "query")
        }

    def request_json(self) -> Any | None:
        """Return the JSON body to send, or None when the operation takes no JSON body."""
        body = self.operation.get("requestBody")
        if body is None:
            return None
        schema = resolve(self.document, body)["content"]["application/json"]["schema"]
        return example(self.document, schema, "body")

    def call_arguments(self) -> dict[str, Any]:
        """Return every argument of a valid call: parameters and, if any, the body model."""
        kwargs = self.arguments()
        body = self.request_json()
        if body is not None:
            signature = inspect.signature(self.module.sync_detailed)
            annotation = signature.parameters["body"].annotation
            model = getattr(self.module, annotation) if isinstance(annotation, str) else annotation
            kwargs["body"] = model.from_dict(body)
        return kwargs

    def expected_url_path(self, base_path: str) -> str:
        """Return the request path with every path parameter substituted and quoted."""
        path = self.path
        for parameter in self.parameters():
            if parameter["in"] == "path":
                value = example(self.document, parameter["schema"], parameter["name"])
                path = path.replace("{" + parameter["name"] + "}", quote(str(value), safe=""))
        return base_path + path

    def expected_query(self) -> dict[str, str]:
        """Return the query string the client must send, as decoded strings."""
        query = {}
        for parameter in self.parameters():
            if parameter["in"] == "query":
                value = example(self.document, parameter["schema"], parameter["name"])
                query[parameter["name"]] = (
                    str(value).lower() if isinstance(value, bool) else str(value)
                )
        return query

    def success(self) -> tuple[int, dict[str, Any] | None]:
        """Return the first documented 2xx status and its JSON schema (None: no body)."""
        for code, response in self.operation["responses"].items():
            if str(code).startswith("2"):
                content = resolve(self.document, response).get("content", {})
                media = content.get("application/json")
                return int(code), (media or {}).get("schema")
        raise AssertionError(f"{self.id} documents no 2xx response")


def make_client(client: ClientSpec, base_url: str) -> Any:
    """Return the package's client with test credentials, so every operation can be called."""
    package = importlib.import_module(client.package_name)
    if hasattr(package, "PlanetScaleClient"):
        return package.PlanetScaleClient("token-id", "token-secret", base_url=base_url)
    return package.PlanshipClient("client-id", "client-secret", base_url=base_url)


def operation_cases() -> list[OperationCase]:
    """Return one case per operation of every registered client, in spec order."""
    cases = []
    for client in CLIENTS:
        document = load_spec(client).document
        for path, method, operation in iter_operations(document):
            cases.append(
                OperationCase(
                    client=client,
                    operation_id=operation["operationId"],
                    method=method,
                    path=path,
                    tag=(operation.get("tags") or ["default"])[0],
                    document=document,
                    operation=operation,
                )
            )
    return cases

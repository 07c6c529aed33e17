"""Valid example values built from a spec's schemas.

Shared by the all-operations, contract, fuzz and corpus tests: a value is derived from the
schema alone (types, formats, enums, bounds), so it is valid whatever API the schema comes from.
"""

from __future__ import annotations

import base64
import re
from typing import Any

from tests.clients.json_schema import schema_error

EXAMPLE_STRINGS = {
    "date-time": "2024-01-02T03:04:05+00:00",
    "date": "2024-01-02",
    "time": "03:04:05",
    "duration": "P1DT2H",
    "uuid": "0b3c5e8a-2f4d-4c1e-9a7b-6d5e4f3a2b1c",
    "email": "someone@example.com",
    "idn-email": "someone@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "iri": "https://example.com/resource",
    "uri-reference": "https://example.com/resource",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": base64.b64encode(b"bytes-1").decode(),
}
DEEP = 8
"""Levels of nesting filled in completely."""
BINARY = b"binary-1"
"""The content of every binary value (``format: binary``, ``application/octet-stream``)."""


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Return ``schema`` with a top-level ``$ref`` followed (repeatedly)."""
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def example(
    document: dict[str, Any], schema: dict[str, Any], name: str = "value", depth: int = 0
) -> Any:
    """Return a value that ``schema`` accepts, with every declared property filled in (below
    :data:`DEEP` levels; past it, the required ones only, and arrays as short as allowed: a
    recursive schema ends).

    The value is JSON, except that a ``format: binary`` string is ``bytes`` (what a file upload
    carries).
    """
    schema = resolve(document, schema)
    if schema.get("enum") and "allOf" in schema:  # the values this schema narrows its allOf to
        return next((v for v in schema["enum"] if v is not None), None)
    if "allOf" in schema:
        parts = [example(document, part, name, depth) for part in schema["allOf"]]
        if not all(isinstance(part, dict) for part in parts):
            return parts[0]  # allOf wrapping a single non-object schema (FastAPI does this)
        merged: dict[str, Any] = {}
        for part in parts:
            merged |= part
        if "properties" in schema:
            merged |= _object(document, schema, depth)
        return merged
    if "oneOf" in schema or "anyOf" in schema:
        return _alternative(document, schema, name, depth)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next((v for v in schema["enum"] if v is not None), None)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or (kind is None and "properties" in schema):
        return _object(document, schema, depth)
    if kind == "array":
        least = 1 if depth <= DEEP else 0
        count = max(least, int(schema.get("minItems", least)))
        items = [example(document, schema.get("items", {}), name, depth + 1)] * count
        if schema.get("uniqueItems") and count > 1:
            items = [_distinct(item, index) for index, item in enumerate(items)]
        return items
    return _scalar(kind, schema, name)


def _object(document: dict[str, Any], schema: dict[str, Any], depth: int) -> dict[str, Any]:
    required = set(schema.get("required") or ())
    value = {
        prop: example(document, sub, prop, depth + 1)
        for prop, sub in schema.get("properties", {}).items()
        if depth <= DEEP or prop in required
    }
    extra = schema.get("additionalProperties")
    for index in range(len(value), int(schema.get("minProperties", 0))):  # a map of at least n
        key = f"key{index}"
        value[key] = example(document, extra, key, depth + 1) if isinstance(extra, dict) else key
    return value


def _distinct(value: Any, index: int) -> Any:
    """The ``index``-th of several items that must differ (``uniqueItems``)."""
    if isinstance(value, str):
        return f"{value}-{index}" if index else value
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value + index
    return value


def _alternative(document: dict[str, Any], schema: dict[str, Any], name: str, depth: int) -> Any:
    """An example of one option of a ``oneOf`` (matching no other option) or ``anyOf``.

    Null is chosen only when nothing else fits. An object may match other options too: an
    untyped option (``{}``) is also tried as a string, a free-form object with a property no
    closed object allows.
    """
    key = "oneOf" if "oneOf" in schema else "anyOf"
    candidates: list[Any] = []
    for option in schema[key]:
        resolved = resolve(document, option)
        if resolved.get("type") == "null":
            continue
        candidates.append(_discriminated(schema, option, example(document, option, name, depth)))
        if not set(resolved) & _TYPED:
            candidates.append(f"{name}-1")
        elif resolved.get("type") == "object" and not resolved.get("properties"):
            candidates.append({name: f"{name}-1"})
    candidates.append(None)
    if key == "anyOf":
        return candidates[0]
    for candidate in candidates:
        try:
            matches = [schema_error(document, o, candidate) is None for o in schema[key]]
        except ValueError:  # too deep to check (a recursive schema): take the first
            return candidates[0]
        if matches.count(True) == 1:
            return candidate
    return candidates[0]


_TYPED = {"type", "properties", "items", "enum", "const", "allOf", "oneOf", "anyOf", "$ref"}


def _discriminated(schema: dict[str, Any], option: dict[str, Any], value: Any) -> Any:
    """Set the discriminator property to the name that selects ``option``."""
    discriminator = schema.get("discriminator")
    if not discriminator or not isinstance(value, dict) or "$ref" not in option:
        return value
    mapping = discriminator.get("mapping") or {}
    names = [name for name, ref in mapping.items() if ref == option["$ref"]]
    value[discriminator["propertyName"]] = names[0] if names else option["$ref"].split("/")[-1]
    return value


def _scalar(kind: str | None, schema: dict[str, Any], name: str) -> Any:
    if kind == "integer":
        return int(_number(schema, 2))
    if kind == "number":
        return _number(schema, 2.5)
    if kind == "boolean":
        return True
    if kind == "string":
        return _string(schema, name)
    return {"any": name}  # an untyped schema accepts anything


def _number(schema: dict[str, Any], offset: float) -> float:
    """``offset`` (``minimum + offset`` when 0 is below the minimum), within the bounds."""
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if isinstance(low, bool):  # OpenAPI 3.0: exclusiveMinimum is a flag on minimum
        low = schema.get("minimum")
    if isinstance(high, bool):
        high = schema.get("maximum")
    value = (low if low is not None and low > 0 else 0) + offset
    if high is not None and value >= high:
        value = (high + (low if low is not None else high - 2 * offset)) / 2
    return value


def _string(schema: dict[str, Any], name: str) -> Any:
    if schema.get("format") == "binary" or schema.get("contentEncoding") == "binary":
        return BINARY
    if "pattern" in schema:  # the spec's own value, else a simple one that matches
        for key in ("example", "default"):
            if isinstance(schema.get(key), str):
                return schema[key]
        if schema.get("examples"):
            return schema["examples"][0]
        for candidate in (f"{name}-1", "1", "a", "A", "a1", "abc-1", "#000000", "x@example.com"):
            if re.search(schema["pattern"], candidate):
                return candidate
    text = EXAMPLE_STRINGS.get(schema.get("format", ""), f"{name}-1")
    if len(text) < int(schema.get("minLength", 0)):
        text = text.ljust(int(schema["minLength"]), "x")
    if "maxLength" in schema:
        text = text[: int(schema["maxLength"])]
    return text

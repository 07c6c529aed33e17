"""Turn a spec's schemas into standalone JSON Schemas for hypothesis-jsonschema."""

from __future__ import annotations

from typing import Any

import jsonschema

# OpenAPI-only keywords JSON Schema generators do not understand.
_DROP = {
    "example",
    "examples",
    "xml",
    "discriminator",
    "readOnly",
    "writeOnly",
    "deprecated",
    "externalDocs",
    "nullable",
    "title",
    "description",
}


def to_json_schema(document: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """Return ``schema`` with every ``$ref`` inlined and OpenAPI 3.0 ``nullable`` expressed."""
    if depth > 20:
        raise ValueError("schema nests too deep (recursive $ref?)")
    if isinstance(schema, list):
        return [to_json_schema(document, item, depth + 1) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        return to_json_schema(document, node, depth + 1)
    result = {
        key: to_json_schema(document, value, depth + 1)
        if key in {"items", "additionalProperties", "not"}
        else {k: to_json_schema(document, v, depth + 1) for k, v in value.items()}
        if key == "properties"
        else [to_json_schema(document, v, depth + 1) for v in value]
        if key in {"allOf", "anyOf", "oneOf"}
        else value
        for key, value in schema.items()
        if key not in _DROP
    }
    if schema.get("nullable") is True:
        result = {"anyOf": [result, {"type": "null"}]}
    return result


def schema_error(document: dict[str, Any], schema: Any, value: Any) -> str | None:
    """Return why ``value`` does not match ``schema`` (a JSON pointer and a message), or None.

    The spec's OpenAPI version picks the dialect: 3.1 is JSON Schema 2020-12, 3.0 is draft 4
    (``exclusiveMinimum`` a flag) once ``nullable`` is expressed. Formats are not checked.
    """
    validator = (
        jsonschema.Draft202012Validator
        if str(document.get("openapi")).startswith("3.1")
        else jsonschema.Draft4Validator
    )
    error = jsonschema.exceptions.best_match(
        validator(to_json_schema(document, schema)).iter_errors(value)
    )
    if error is None:
        return None
    return f"/{'/'.join(str(part) for part in error.absolute_path)}: {error.message}"

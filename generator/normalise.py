"""A valid API description, rewritten where openapi-python-client cannot type it as written.

Stage between validation and openapi-python-client's parse (see the "normaliser" section of
templates/README.md for why a document rewrite rather than a patch of its parser). Its input is
valid OpenAPI; its output is the same API, said in the subset of OpenAPI openapi-python-client
types without refusing a schema, and so without dropping the operations that use it:

- ``allOf`` whose members are not objects (a ``$ref`` to a string or enum schema beside a
  ``description``; a type beside a format): annotation-only members are folded into the schema,
  and the rest merged into one schema (the referenced enum or type, enum values intersected);
- ``allOf`` of objects whose members declare the same property incompatibly (lists of
  different items, say): merged into one object whose conflicting properties are the merge of
  both (lists of the merged items);
- ``allOf`` with a ``oneOf``/``anyOf`` member: distributed, a union of the merged alternatives;
- arrays without ``items`` (valid in 3.1): lists of anything;
- empty enums, and enums of values that are not all strings or all integers: the type alone;
- a 3.1 ``default`` the schema rejects (an annotation in JSON Schema 2020-12): left out;
- header parameters of types a header cannot carry as such (dates, lists, objects): their text;
  parameters described by ``content`` instead of ``schema``: their text;
- media types beyond JSON, forms and multipart: typed as what goes over the wire. Binary types
  (``image/*``, ``audio/*``, ``video/*``, ``application/pdf``, ``application/zip``,
  ``application/octet-stream``, any other ``application/*``, ranges such as ``*/*``) are
  ``File``; text (``text/*``, ``application/jwt``, XML, YAML) is ``str``; streams and compound
  bodies (``multipart/mixed``, ``text/event-stream``, ``application/x-ndjson``) are the raw body
  as ``File`` (with the response's Content-Type, boundary included). A body without a schema
  gets the one its kind implies (a JSON response without one is not read, as
  openapi-python-client does); JSON comes first where a body has several, multipart before it
  where the body carries files.

Where the result is less precise than the document, one warning names the schema (file, line
and JSON pointer) and says what it was typed as. Nothing here changes a document that
openapi-python-client already types as written, so such a document generates as before.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.reader import escape
from generator.references import node_at
from generator.specs import HTTP_METHODS, Spec, iter_objects

JSON, FORM, MULTIPART, TEXT, BINARY, RAW = "json", "form", "multipart", "text", "binary", "raw"

_TEXT_TYPES = frozenset(
    {
        "application/jwt",
        "application/xml",
        "application/yaml",
        "application/x-yaml",
        "application/javascript",
        "application/ecmascript",
        "application/graphql",
        "application/sql",
    }
)
_RAW_TYPES = frozenset(
    {
        "text/event-stream",
        "application/x-ndjson",
        "application/ndjson",
        "application/jsonl",
        "application/x-jsonlines",
        "application/jsonlines",
        "application/json-seq",
    }
)

# Keywords that say something about a schema without constraining its values: an allOf member
# made only of these is folded into the schema that holds the allOf.
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "default",
        "externalDocs",
        "nullable",
        "$comment",
        "xml",
    }
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SUBSCHEMAS = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
)
_OBJECT_KEYWORDS = (
    "properties",
    "required",
    "additionalProperties",
    "patternProperties",
    "minProperties",
    "maxProperties",
)
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
"""Header parameters OpenAPI ignores (its 3.0 and 3.1 Parameter Object)."""
_HEADER_TYPES = frozenset({"string", "integer", "number", "boolean"})
_MAX_DISTRIBUTED = 16
"""The most alternatives an ``allOf`` with unions is distributed into."""


def media_kind(media_type: str) -> str:
    """How a body of ``media_type`` is read and sent: ``json``, ``form``, ``multipart``,
    ``text`` (a ``str``), ``binary`` or ``raw`` (both a ``File``)."""
    essence = media_type.split(";", 1)[0].strip().lower()
    if essence == "application/json" or essence.endswith("+json"):
        return JSON
    if essence == "application/x-www-form-urlencoded":
        return FORM
    if essence == "multipart/form-data":
        return MULTIPART
    if essence in _RAW_TYPES or essence.startswith("multipart/"):
        return RAW
    if essence.startswith("text/") or essence in _TEXT_TYPES or essence.endswith("+xml"):
        return TEXT
    return BINARY


@dataclass(frozen=True)
class Normalised:
    """The document openapi-python-client parses, and what was changed to get there."""

    document: dict[str, Any]
    content_type_overrides: dict[str, str]
    """openapi-python-client's setting: every media type it does not read itself, as the one
    it reads the same way (``application/octet-stream``: a body sent or read as is)."""
    warnings: list[str] = field(default_factory=list)
    """One located line per schema typed less precisely than the document says."""


def normalise(spec: Spec, overrides: Mapping[str, str] | None = None) -> Normalised:
    """Return ``spec``'s document as openapi-python-client can type it (see the module doc).

    ``overrides`` are the config's ``content_type_overrides``: a media type they map to JSON,
    say, is read as JSON.
    """
    normaliser = _Normaliser(spec, dict(overrides or {}))
    normaliser.run()
    content_types = {
        media_type: "application/octet-stream"
        for media_type in normaliser.media_types
        if media_kind(normaliser.overrides.get(media_type, media_type)) in (TEXT, BINARY, RAW)
    }
    content_types.update(normaliser.overrides)
    warnings = [
        f"{spec.where(pointer)}: {message}" for pointer, message in normaliser.warnings.items()
    ]
    return Normalised(normaliser.document, content_types, warnings)


@dataclass(frozen=True)
class Untypable:
    """What openapi-python-client could not type, after normalisation."""

    pointer: str
    """A component schema (``/components/schemas/X``) or an operation (``/paths/~1x/get``)."""
    reason: str
    """openapi-python-client's words."""
    kind: str
    """``schema`` or ``operation``."""


def untype(normalised: Normalised, spec: Spec, items: list[Untypable]) -> None:
    """Type Any (in ``normalised``, in place) each of ``items``: a schema as any value; of an
    operation, the parameters (as text), body or responses its reason names (all three when it
    names none)."""
    document = normalised.document
    for item in items:
        target = node_at(document, item.pointer)
        if not isinstance(target, dict):
            continue
        if item.kind == "schema":
            kept = _annotations(target)
            target.clear()
            target.update(kept)
            what = "typed Any"
        else:
            what = _untype_operation(document, target, item.reason)
        normalised.warnings.append(
            f"{spec.where(item.pointer)}: openapi-python-client could not type this "
            f"({item.reason}): {what}"
        )


def _untype_operation(document: dict[str, Any], operation: dict[str, Any], reason: str) -> str:
    reason = reason.lower()
    parts = [part for part in ("parameter", "response", "body") if part in reason]
    parts = parts or ["parameter", "response", "body"]
    done = []
    if "parameter" in parts or "not allowed in" in reason:
        for index, parameter in enumerate(operation.get("parameters") or []):
            inline = copy.deepcopy(_dereferenced(document, parameter))
            inline["schema"] = {"type": "string", **_annotations(inline.get("schema") or {})}
            inline.pop("content", None)
            operation["parameters"][index] = inline
        done.append("its parameters typed str")
    if "body" in parts and "requestBody" in operation:
        operation["requestBody"] = body = copy.deepcopy(
            _dereferenced(document, operation["requestBody"])
        )
        _untype_content(body)
        done.append("its body typed Any")
    if "response" in parts:
        responses = operation.get("responses") or {}
        for status, response in list(responses.items()):
            responses[status] = copy.deepcopy(_dereferenced(document, response))
            _untype_content(responses[status])
        done.append("its responses typed Any")
    return ", ".join(done)


def _dereferenced(document: dict[str, Any], node: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
        node = node_at(document, node["$ref"][1:])
        seen += 1
    return node if isinstance(node, dict) else {}


def _untype_content(holder: dict[str, Any]) -> None:
    for media_type, media in (holder.get("content") or {}).items():
        kind = media_kind(str(media_type))
        if isinstance(media, dict) and kind in (JSON, FORM, MULTIPART):
            media["schema"] = {} if kind == JSON else {"type": "object"}


class _Normaliser:
    def __init__(self, spec: Spec, overrides: dict[str, str]) -> None:
        self.spec = spec
        self.overrides = overrides
        self.document: dict[str, Any] = copy.deepcopy(spec.document)
        self.openapi_31 = str(self.document.get("openapi", "")).startswith("3.1")
        self.media_types: set[str] = set()
        self.warnings: dict[str, str] = {}
        self._aliases: dict[str, str] = {}
        """Component references that stand for another component's object, to follow."""
        self._done: dict[int, dict[str, Any]] = {}
        """The schemas normalised so far, by identity (kept: an id is unique while it lives)."""

    def warn(self, pointer: str, message: str) -> None:
        self.warnings.setdefault(pointer, message)

    # -- where schemas are ---------------------------------------------------------------

    def run(self) -> None:
        self._walk()
        self._follow_aliases()
        self._break_alias_cycles()
        self._hoist_models_out_of_aliases()

    def _follow_aliases(self) -> None:
        """Point references to a component that is only another object (``allOf`` of one
        ``$ref``) at that object, and drop the component: one class, as the document means."""
        if not self._aliases:
            return

        def target(reference: str) -> str:
            seen = {reference}
            while reference in self._aliases and self._aliases[reference] not in seen:
                reference = self._aliases[reference]
                seen.add(reference)
            return reference

        for _, node in iter_objects(self.document):
            reference = node.get("$ref")
            if isinstance(reference, str) and reference in self._aliases:
                node["$ref"] = target(reference)
        schemas = self.document["components"]["schemas"]
        for reference in self._aliases:
            name = reference.removeprefix("#/components/schemas/")
            schemas.pop(name.replace("~1", "/").replace("~0", "~"), None)

    def _walk(self) -> None:
        components = self.document.get("components") or {}
        for name, schema in (components.get("schemas") or {}).items():
            self.schema(schema, f"/components/schemas/{escape(str(name))}")
        for name, parameter in (components.get("parameters") or {}).items():
            self.parameter(parameter, f"/components/parameters/{escape(str(name))}")
        for name, header in (components.get("headers") or {}).items():
            self.header(header, f"/components/headers/{escape(str(name))}")
        for name, body in (components.get("requestBodies") or {}).items():
            self.content(body, f"/components/requestBodies/{escape(str(name))}", request=True)
        for name, response in (components.get("responses") or {}).items():
            self.response(response, f"/components/responses/{escape(str(name))}")
        for name, item in (components.get("pathItems") or {}).items():
            self.path_item(item, f"/components/pathItems/{escape(str(name))}")
        for key in ("paths", "webhooks"):
            for name, item in (self.document.get(key) or {}).items():
                self.path_item(item, f"/{key}/{escape(str(name))}")

    def _break_alias_cycles(self) -> None:
        """A schema that is not an object (a union, a list) and contains itself cannot be a
        Python type alias (openapi-python-client refuses it): where it refers back to itself,
        that reference is typed Any. Objects may refer to themselves (they are classes)."""
        schemas = (self.document.get("components") or {}).get("schemas") or {}
        aliases = {
            f"#/components/schemas/{escape(str(name))}": f"/components/schemas/{escape(str(name))}"
            for name, schema in schemas.items()
            if isinstance(schema, dict) and "$ref" not in schema and _shape(schema) != "object"
        }
        edges: dict[str, list[tuple[str, dict[str, Any], str]]] = {}
        for reference, pointer in aliases.items():
            found = edges.setdefault(reference, [])
            pending = [(node_at(self.document, pointer), pointer)]
            while pending:
                node, where = pending.pop()
                if not isinstance(node, dict):
                    continue
                if node.get("$ref") in aliases:
                    found.append((node["$ref"], node, where))
                    continue
                pending.extend(_subschemas(node, where))
        done: set[str] = set()

        def visit(reference: str, path: list[str]) -> None:
            if reference in done:
                return
            path.append(reference)
            for target, holder, where in edges.get(reference, []):
                if target in path:
                    holder.pop("$ref")
                    self.warn(
                        where,
                        f"refers back to {target[1:]} through unions or lists, "
                        "which a Python type alias cannot: typed Any here",
                    )
                else:
                    visit(target, path)
            path.pop()
            done.add(reference)

        for reference in aliases:
            visit(reference, [])

    def _hoist_models_out_of_aliases(self) -> None:
        """Move the inline objects of a component that is a list or a union (an alias) into
        components of their own, named as openapi-python-client names them in place.

        openapi-python-client builds such objects at once and again with the other models, and
        the second time their own inline objects are "duplicate models": the object and every
        operation using it are lost. As components they are built once, with the same names.
        """
        schemas = (self.document.get("components") or {}).get("schemas")
        if not isinstance(schemas, dict):
            return
        for name, schema in list(schemas.items()):
            if not isinstance(schema, dict) or "$ref" in schema:
                continue
            if _shape(schema) != "object":
                self._hoist(schema, str(name), schemas)
            elif "null" in _types(schema) and not _has_inline_model(schema):
                continue
            elif "null" in _types(schema):  # openapi-python-client: a union of it and None
                declared = schema.get("type")
                index = declared.index("object") if isinstance(declared, list) else 0
                hoisted = f"{name}_type_{index}"
                if hoisted in schemas:
                    continue
                member = {k: v for k, v in schema.items() if k != "nullable"}
                member["type"] = "object"
                schemas[hoisted] = member
                alternatives: list[Any] = [{"$ref": f"#/components/schemas/{escape(hoisted)}"}]
                alternatives.insert(0 if index else 1, {"type": "null"})  # the document's order
                schemas[name] = {"oneOf": alternatives, **_annotations(schema)}

    def _hoist(self, schema: dict[str, Any], name: str, schemas: dict[str, Any]) -> None:
        """Hoist the inline objects reached from ``schema`` (named ``name`` the way
        openapi-python-client names it) through list items and union alternatives."""
        items = schema.get("items")
        if isinstance(items, dict) and "$ref" not in items:
            self._hoist_member(schema, "items", f"{name}_item", schemas)
        alternatives = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
        for index, alternative in enumerate(alternatives):
            if not isinstance(alternative, dict) or "$ref" in alternative:
                continue
            title = alternative.get("title")
            subscript = title if title is not None and title != schema.get("title") else None
            keyword = "anyOf" if index < len(schema.get("anyOf") or []) else "oneOf"
            position = index if keyword == "anyOf" else index - len(schema.get("anyOf") or [])
            holder = schema[keyword]
            self._hoist_member(holder, position, f"{name}_{subscript or f'type_{index}'}", schemas)

    def _hoist_member(self, holder: Any, key: Any, name: str, schemas: dict[str, Any]) -> None:
        member = holder[key]
        if _shape(member) != "object":
            self._hoist(member, name, schemas)
            return
        if name in schemas or not _has_inline_model(member):
            return
        schemas[name] = member
        holder[key] = {"$ref": f"#/components/schemas/{escape(name)}"}

    def path_item(self, item: Any, pointer: str) -> None:
        if not isinstance(item, dict) or "$ref" in item:
            return
        self.parameters(item.get("parameters"), f"{pointer}/parameters")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = f"{pointer}/{method}"
            self.parameters(operation.get("parameters"), f"{where}/parameters")
            self.content(operation.get("requestBody"), f"{where}/requestBody", request=True)
            for status, response in (operation.get("responses") or {}).items():
                self.response(response, f"{where}/responses/{escape(str(status))}")
            for name, callback in (operation.get("callbacks") or {}).items():
                if isinstance(callback, dict) and "$ref" not in callback:
                    for expression, callback_item in callback.items():
                        self.path_item(
                            callback_item,
                            f"{where}/callbacks/{escape(str(name))}/{escape(str(expression))}",
                        )

    def parameters(self, parameters: Any, pointer: str) -> None:
        if not isinstance(parameters, list):
            return
        for index, parameter in enumerate(parameters):
            self.parameter(parameter, f"{pointer}/{index}")
        # OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be
        # ignored" (the responses, the body and the security schemes say those).
        parameters[:] = [
            parameter
            for parameter in parameters
            if not (
                isinstance(resolved := _dereferenced(self.document, parameter), dict)
                and resolved.get("in") == "header"
                and str(resolved.get("name", "")).lower() in IGNORED_HEADERS
            )
        ]

    def parameter(self, parameter: Any, pointer: str) -> None:
        if not isinstance(parameter, dict) or "$ref" in parameter:
            return
        self.header(parameter, pointer, location=str(parameter.get("in", "header")))

    def header(self, header: Any, pointer: str, location: str = "header") -> None:
        """A parameter or a header: its value is text on the wire, of one schema."""
        if not isinstance(header, dict) or "$ref" in header:
            return
        if "schema" not in header and isinstance(header.get("content"), dict):
            header.pop("content")
            header["schema"] = {"type": "string"}
            self.warn(pointer, "described by a media type, not a schema: typed str, its text")
        schema = header.get("schema")
        self.schema(schema, f"{pointer}/schema")
        if location == "header" and isinstance(schema, dict):
            self._header_schema(header, schema, f"{pointer}/schema")
        if location == "path" and isinstance(schema, dict):
            header["schema"] = _without_null(self.resolved(schema) if "$ref" in schema else schema)

    def _header_schema(self, header: dict[str, Any], schema: dict[str, Any], pointer: str) -> None:
        """A header holds text: a value openapi-python-client will not put in one (a date, a
        list, an object, a union) is typed as that text."""
        resolved = self.resolved(schema)
        while list(resolved.get("allOf") or ()) and len(resolved["allOf"]) == 1:
            resolved = self.resolved(resolved["allOf"][0])  # openapi-python-client's passthrough
        types = _types(resolved) - {"null"}
        shape = _shape(resolved)
        if shape == "scalar" and "enum" in resolved:
            return
        if (
            shape == "scalar"
            and types <= _HEADER_TYPES
            and resolved.get("format")
            not in (
                "date",
                "date-time",
                "binary",
            )
        ):
            return
        header["schema"] = {"type": "string", **_annotations(schema)}
        if shape != "free":
            what = resolved.get("format") or "/".join(sorted(types)) or shape
            self.warn(pointer, f"a header value of {what}: typed str, the text sent or received")

    def response(self, response: Any, pointer: str) -> None:
        if not isinstance(response, dict) or "$ref" in response:
            return
        for name, header in (response.get("headers") or {}).items():
            self.header(header, f"{pointer}/headers/{escape(str(name))}")
        self.content(response, pointer, request=False)

    def content(self, holder: Any, pointer: str, *, request: bool) -> None:
        """The media types of a request body or response, each typed as what is sent."""
        if not isinstance(holder, dict) or "$ref" in holder:
            return
        content = holder.get("content")
        if not isinstance(content, dict):
            return
        kinds = {
            media_type: media_kind(self.overrides.get(str(media_type), str(media_type)))
            for media_type in content
        }
        # JSON first: openapi-python-client reads a response as its first media type, and the
        # Accept header asks for JSON first. A body that carries files goes as multipart first:
        # the generated client sends the first media type of a body's type, and JSON carries
        # no bytes.
        files = {
            media_type
            for media_type, media in content.items()
            if request and kinds[media_type] == MULTIPART and self._carries_files(media)
        }
        ordered = sorted(
            content, key=lambda media_type: (media_type not in files, kinds[media_type] != JSON)
        )
        if ordered != list(content):
            holder["content"] = content = {
                media_type: content[media_type] for media_type in ordered
            }
        for media_type, media in content.items():
            if not isinstance(media, dict):
                continue
            where = f"{pointer}/content/{escape(str(media_type))}"
            self.media_types.add(str(media_type))
            kind = kinds[media_type]
            schema = media.get("schema")
            if kind in (TEXT, BINARY, RAW):
                media["schema"] = self._wire_schema(schema, kind, f"{where}/schema")
            elif schema is None and request:  # a body sent without a schema: any value
                media["schema"] = {"type": "object"} if kind in (FORM, MULTIPART) else {}
            elif schema is None:
                pass  # a JSON answer not described is not read (with_raw_response has it)
            else:
                self.schema(schema, f"{where}/schema")
            for name, encoding in (media.get("encoding") or {}).items():
                for header_name, header in (encoding.get("headers") or {}).items():
                    self.header(
                        header,
                        f"{where}/encoding/{escape(str(name))}/headers/{escape(str(header_name))}",
                    )

    def _carries_files(self, media: Any) -> bool:
        """Whether a multipart body's schema has binary fields."""
        if not isinstance(media, dict):
            return False
        pending, seen = [media.get("schema")], set()
        while pending:
            schema = self.resolved(pending.pop())
            if id(schema) in seen:
                continue
            seen.add(id(schema))
            if schema.get("format") == "binary" or schema.get("contentEncoding") == "binary":
                return True
            pending.extend(child for child, _ in _subschemas(schema, ""))
        return False

    def _wire_schema(self, schema: Any, kind: str, pointer: str) -> dict[str, Any]:
        """The schema of a text or binary body: what is sent and read, whatever it describes (a
        text type whose schema is ``format: binary`` is bytes, as its author says)."""
        annotations = _annotations(schema) if isinstance(schema, dict) else {}
        binary = self.resolved(schema).get("format") == "binary"  # the author says: bytes
        if kind == TEXT and not binary:
            return {"type": "string", **annotations}
        return {"type": "string", "format": "binary", **annotations}

    # -- schemas -------------------------------------------------------------------------

    def resolved(self, schema: Any) -> dict[str, Any]:
        """``schema``, or what its ``$ref`` chain points to (normalised first)."""
        seen: set[str] = set()
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            reference = schema["$ref"]
            if reference in seen or not reference.startswith("#/"):
                return {}
            seen.add(reference)
            target = node_at(self.document, reference[1:])
            self.schema(target, reference[1:])
            schema = target
        return schema if isinstance(schema, dict) else {}

    def schema(self, schema: Any, pointer: str) -> None:
        """Normalise ``schema`` and every schema in it, innermost first."""
        if not isinstance(schema, dict) or id(schema) in self._done:
            return
        self._done[id(schema)] = schema
        _boolean_subschemas(schema)
        for child, where in _subschemas(schema, pointer):
            self.schema(child, where)
        self._default(schema, pointer)
        if "$ref" in schema:
            return
        self._binary_content(schema)
        self._items(schema)
        self._constants(schema)
        self._enum(schema, pointer)
        self._union_beside_properties(schema)
        if isinstance(schema.get("allOf"), list):
            self._all_of(schema, pointer)

    def _binary_content(self, schema: dict[str, Any]) -> None:
        """3.1 says binary strings with ``contentMediaType``/``contentEncoding``, 3.0 with
        ``format: binary``: the one openapi-python-client reads."""
        encoding = schema.get("contentEncoding")
        if "format" in schema or encoding == "base64":
            return
        if encoding == "binary" or "contentMediaType" in schema:
            schema["format"] = "binary"

    def _constants(self, schema: dict[str, Any]) -> None:
        """A oneOf/anyOf of constants (each alternative a ``const`` and its title) is an enum."""
        for keyword in ("oneOf", "anyOf"):
            alternatives = schema.get(keyword)
            if not isinstance(alternatives, list) or not alternatives:
                continue
            values = []
            for alternative in alternatives:
                constant = _constant(alternative)
                if constant is _NOT_CONSTANT:
                    return
                values.append(constant)
            if {type(value) for value in values if value is not None} not in ({str}, {int}):
                return
            schema.pop(keyword)
            schema["enum"] = values
            schema.setdefault("type", _json_type(next(v for v in values if v is not None)))

    def _union_beside_properties(self, schema: dict[str, Any]) -> None:
        """An object with properties of its own and a oneOf/anyOf (OData writes a base type
        and its derived types so) is both: the allOf of the two, which the allOf rules below
        distribute into a union of objects that have its properties. openapi-python-client
        would keep the union and drop the properties. An anyOf one alternative of which allows
        anything (``{}``) adds nothing, and goes."""
        for keyword in ("anyOf", "oneOf"):
            alternatives = schema.get(keyword)
            if not isinstance(alternatives, list):
                continue
            if keyword == "anyOf" and any(
                isinstance(a, dict) and _shape(self.resolved(a)) == "free" for a in alternatives
            ):
                schema.pop(keyword)
                continue
            own = {key: schema.pop(key) for key in _OBJECT_KEYWORDS if key in schema}
            if own:
                union = {keyword: schema.pop(keyword)}
                schema["allOf"] = [{"type": "object", **own}, union, *schema.get("allOf", [])]

    def _items(self, schema: dict[str, Any]) -> None:
        if "array" in _types(schema) and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}  # valid in 3.1 (and read so in 3.0): a list of anything

    def _enum(self, schema: dict[str, Any], pointer: str) -> None:
        values = schema.get("enum")
        if not isinstance(values, list):
            return
        present = [value for value in values if value is not None]
        kinds = {type(value) for value in present}
        if present and kinds in ({str}, {int}):
            return
        if not values:
            self.warn(f"{pointer}/enum", "an empty enum (no value is valid): typed by its type")
        elif present:
            names = "/".join(sorted(kind.__name__ for kind in kinds))
            self.warn(f"{pointer}/enum", f"an enum of {names} values: typed by its type")
        else:
            return  # only null: openapi-python-client reads it as None
        schema.pop("enum")
        if "type" not in schema and present:
            json_types = sorted({_json_type(value) for value in present})
            schema["type"] = json_types[0] if len(json_types) == 1 else json_types

    def _default(self, schema: dict[str, Any], pointer: str) -> None:
        if not self.openapi_31 or "default" not in schema or schema["default"] is None:
            return
        if not _fits(self.resolved(schema) if "$ref" in schema else schema, schema["default"]):
            self.warn(
                f"{pointer}/default",
                f"the default {schema['default']!r} is not a value of the schema: left out",
            )
            schema.pop("default")

    def _all_of(self, schema: dict[str, Any], pointer: str) -> None:
        members = self._constraining_members(schema)
        shapes = [_shape(self.resolved(member)) for member in members]
        if not members:
            return
        if "union" in shapes:
            self._distribute(schema, members, shapes, pointer)
        elif all(shape == "scalar" for shape in shapes):
            merged = self._merge_scalars(members)
            if merged is None:
                self._untyped(schema, pointer, "an allOf of values no value can match")
            else:
                schema.update(merged)
        elif all(shape == "object" for shape in shapes):
            self._all_of_objects(schema, members, pointer)
        else:
            self._untyped(schema, pointer, "an allOf of an object and a value that is not one")

    def _constraining_members(self, schema: dict[str, Any]) -> list[Any]:
        """Take ``schema``'s allOf out, folding into it the members that only annotate (a
        description beside a ``$ref``) or only constrain (``minLength``); return the others."""
        members = []
        for member in schema.pop("allOf"):
            inline = isinstance(member, dict) and "$ref" not in member
            if inline and (set(member) <= _ANNOTATIONS or _shape(member) == "free"):
                for key, value in member.items():
                    schema.setdefault(key, value)
            else:
                members.append(member)
        return members

    def _all_of_objects(self, schema: dict[str, Any], members: list[Any], pointer: str) -> None:
        """An allOf of objects. One referenced object and nothing of its own is that object: a
        plain ``$ref`` (openapi-python-client's shortcut for it ignores the schema's own
        properties, and queues the referenced model to be built a second time, when the
        inline objects it holds become "duplicate models" and the model is lost). A component
        that is only that becomes an alias: references to it go to the object."""
        if len(members) == 1 and isinstance(members[0], dict) and "$ref" in members[0]:
            own = {key: schema.pop(key) for key in _OBJECT_KEYWORDS if key in schema}
            if not own and (schema.get("nullable") is True or "null" in _types(schema)):
                schema.pop("nullable", None)
                schema.pop("type", None)
                schema["oneOf"] = [members[0], {"type": "null"}]
                return
            if not own:
                schema.pop("type", None)
                schema["$ref"] = members[0]["$ref"]
                if re.fullmatch(r"/components/schemas/[^/]+", pointer):
                    self._aliases[f"#{pointer}"] = members[0]["$ref"]
                return
            members = [members[0], {"type": "object", **own}]
        schema["allOf"] = members
        if self._conflicts(members):
            schema.pop("allOf")
            self._merge_objects(schema, members, pointer)

    def _untyped(self, schema: dict[str, Any], pointer: str, why: str) -> None:
        for key in [key for key in schema if key not in _ANNOTATIONS]:
            schema.pop(key)
        self.warn(pointer, f"{why}: typed Any")

    def _merge_scalars(self, members: list[Any]) -> dict[str, Any] | None:
        """One schema for an allOf of non-objects; None when no value can match them all."""
        resolved = [self.resolved(member) for member in members]
        references = [m for m in members if isinstance(m, dict) and "$ref" in m]
        others = [r for m, r in zip(members, resolved, strict=True) if m not in references]
        if len(references) == 1 and not any("enum" in r or "const" in r for r in others):
            target = self.resolved(references[0])
            if all(_types(r) - {"null"} <= _widened(_types(target)) for r in others):
                return {"allOf": [references[0]]}  # the referenced type (an enum class, say)
        types: set[str] | None = None
        enum: list[Any] | None = None
        merged: dict[str, Any] = {}
        for member in resolved:
            member_types = _types(member)
            if member_types:
                types = member_types if types is None else _intersect(types, member_types)
            values = [member["const"]] if "const" in member else member.get("enum")
            if isinstance(values, list):
                enum = list(values) if enum is None else [v for v in enum if v in values]
            if "format" in member:
                merged.setdefault("format", member["format"])
            if "items" in member:
                merged.setdefault("items", {"allOf": []})["allOf"].append(member["items"])
        if (types is not None and not types) or (enum is not None and not enum):
            return None
        if types:
            merged["type"] = sorted(types)[0] if len(types) == 1 else sorted(types)
        if enum is not None:
            merged["enum"] = enum
        items = merged.get("items")
        if items is not None and len(items["allOf"]) == 1:
            merged["items"] = items["allOf"][0]
        return merged

    def _conflicts(self, members: list[Any]) -> bool:
        """Whether two members declare a property openapi-python-client cannot merge."""
        declared: dict[str, list[Any]] = {}
        for properties in self._object_properties(members):
            for name, prop in properties.items():
                declared.setdefault(name, []).append(prop)
        return any(
            not self._mergeable(first, other)
            for schemas in declared.values()
            for first, other in itertools.pairwise(schemas)
        )

    def _object_properties(self, members: list[Any]) -> Iterator[dict[str, Any]]:
        for member in members:
            resolved = self.resolved(member)
            yield from self._object_properties(resolved.get("allOf") or [])
            if isinstance(resolved.get("properties"), dict):
                yield resolved["properties"]

    def _mergeable(self, first: Any, other: Any) -> bool:
        """Whether openapi-python-client merges the two declarations of a property (its
        ``merge_properties``: the same kind, a narrower enum, an int and a float, a string and
        a date, a list of mergeable items, anything and Any)."""
        if first == other:
            return True
        one, two = self.resolved(first), self.resolved(other)
        kinds = {_parsed_kind(one), _parsed_kind(two)}
        if "any" in kinds or (len(kinds) == 1 and not kinds & {"list", "enum:str", "enum:int"}):
            return True
        if kinds == {"list"}:
            return self._mergeable(one.get("items", {}), two.get("items", {}))
        if kinds in ({"enum:str"}, {"enum:int"}):
            values_one, values_two = set(map(repr, one["enum"])), set(map(repr, two["enum"]))
            return values_one <= values_two or values_two <= values_one
        return kinds in (
            {"enum:str", "string"},
            {"enum:int", "int"},
            {"int", "float"},
            {"string", "date"},
            {"string", "datetime"},
            {"string", "file"},
        )

    def _merge_objects(self, schema: dict[str, Any], members: list[Any], pointer: str) -> None:
        """An allOf of objects with conflicting properties, as one object: each property the
        merge of its declarations (lists of the merged items, objects through allOf)."""
        declared: dict[str, list[Any]] = {}
        required: list[str] = list(schema.get("required") or [])
        for member in members:
            for resolved in self._flattened(member):
                for name, prop in (resolved.get("properties") or {}).items():
                    if prop not in declared.setdefault(name, []):
                        declared[name].append(prop)
                required += [
                    name for name in resolved.get("required") or [] if name not in required
                ]
                if "additionalProperties" in resolved:
                    schema.setdefault("additionalProperties", resolved["additionalProperties"])
        properties = dict(schema.get("properties") or {})
        for name, schemas in declared.items():
            where = f"{pointer}/properties/{escape(name)}"
            merged = schemas[0]
            for other in schemas[1:]:
                merged = self._merge_property(merged, other, where)
            properties.setdefault(name, merged)
        schema["type"] = "object"
        schema["properties"] = properties
        if required:
            schema["required"] = required

    def _flattened(self, member: Any) -> Iterator[dict[str, Any]]:
        resolved = self.resolved(member)
        for inner in resolved.get("allOf") or []:
            yield from self._flattened(inner)
        yield resolved

    def _merge_property(self, first: Any, other: Any, pointer: str) -> Any:
        """One schema for a property two allOf members declare: what matches both."""
        one, two = self.resolved(first), self.resolved(other)
        shapes = {_shape(one), _shape(two)}
        merged: Any
        if shapes == {"object"}:
            merged = {"allOf": [first, other]}
        elif "free" in shapes:
            merged = other if _shape(one) == "free" else first
        elif shapes == {"scalar"} and _types(one) - {"null"} == {"array"} == _types(two) - {"null"}:
            items = self._merge_property(one.get("items", {}), two.get("items", {}), pointer)
            merged = {"type": "array", "items": items}
        elif shapes == {"scalar"}:
            merged = self._merge_scalars([first, other])
        else:
            merged = None
        if merged is None:
            self.warn(pointer, "declared twice in an allOf with types that do not meet: typed Any")
            return {}
        if isinstance(merged, dict) and merged is not first and merged is not other:
            for schema in (one, two):  # the later declaration's words, as openapi-python-client
                merged.update({k: v for k, v in _annotations(schema).items() if k != "title"})
            self.schema(merged, pointer)
        return merged

    def _distribute(
        self, schema: dict[str, Any], members: list[Any], shapes: list[str], pointer: str
    ) -> None:
        """allOf [A, oneOf [B, C]] is oneOf [allOf [A, B], allOf [A, C]]: a union of models."""
        fixed = [m for m, shape in zip(members, shapes, strict=True) if shape != "union"]
        choices = []
        for member, shape in zip(members, shapes, strict=True):
            if shape != "union":
                continue
            union = self.resolved(member)
            own = {k: v for k, v in union.items() if k in ("properties", "required", "type")}
            alternatives = union.get("oneOf") or union.get("anyOf") or []
            choices.append(
                [[alternative, own] if own else [alternative] for alternative in alternatives]
            )
        combinations = list(itertools.islice(itertools.product(*choices), _MAX_DISTRIBUTED + 1))
        if len(combinations) > _MAX_DISTRIBUTED:
            self._untyped(schema, pointer, f"an allOf of unions of over {_MAX_DISTRIBUTED} cases")
            return
        alternatives = []
        for combination in combinations:
            parts = [*fixed, *itertools.chain.from_iterable(combination)]
            shapes_of = {_shape(self.resolved(part)) for part in parts} - {"free"}
            if "object" in shapes_of and "scalar" in shapes_of:
                continue  # no value is both an object and not one: not a case at all
            alternative = self._covering(parts) or {"allOf": parts}
            self.schema(alternative, f"{pointer}/anyOf/{len(alternatives)}")
            alternatives.append(alternative)
        if not alternatives:
            self._untyped(schema, pointer, "an allOf of an object and values that are not")
            return
        schema["anyOf"] = alternatives

    def _covering(self, parts: list[Any]) -> dict[str, Any] | None:
        """The one referenced object among ``parts`` that already has every property the
        others declare (a derived type repeating its base's), else None."""
        for part in parts:
            if not (isinstance(part, dict) and "$ref" in part):
                continue
            covering = self.resolved(part)
            properties = covering.get("properties") or {}
            required = set(covering.get("required") or [])
            others = [self.resolved(other) for other in parts if other is not part]
            if all(
                _shape(other) == "free"
                or (
                    _shape(other) == "object"
                    and "allOf" not in other
                    and all(
                        properties.get(k) == v for k, v in (other.get("properties") or {}).items()
                    )
                    and set(other.get("required") or []) <= required
                )
                for other in others
            ):
                return {"$ref": part["$ref"]}
        return None


def _boolean_subschemas(schema: dict[str, Any]) -> None:
    """3.1 schemas may be ``true`` (anything) or ``false`` (nothing), which openapi-python-client
    reads only as ``additionalProperties``: elsewhere ``true`` is the empty schema, a property
    or alternative that is ``false`` cannot occur, and ``items: false`` beside ``prefixItems``
    says there is nothing after them."""
    for key in ("items", "not", "contains", "propertyNames", "if", "then", "else"):
        if schema.get(key) is True:
            schema[key] = {}
        elif schema.get(key) is False:
            schema.pop(key)
            if key == "items" and "prefixItems" not in schema:
                schema["maxItems"] = 0
                schema["items"] = {}
    for key in _SUBSCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            for name in [name for name, item in schema[key].items() if item is False]:
                schema[key].pop(name)
            schema[key] = {name: {} if item is True else item for name, item in schema[key].items()}
    for key in ("anyOf", "oneOf", "prefixItems", "allOf"):
        if isinstance(schema.get(key), list):
            schema[key] = [
                {} if item is True else item for item in schema[key] if item is not False
            ]


def _subschemas(schema: dict[str, Any], pointer: str) -> Iterator[tuple[Any, str]]:
    """Every schema directly inside ``schema``, with its pointer."""
    for key in _SUBSCHEMAS:
        if isinstance(schema.get(key), dict):
            yield schema[key], f"{pointer}/{key}"
    for key in _SUBSCHEMA_LISTS:
        for index, item in enumerate(schema.get(key) or []):
            yield item, f"{pointer}/{key}/{index}"
    for key in _SUBSCHEMA_MAPS:
        for name, item in (schema.get(key) or {}).items():
            yield item, f"{pointer}/{key}/{escape(str(name))}"


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` without null: a path segment is never null (3.0 ``nullable``, a 3.1 type
    list, or a null alternative of a union, as FastAPI writes optional values)."""
    types = _types(schema)
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    nullable = "null" in types or (
        isinstance(alternatives, list) and any(_types(a) == {"null"} for a in alternatives)
    )
    if not nullable:
        return schema
    result = {key: value for key, value in schema.items() if key != "nullable"}
    if isinstance(schema.get("type"), list):
        kept = [t for t in schema["type"] if t != "null"]
        result["type"] = kept[0] if len(kept) == 1 else kept
    for keyword in ("anyOf", "oneOf"):
        if isinstance(schema.get(keyword), list):
            kept_alternatives = [a for a in schema[keyword] if _types(a) != {"null"}]
            result.pop(keyword)
            if len(kept_alternatives) == 1 and isinstance(kept_alternatives[0], dict):
                result.update(kept_alternatives[0])
            else:
                result[keyword] = kept_alternatives
    return result


def _parsed_kind(schema: dict[str, Any]) -> str:
    """The property class openapi-python-client makes of ``schema``, for merging."""
    types = _types(schema)
    if _shape(schema) == "union" or (len(types) > 1 and types != {"null"}):
        return "union"
    values = schema.get("enum")
    if isinstance(values, list):
        present = [value for value in values if value is not None]
        if len(present) < len(values):
            return "union"
        return f"enum:{'int' if present and isinstance(present[0], int) else 'str'}"
    if "const" in schema:
        return "const"
    kind = next(iter(types), "")
    if kind == "string":
        return {"date": "date", "date-time": "datetime", "binary": "file", "uuid": "uuid"}.get(
            schema.get("format", ""), "string"
        )
    simple = {"integer": "int", "number": "float", "boolean": "bool", "null": "none"}
    if kind in simple:
        return simple[kind]
    if kind == "array":
        return "list"
    return "model" if _shape(schema) == "object" else "any"


def _has_inline_model(schema: dict[str, Any]) -> bool:
    """Whether a schema inside ``schema`` is an object or a union written in place."""
    return any(
        _shape(child) in ("object", "union")
        for child, _ in _nested(schema, "")
        if isinstance(child, dict) and "$ref" not in child
    )


def _nested(schema: dict[str, Any], pointer: str) -> Iterator[tuple[Any, str]]:
    """Every schema inside ``schema`` (not itself), at any depth, without following $refs."""
    for child, where in _subschemas(schema, pointer):
        yield child, where
        if isinstance(child, dict):
            yield from _nested(child, where)


def _shape(schema: dict[str, Any]) -> str:
    """``object``, ``scalar`` (anything else with a type or values), ``union``, or ``free``
    (constraints or nothing: any value)."""
    if "anyOf" in schema or "oneOf" in schema:
        return "union"
    types = _types(schema) - {"null"}
    if "object" in types or (
        not types and any(key in schema for key in ("properties", "additionalProperties", "allOf"))
    ):
        return "object" if types <= {"object"} else "union"
    if types or "enum" in schema or "const" in schema or _types(schema) == {"null"}:
        return "scalar" if len(types) <= 1 else "union"
    return "free"


def _types(schema: Any) -> set[str]:
    if not isinstance(schema, dict):
        return set()
    declared = schema.get("type")
    types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    if schema.get("nullable") is True and types:
        types.add("null")
    return {str(t) for t in types}


def _widened(types: set[str]) -> set[str]:
    return types | {"number"} if "integer" in types else types


def _intersect(first: set[str], second: set[str]) -> set[str]:
    both = first & second
    if (
        {"integer", "number"} <= first | second
        and first & {"integer", "number"}
        and second
        & {
            "integer",
            "number",
        }
    ):
        both.add("integer")
    return both


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _fits(schema: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` can be the default of ``schema`` (its type and enum)."""
    types = _types(schema)
    if types and not (
        _json_type(value) in types
        or (_json_type(value) == "integer" and "number" in types)
        or (isinstance(value, float) and value.is_integer() and "integer" in types)
    ):
        return False
    values = schema.get("enum")
    return not isinstance(values, list) or value in values


_NOT_CONSTANT: Any = object()


def _constant(schema: Any) -> Any:
    """The one value ``schema`` allows (a ``const``, a one-value ``enum``), else _NOT_CONSTANT."""
    if not isinstance(schema, dict) or not set(schema) <= {*_ANNOTATIONS, "type", "const", "enum"}:
        return _NOT_CONSTANT
    if "const" in schema:
        return schema["const"]
    values = schema.get("enum")
    return values[0] if isinstance(values, list) and len(values) == 1 else _NOT_CONSTANT


def _annotations(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in schema.items()
        if key in ("description", "title", "example", "deprecated")
    }

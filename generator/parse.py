"""A spec parsed by openapi-python-client, with our names and exact literal values.

This is the one place where the generator meets openapi-python-client's naming. Every name
the generated code uses for something the spec names comes from generator/identifiers.py:

- **operations and tags**, before the parse: openapi-python-client is given a copy of the
  document whose operationIds and tags are already our names (:func:`document_names`), so
  its own derivations (module and function names, the folders under ``api/``, the names of
  inline models) start from unique, normalised, bounded names. The rest of the generator
  reads the original document and asks :func:`document_names` for the same names.
- **enum members**, during the parse: openapi-python-client's ``values_from_list`` (which
  drops a member whose name another takes, or raises) is replaced while parsing by
  :func:`_enum_members`, which also keeps each value exactly as the spec writes it (control
  characters included) for ``py_literal`` to write.
- **model fields and parameters**, after the parse: each model's fields and each
  operation's parameters are renamed in their own namespace, avoiding the model methods
  (``to_dict``...) and the arguments every method takes (``body``, ``options``...).

Literal values are fixed here too: openapi-python-client writes a string default escaped
twice (``'say \\\\"hi\\\\"'`` for ``say "hi"``) and ``inf`` for an infinite float; each
default and constant is written again with ``py_literal`` from the spec's value.

Every rename that a collision caused is a warning naming both texts (the generator prints
them); class names are chosen in generator/names.py with the same function.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import model_property
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import PythonCode, PythonIdentifier, remove_string_escapes

from generator.errors import GenerationError
from generator.escaping import py_literal, untrusted
from generator.identifiers import Namespace, Rules, python_name
from generator.specs import iter_operations

MODEL_ATTRIBUTES = frozenset(
    {
        "additional_keys",
        "additional_properties",
        "from_dict",
        "from_json",
        "msgspec",  # the module a model's field declarations call
        "to_dict",
        "to_json",
        "with_additional_properties",
    }
)
"""What a model has besides its fields (templates/runtime/_models.py.jinja): a field of one
of these names would hide it."""
_UNNAMEABLE = re.compile(r'[\\"\x00-\x1f]')
"""What msgspec refuses in a field's JSON name."""
ARGUMENTS = frozenset({"body", "builtins", "client", "given", "options", "self", "url"})
"""Names the generated functions and methods take or use beside the parameters
(templates/endpoint_macros.py.jinja, templates/resources/resource.py.jinja)."""


@dataclass(frozen=True)
class DocumentNames:
    """The Python names of a document's operations and tags."""

    operations: Mapping[tuple[str, str], str]
    """``(path, method)`` → the operation's module and function name."""
    tags: Mapping[str, str]
    """A tag as the spec writes it → its folder under ``api/`` (and its resource)."""
    warnings: tuple[str, ...] = ()

    def tag(self, operation: Mapping[str, Any]) -> str | None:
        """The name of the operation's first tag; None when it has none."""
        tags = operation.get("tags") or []
        return self.tags[str(tags[0])] if tags else None


def document_names(document: Mapping[str, Any], prefix: str) -> DocumentNames:
    """Return the names of every operation (its operationId, else its method and path) and
    tag of ``document``, in document order; ``prefix`` starts a name that would start with
    a digit (openapi-python-client's ``field_prefix``)."""
    operations = Namespace("operationIds", Rules(prefix=prefix))
    names: dict[tuple[str, str], str] = {}
    tags: dict[str, str] = {}
    merged: list[str] = []
    for path, method, operation in iter_operations(dict(document)):
        names[(path, method)] = operations.name(
            operation_text(path, method, operation.get("operationId")), fallback=method
        )
        for tag in operation.get("tags") or []:
            text = str(tag)
            if text in tags:
                continue
            tags[text] = tag_name(text)
            other = next((o for o, name in tags.items() if name == tags[text] and o != text), None)
            if other is not None:
                merged.append(
                    f"tags {other!r} and {text!r} are both {tags[text]!r} in Python: their "
                    "operations are one resource"
                )
    return DocumentNames(names, tags, tuple(operations.warnings + merged))


def operation_text(path: str, method: str, operation_id: Any) -> str:
    """What an operation is named from: its operationId, else its method and path."""
    if isinstance(operation_id, str) and operation_id:
        return operation_id
    return f"{method}_{path.replace('{', '').replace('}', '').replace('/', '_')}"


def tag_name(tag: str) -> str:
    """The Python name of a tag on its own (its folder under ``api/`` and its resource)."""
    return python_name(tag, rules=Rules(prefix="tag"), fallback="default")


def field_name(text: str, prefix: str) -> str:
    """The Python name of a property on its own (a model field), with no other field."""
    return python_name(
        text, rules=Rules(reserved=MODEL_ATTRIBUTES, prefix=prefix), fallback="field"
    )


def parameter_name(text: str, prefix: str) -> str:
    """The Python name of a parameter on its own (an argument), with no other parameter."""
    return python_name(text, rules=Rules(reserved=ARGUMENTS, prefix=prefix), fallback="parameter")


def parse(document: Mapping[str, Any], config: Config) -> tuple[GeneratorData, list[str]]:
    """Return openapi-python-client's parse of ``document`` named as the module docstring
    says, and the warnings about renames. Raises :class:`ParseFailure` when it cannot parse
    the document at all."""
    names = document_names(document, config.field_prefix)
    warnings = list(names.warnings)
    with _names_left_to_us(warnings):
        openapi = GeneratorData.from_dict(_named_copy(document, names), config=config)
    if isinstance(openapi, GeneratorError):
        raise ParseFailure(openapi)
    _check_names_kept(openapi, names)
    prefix = config.field_prefix
    # Every model, the endpoints' copies too (openapi-python-client copies some): the same
    # fields in the same order get the same names.
    for prop in list(_properties(openapi)):
        if isinstance(prop, ModelProperty):
            warnings += _name_fields(prop, prefix)
        _exact_values(prop)
    paths = {name: path for (path, _), name in names.operations.items()}
    for endpoint in _endpoints(openapi):
        warnings += _name_parameters(endpoint, paths[str(endpoint.name)], prefix)
    return openapi, list(dict.fromkeys(warnings))


def _check_names_kept(openapi: GeneratorData, names: DocumentNames) -> None:
    """Raise :class:`GenerationError` if openapi-python-client named an operation or a tag
    otherwise than :func:`document_names` (the rest of the generator would not find it)."""
    given = {*names.operations.values(), *names.tags.values(), "default"}
    changed = {str(tag) for tag in openapi.endpoint_collections_by_tag} - given
    changed |= {str(endpoint.name) for endpoint in _endpoints(openapi)} - given
    if changed:
        raise GenerationError(
            f"openapi-python-client renamed {sorted(changed)} (a generator bug: please report "
            "it with the spec)"
        )


class ParseFailure(Exception):
    """openapi-python-client could not read the document."""

    def __init__(self, error: GeneratorError) -> None:
        super().__init__(untrusted(error.header))
        self.error = error


def _named_copy(document: Mapping[str, Any], names: DocumentNames) -> dict[str, Any]:
    """``document`` with each operation's operationId and tags replaced by their names
    (the operations are copied; everything else is shared)."""
    copy = dict(document)
    paths: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        paths[path] = dict(item) if isinstance(item, Mapping) else item
    for path, method, operation in iter_operations({"paths": paths}):
        named = dict(operation, operationId=names.operations[(path, method)])
        if operation.get("tags"):
            named["tags"] = [names.tags[str(tag)] for tag in operation["tags"]]
        paths[path][method] = named
    copy["paths"] = paths
    return copy


@contextmanager
def _names_left_to_us(warnings: list[str]) -> Iterator[None]:
    """While openapi-python-client parses: enum members are named by :func:`_enum_members`,
    and two fields or two parameters of one Python name are no error (it would drop the
    schema or the operation): :func:`_name_fields` and :func:`_name_parameters` name them
    after the parse."""

    def values_from_list(
        values: Sequence[str | int], class_info: Class, var_names: Sequence[str]
    ) -> dict[str, str | int]:
        members, renamed = _enum_members(values, str(class_info.name), var_names)
        warnings.extend(renamed)
        return members

    def no_field_conflict(first: Any, second: Any, config: Config) -> None:
        return None

    def no_parameter_conflict(endpoint: Endpoint, **_: Any) -> Endpoint:
        return endpoint

    replaced = [
        (EnumProperty, "values_from_list", staticmethod(values_from_list)),
        (model_property, "_resolve_naming_conflict", no_field_conflict),
        (Endpoint, "_check_parameters_for_conflicts", no_parameter_conflict),
    ]
    originals = [(owner, name, vars(owner)[name]) for owner, name, _ in replaced]
    try:
        for owner, name, ours in replaced:
            setattr(owner, name, ours)
        yield
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def _enum_members(
    values: Sequence[str | int], class_name: str, var_names: Sequence[str]
) -> tuple[dict[str, str | int], list[str]]:
    """Return each enum value by its member name, and the warnings about renames.

    A member is named after its value (``x-enum-varnames`` when it names every value), or
    ``VALUE_<index>`` when the value does not start with a letter (``VALUE_<n>`` for
    integers), as openapi-python-client names them; the value is kept as written.
    """
    members = Namespace(f"enum {class_name}", Rules(style="upper", prefix="VALUE_"))
    by_name: dict[str, str | int] = {}
    use_var_names = len(var_names) == len(values)
    for index, value in enumerate(values):
        if use_var_names:
            text = str(var_names[index])
        elif isinstance(value, int):
            text = f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
        elif value and value[0].isalpha():
            text = value
        else:
            text = f"VALUE_{index}"
        by_name[members.name(text, fallback=f"VALUE_{index}")] = value
    return by_name, members.warnings


def _identifier(name: str) -> PythonIdentifier:
    """``name`` as openapi-python-client's identifier type, exactly (its constructor would
    snake_case it again, dropping a trailing ``_``)."""
    return str.__new__(PythonIdentifier, name)


def _name_fields(model: ModelProperty, prefix: str) -> list[str]:
    """Rename the model's fields in one namespace; leave out those msgspec cannot name."""
    rules = Rules(reserved=MODEL_ATTRIBUTES, prefix=prefix)
    fields = Namespace(f"schema {model.class_info.name}", rules)
    warnings = []
    for listed in (model.required_properties or [], model.optional_properties or []):
        for prop in list(listed):
            if _UNNAMEABLE.search(untrusted(prop.name)):
                listed.remove(prop)  # in place: the endpoints share the lists
                warnings.append(
                    f"schema {model.class_info.name}: property {untrusted(prop.name)!r} has a "
                    "backslash, a quote or a control character, which a msgspec field name "
                    "cannot hold: it is not a field of the model (its value is kept with the "
                    "undeclared ones, model[name])"
                )
                continue
            prop.python_name = _identifier(fields.name(prop.name, fallback="field"))
    return warnings + fields.warnings


def _name_parameters(endpoint: Any, path: str, prefix: str) -> list[str]:
    """Rename the endpoint's parameters in one namespace (a second parameter of one name in
    another location is ``<name>_<location>``), and write ``path`` (as the spec writes it)
    with the path parameters' Python names, as the runtime fills it."""
    parameters = Namespace(f"operation {endpoint.name}", Rules(reserved=ARGUMENTS, prefix=prefix))
    in_path: dict[str, str] = {}
    for location in ("path", "query", "header", "cookie"):
        for prop in getattr(endpoint, f"{location}_parameters"):
            name = _parameter_name(parameters, prop.name, location)
            if location == "path":
                in_path[untrusted(prop.name)] = name
            prop.python_name = _identifier(name)
    endpoint.path = type(endpoint.path)(
        re.sub(r"{([^{}]*)}", lambda m: "{" + in_path.get(m.group(1), m.group(1)) + "}", path)
    )
    return parameters.warnings


def _parameter_name(parameters: Namespace, text: Any, location: str) -> str:
    """A name the generated functions take themselves gets its location (``client_query``),
    and so does a second parameter of one name in another location; a keyword or builtin
    gets ``_`` (``filter_``), as openapi-python-client names them."""
    wanted = python_name(text, rules=parameters.rules, fallback="parameter")
    if wanted in parameters.texts and location != "path":
        text = f"{untrusted(text)}_{location}"
    plain = python_name(text, rules=replace(parameters.rules, reserved=frozenset()))
    suffix = f"_{location}" if plain in parameters.rules.reserved else None
    return parameters.name(text, fallback="parameter", suffix=suffix)


def _endpoints(openapi: GeneratorData) -> Iterator[Any]:
    seen: set[int] = set()
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            if id(endpoint) not in seen:
                seen.add(id(endpoint))
                yield endpoint


def _properties(openapi: GeneratorData) -> Iterator[Any]:
    """Every property of the parse: fields, parameters, bodies, responses, and their parts."""
    roots: list[Any] = [*openapi.models, *openapi.enums]
    for endpoint in _endpoints(openapi):
        roots += endpoint.list_all_parameters()
        roots += [body.prop for body in endpoint.bodies]
        roots += [response.prop for response in endpoint.responses.patterns]
        if endpoint.responses.default is not None:
            roots.append(endpoint.responses.default.prop)
    seen: set[int] = set()
    while roots:
        prop = roots.pop()
        if id(prop) in seen:
            continue
        seen.add(id(prop))
        yield prop
        for attribute in ("inner_property", "additional_properties"):
            part = getattr(prop, attribute, None)
            if part is not None and not isinstance(part, bool):
                roots.append(part)
        for attribute in ("inner_properties", "required_properties", "optional_properties"):
            roots += getattr(prop, attribute, None) or []


def _exact_values(prop: Any) -> None:
    """Write the property's default (and a constant's value) from the spec's own value."""
    for attribute in ("default", "value"):
        value = getattr(prop, attribute, None)
        if not isinstance(value, Value):
            continue
        raw, code = value.raw_value, value.python_code.as_unembedded_code()
        escaped_twice = isinstance(raw, str) and code == repr(remove_string_escapes(raw))
        not_finite = code in ("inf", "-inf", "nan")
        structured = isinstance(raw, dict | list) and code == str(raw)
        if escaped_twice or structured:
            value.python_code = PythonCode(py_literal(raw))
        elif not_finite:
            value.python_code = PythonCode(py_literal(float(code)))

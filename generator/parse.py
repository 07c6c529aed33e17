"""Parse stage: the normalised document through openapi-python-client, once, into what the
templates render, with our names and exact literal values; what it still cannot type is typed
Any, never dropped.

**Names.** This is the one place where the generator meets openapi-python-client's naming.
Every name the generated code uses for something the spec names comes from
generator/identifiers.py:

- **operations and tags**, before the parse: openapi-python-client is given a copy of the
  document whose operationIds and tags are already our names (:func:`document_names`), so
  its own derivations (module and function names, the folders under ``api/``, the names of
  inline models) start from unique, normalised, bounded names. The rest of the generator
  reads the original document and asks :func:`document_names` for the same names.
- **classes**, during the parse: where openapi-python-client would refuse a model or an enum
  because another class (or module) already has its name (two schemas ``Foo`` and ``foo``,
  two inline schemas of one title), the later one is built again under its component key
  when it has one and that is free (``ArticleList`` for a second ``Article``), else the next
  free number (``Foo2``), with a warning naming both; the names a person would choose for
  unnamed models are generator/names.py's, applied after the parse by :func:`rename_models`.
- **enum members**, during the parse: openapi-python-client's ``values_from_list`` (which
  drops a member whose name another takes, or raises) is replaced while parsing by
  :func:`_enum_members`, which also keeps each value exactly as the spec writes it (control
  characters included) for ``py_literal`` to write.
- **model fields and parameters**, after the parse: each model's fields and each
  operation's parameters are renamed in their own namespace, avoiding the model methods
  (``to_dict``...) and the arguments every method takes (``body``, ``options``...).

Every rename that a collision caused is a warning naming both texts (the generator prints
them).

**Nothing dropped.** generator/normalise.py rewrites every construct openapi-python-client is
known to refuse. If it still refuses a schema (a construct nobody has met yet), that schema is
typed Any with a warning naming it and the document parsed again: an API is never refused,
and an operation never dropped, for one schema.

**Literal values**: openapi-python-client writes a string default escaped twice
(``'say \\\\"hi\\\\"'`` for ``say "hi"``) and ``inf`` for an infinite float; each default and
constant is written again with ``py_literal`` from the spec's value.

**Cost**: openapi-python-client deep-copies each operation three times while it parses it (to
return a changed copy, which replaces the original at once); on airflow_v2 that was 70% of the
parse. Here it copies the operation and its lists instead, which is all it changes: the same
result (every corpus package byte-identical), for a fraction of the time. Models renamed after
the parse are renamed in place rather than by parsing again.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import openapi_python_client.parser.openapi as openapi_parser_module
from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError, PropertyError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import model_property
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.parser.properties.schemas import Class, Schemas
from openapi_python_client.parser.responses import Responses
from openapi_python_client.strings import (
    ClassName,
    PythonCode,
    PythonIdentifier,
    remove_string_escapes,
)

from generator.config import ClientSpec
from generator.errors import GenerationError
from generator.escaping import py_literal, untrusted
from generator.identifiers import Namespace, Rules, python_name
from generator.normalise import Normalised, Untypable, normalise, untype
from generator.reader import escape
from generator.specs import Spec, iter_operations, text

MAX_RETRIES = 3
"""Parses after the first, each typing Any what the one before could not type."""

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

_CONSEQUENCES = ("Could not find reference", "in allOf was not processed", "Reference ")
_ENDPOINT = re.compile(
    r"WARNING parsing (\w+) (.*) within .*?\.(?: Endpoint will not be generated\.)?$"
)
_COMPONENT = re.compile(r"(/components/schemas/[^\s:]+)")
_CLASS_TAKEN = re.compile(
    r'Attempted to generate duplicate models with name "(.*)"|Found conflicting enums named (.*)'
    r" with incompatible values"
)


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
            text_ = str(tag)
            if text_ in tags:
                continue
            tags[text_] = tag_name(text_)
            other = next(
                (o for o, name in tags.items() if name == tags[text_] and o != text_), None
            )
            if other is not None:
                merged.append(
                    f"tags {other!r} and {text_!r} are both {tags[text_]!r} in Python: their "
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


def module_name(class_name: str) -> str:
    """The module of a class: never the class's own name (``from .models import X`` would
    find the module once it is imported)."""
    return python_name(class_name, rules=Rules(reserved=frozenset({class_name}), suffix="_module"))


@dataclass(frozen=True)
class Parsed:
    """openapi-python-client's view of the API, the document it was made from, and what the
    parse stage said about it (located warnings)."""

    openapi: GeneratorData
    normalised: Normalised
    config: Config
    warnings: list[str] = field(default_factory=list)


def parse_spec(
    client: ClientSpec, spec: Spec, config_for: Callable[[Normalised], Config]
) -> Parsed:
    """Return ``spec`` parsed by openapi-python-client, every schema typed and everything
    named as the module docstring says.

    Raises :class:`GenerationError` only when openapi-python-client cannot read the document
    at all, saying why.
    """
    normalised = normalise(spec, client.generator_options.get("content_type_overrides"))
    config = config_for(normalised)
    names = document_names(spec.document, config.field_prefix)
    for _ in range(MAX_RETRIES + 1):
        warnings = list(names.warnings)
        openapi = _from_dict(
            client, spec, _named_copy(normalised.document, names), config, warnings
        )
        problems = [*openapi.errors, *_endpoint_errors(openapi)]
        untypable = _untypable(problems)
        if not untypable:
            break
        untype(normalised, spec, untypable)
    else:
        raise GenerationError(
            f"{client.relative(client.spec)}: openapi-python-client still refuses, after typing "
            "Any what it refused before:\n"
            + "\n".join(f"  - {line}" for line in describe(problems))
        )
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
    return Parsed(openapi, normalised, config, list(dict.fromkeys(warnings)))


def _from_dict(
    client: ClientSpec,
    spec: Spec,
    document: dict[str, Any],
    config: Config,
    warnings: list[str],
) -> GeneratorData:
    try:
        with _names_left_to_us(spec, warnings), _shallow_endpoint_copies():
            openapi = GeneratorData.from_dict(document, config=config)
    except (ValueError, TypeError, KeyError, RecursionError) as err:  # its own failure, not ours
        raise GenerationError(
            f"{client.relative(client.spec)}: openapi-python-client failed: "
            f"{type(err).__name__}: {untrusted(str(err))}"
        ) from None
    if isinstance(openapi, GeneratorError):
        raise GenerationError(
            f"{client.relative(client.spec)}: openapi-python-client could not read the document:"
            f" {'; '.join(describe([openapi]))}"
        )
    return openapi


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


def _named_copy(document: Mapping[str, Any], names: DocumentNames) -> dict[str, Any]:
    """``document`` with each operation's operationId and tags replaced by their names
    (the operations are copied; everything else is shared)."""
    copied = dict(document)
    paths: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        paths[path] = dict(item) if isinstance(item, Mapping) else item
    for path, method, operation in iter_operations({"paths": paths}):
        named = dict(operation, operationId=names.operations[(path, method)])
        if operation.get("tags"):
            named["tags"] = [names.tags[str(tag)] for tag in operation["tags"]]
        paths[path][method] = named
    copied["paths"] = paths
    return copied


@contextmanager
def _names_left_to_us(spec: Spec, warnings: list[str]) -> Iterator[None]:
    """While openapi-python-client parses: a class whose name (or module) another has is built
    under the next free name (:func:`_free_class_name`); enum members are named by
    :func:`_enum_members`; and two fields or two parameters of one Python name are no error
    (it would drop the schema or the operation): :func:`_name_fields` and
    :func:`_name_parameters` name them after the parse."""

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

    def distinct_class(owner: type[Any]) -> classmethod[Any, Any, Any]:
        build = vars(owner)["build"].__func__

        def build_distinct(cls: type[Any], /, **arguments: Any) -> Any:
            built, schemas = build(cls, **arguments)
            found = _class_taken(built, arguments["schemas"])
            if found is None:
                return built, schemas
            taken, existing = found
            name = _free_class_name(
                taken, arguments["name"], arguments["schemas"], arguments["config"].field_prefix
            )
            warnings.append(_class_warning(spec, taken, name, existing, arguments))
            # Built again under the new name from what it was given: what the first build
            # added (its inline models, named after it) is not kept.
            data = arguments["data"].model_copy(update={"title": name})
            return build(cls, **{**arguments, "data": data, "parent_name": None})

        return classmethod(build_distinct)

    replaced = [
        (EnumProperty, "values_from_list", staticmethod(values_from_list)),
        (model_property, "_resolve_naming_conflict", no_field_conflict),
        (Endpoint, "_check_parameters_for_conflicts", no_parameter_conflict),
        *((owner, "build", distinct_class(owner)) for owner in _CLASSES),
    ]
    originals = [(owner, name, vars(owner)[name]) for owner, name, _ in replaced]
    try:
        for owner, name, ours in replaced:
            setattr(owner, name, ours)
        yield
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


_CLASSES = (ModelProperty, EnumProperty, LiteralEnumProperty)
"""What openapi-python-client makes a class of (and refuses when the name is taken)."""


def _class_taken(built: Any, before: Schemas) -> tuple[str, Any] | None:
    """The class name ``built`` wanted and the class that has it (or its module) already;
    None if no other class has either."""
    if isinstance(built, PropertyError):
        found = _CLASS_TAKEN.search(text(built.detail))
        if found is None:
            return None
        taken = found.group(1) or found.group(2)
        return taken, next((p for n, p in before.classes_by_name.items() if n == taken), None)
    info = getattr(built, "class_info", None)
    if not isinstance(info, Class) or info.name in before.classes_by_name:
        return None  # an enum of the same values is the same class
    for other in before.classes_by_name.values():
        if _module(other) == info.module_name:
            return str(info.name), other
    return None


def _module(prop: Any) -> str:
    return str(prop.class_info.module_name)


def _free_class_name(taken: str, name: Any, before: Schemas, prefix: str) -> str:
    """A name for a class whose wanted name ``taken`` another class (or module) has: a
    component's own key when its title was taken (``article_list_item``), else the first of
    ``Foo2``, ``Foo3``... that neither a class nor a module has."""
    classes = {str(name) for name in before.classes_by_name}
    modules = {_module(prop) for prop in before.classes_by_name.values()}
    raw = untrusted(name)
    own = [raw.rpartition("/")[2]] if raw.startswith("/components/schemas/") else []
    numbered = (f"{taken}{number}" for number in itertools.count(2))
    for candidate in itertools.chain(own, numbered):
        free = python_name(candidate, rules=Rules("pascal"))
        module = str(PythonIdentifier(free, prefix))
        if free not in classes and module not in modules and str(ClassName(free, prefix)) == free:
            return free
    raise AssertionError("unreachable: the numbered names never end")


def _class_warning(spec: Spec, taken: str, name: str, existing: Any, arguments: Any) -> str:
    """Say which two schemas would have been one class, where each is."""
    renamed = _schema_said(spec, arguments["name"], arguments.get("roots") or set())
    first = (
        "another schema"
        if existing is None
        else _schema_said(spec, existing.name, getattr(existing, "roots", None) or set())
    )
    return (
        f"{renamed} would be the class {taken!r} (or its module), as {first} is: it is "
        f"{name!r} (another name can be given in the config's names: section)"
    )


def _schema_said(spec: Spec, name: Any, roots: set[Any]) -> str:
    """A schema as a warning names it: where it is (a component's pointer and line), or the
    property it is and the component it is in."""
    raw = untrusted(name)
    if raw.startswith("/components/"):
        return f"schema {spec.where(raw)}"
    # a ReferencePath is a str (a NewType); a ClassName, the other kind of root, is not one
    inside = sorted(str(root) for root in roots if not isinstance(root, ClassName))
    if inside:
        return f"the schema of {raw!r} in {spec.where(inside[0])}"
    return f"the schema {raw!r}"


@contextmanager
def _shallow_endpoint_copies() -> Iterator[None]:
    """Make openapi-python-client's parser copy an operation as deep as it then changes it.

    ``Endpoint._add_responses``, ``add_parameters`` and ``sort_parameters`` each start with
    ``endpoint = deepcopy(endpoint)``, then append to its lists, add to its imports, set its
    path and default response, and rename its fresh parameters: copying the Endpoint and its
    containers is the same (the parser never uses the original again), without copying every
    model and schema the operation refers to.
    """
    original = openapi_parser_module.__dict__["deepcopy"]
    openapi_parser_module.__dict__["deepcopy"] = _copy_endpoint
    try:
        yield
    finally:
        openapi_parser_module.__dict__["deepcopy"] = original


def _copy_endpoint(value: Any) -> Any:
    if not isinstance(value, Endpoint):
        return copy.deepcopy(value)
    copied = copy.copy(value)
    for name in ("query_parameters", "path_parameters", "header_parameters", "cookie_parameters"):
        setattr(copied, name, list(getattr(value, name)))
    copied.bodies = list(value.bodies)
    copied.errors = list(value.errors)
    copied.relative_imports = set(value.relative_imports)
    copied.responses = Responses(
        patterns=list(value.responses.patterns), default=value.responses.default
    )
    return copied


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
            text_ = str(var_names[index])
        elif isinstance(value, int):
            text_ = f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
        elif value and value[0].isalpha():
            text_ = value
        else:
            text_ = f"VALUE_{index}"
        by_name[members.name(text_, fallback=f"VALUE_{index}")] = value
    return by_name, members.warnings


def rename_models(openapi: GeneratorData, renames: Mapping[str, str], prefix: str) -> None:
    """Give the models and enums of ``openapi`` the names of ``renames`` (class name → new
    name), in place: their classes, modules, and the imports already written for them, as a
    parse with these names as ``class_overrides`` would have given them."""
    if not renames:
        return
    classes: dict[int, Class] = {}
    for prop in _properties(openapi):
        info = getattr(prop, "class_info", None)
        if isinstance(info, Class) and str(info.name) in renames:
            classes[id(info)] = info
    moved: dict[str, str] = {}
    for info in classes.values():
        new = renames[str(info.name)]
        old_import = f"models.{info.module_name} import {info.name}"
        info.name = ClassName(new, prefix)
        info.module_name = PythonIdentifier(module_name(new), prefix)
        moved[old_import] = f"models.{info.module_name} import {info.name}"
    for holder in [*openapi.models, *_endpoints(openapi)]:
        for attribute in ("relative_imports", "lazy_imports"):
            lines = getattr(holder, attribute, None)
            if lines:
                setattr(holder, attribute, {_moved(line, moved) for line in lines})
    rewritten: set[int] = set()  # a default may be shared by several properties
    for prop in _properties(openapi):  # an enum default is written ``<Class>.<MEMBER>``
        default = getattr(prop, "default", None)
        if isinstance(default, Value) and id(default) not in rewritten:
            rewritten.add(id(default))
            code = default.python_code.as_unembedded_code()
            owner, dot, member = code.partition(".")
            if dot and owner in renames and member.isidentifier():
                default.python_code = PythonCode(f"{renames[owner]}.{member}")


def _moved(line: str, moved: Mapping[str, str]) -> str:
    head, found, tail = line.partition("models.")
    if not found:
        return line
    return head + moved.get(found + tail, found + tail)


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


def _parameter_name(parameters: Namespace, text_: Any, location: str) -> str:
    """A name the generated functions take themselves gets its location (``client_query``),
    and so does a second parameter of one name in another location; a keyword or builtin
    gets ``_`` (``filter_``), as openapi-python-client names them."""
    wanted = python_name(text_, rules=parameters.rules, fallback="parameter")
    if wanted in parameters.texts and location != "path":
        text_ = f"{untrusted(text_)}_{location}"
    plain = python_name(text_, rules=replace(parameters.rules, reserved=frozenset()))
    suffix = f"_{location}" if plain in parameters.rules.reserved else None
    return parameters.name(text_, fallback="parameter", suffix=suffix)


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


def _endpoint_errors(openapi: GeneratorData) -> list[GeneratorError]:
    return [
        error
        for collection in openapi.endpoint_collections_by_tag.values()
        for error in collection.parse_errors
    ]


def _untypable(problems: Sequence[GeneratorError]) -> list[Untypable]:
    """What to type Any: each schema openapi-python-client refused for a reason of its own
    (not because a schema it refers to was refused), and each operation it dropped or cut."""
    schemas: list[Untypable] = []
    consequences: list[Untypable] = []
    operations: list[Untypable] = []
    for problem in problems:
        said = _said(problem)
        endpoint = _ENDPOINT.match(text(problem.header))
        component = _COMPONENT.search(said)
        if endpoint is not None:
            method, path = endpoint.groups()
            pointer = f"/paths/{escape(path)}/{method.lower()}"
            operations.append(Untypable(pointer, _reason(problem), "operation"))
        elif component is not None:
            item = Untypable(component.group(1), _reason(problem), "schema")
            is_consequence = any(marker in said for marker in _CONSEQUENCES)
            (consequences if is_consequence else schemas).append(item)
    # The schemas refused for a reason of their own first: what refers to them may then parse.
    chosen = schemas or operations or consequences
    return list({item.pointer: item for item in chosen}.values())


def _said(problem: GeneratorError) -> str:
    return f"{text(problem.header)} {text(problem.detail)}"


OBJECT_TEXT = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def _reason(problem: GeneratorError) -> str:
    """openapi-python-client's own words for ``problem``, without object reprs or the list of
    what its refusal removed."""
    detail = text(problem.detail).split(" Failure to process schema")[0]
    return OBJECT_TEXT.sub("...", detail).strip() or OBJECT_TEXT.sub("...", text(problem.header))


def describe(problems: Sequence[GeneratorError], *, level: bool = True) -> list[str]:
    """One line per problem: ``error: parsing GET /x within tag: <detail>``; without its
    level for warnings, which are printed after ``warning:`` (openapi-python-client starts
    its headers with the level too: it is said once). An object's default ``str()`` that
    openapi-python-client puts in some messages (``<...UntrustedString object at 0x...>``) is
    left out, so the same spec always gives the same messages."""
    lines = []
    for problem in problems:
        name = problem.level.value
        header = re.sub(rf"^{name}\b:?\s*", "", text(problem.header), flags=re.IGNORECASE)
        line = OBJECT_TEXT.sub(
            "...", header + (f": {text(problem.detail)}" if problem.detail else "")
        )
        lines.append(f"{name.lower()}: {line}" if level else line)
    return lines

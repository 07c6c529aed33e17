"""openapi-spec-validator's checks of an API description, each problem located in the document.

The validator reports where it looked relative to the value it was checking (``at #`` for a
schema, ``#/required``), and its keyword validators say nothing at all about where a duplicate
parameter or an unresolved path parameter is. Here each keyword validator is wrapped so that
every error it yields carries the document-absolute JSON pointer of what it was checking,
followed through ``$ref`` to where the offending value is written, plus the error's own path
inside that value. A schema whose ``allOf`` members reach themselves through ``anyOf``/``items``
(a recursive JSON value) made the validator recurse without end; the walk that collects their
property names remembers what it has seen, and a ``RecursionError`` anywhere else becomes a
located problem instead of a traceback.

OpenAPI 3.1 schemas are JSON Schema 2020-12, where ``default`` is an annotation that should
(not must) match the schema: a 3.1 ``default`` the schema rejects is left to the normaliser
(``generator/normalise.py``), which drops it with a warning. In 3.0 it must match, and is a
problem here.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jsonschema.exceptions import SchemaError, ValidationError
from jsonschema.validators import validator_for
from jsonschema_path.paths import SchemaPath
from openapi_schema_validator._specifications import REGISTRY as SPECIFICATIONS
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    ParameterDuplicateError,
    UnresolvableParameterError,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.reader import escape
from generator.references import MISSING, node_at
from generator.specs import Spec, iter_objects, iter_operations

Problem = tuple[str, str]
"""A document-absolute JSON pointer and what is wrong there."""


_CHECKED: dict[str, tuple[Problem, ...]] = {}
"""What :func:`schema_problems` found in each document already checked in this process, by the
digest of its content: the check is a pure function of the document, and it is most of the
cost of loading one (discord.json: 5 of 11 s), which ``make test`` does several times."""


def schema_problems(document: Mapping[str, Any]) -> list[Problem]:
    """Return every problem openapi-spec-validator finds in ``document``, each located.

    Every ``$ref`` of ``document`` must resolve (report those first, and pass a copy with them
    removed): the validator follows references and cannot go on past one that does not.
    Duplicate operationIds are left to the caller, which names both operations.
    """
    try:
        text = json.dumps(document, sort_keys=True, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):  # keys of several types: not worth remembering
        return _schema_problems(document)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    if digest not in _CHECKED:
        _CHECKED[digest] = tuple(_schema_problems(document))
    return list(_CHECKED[digest])


def _schema_problems(document: Mapping[str, Any]) -> list[Problem]:
    base = (
        OpenAPIV31SpecValidator
        if str(document.get("openapi", "")).startswith("3.1")
        else OpenAPIV30SpecValidator
    )
    keyword_validators = {
        name: _located(keyword_class) for name, keyword_class in base.keyword_validators.items()
    }
    if base is OpenAPIV31SpecValidator:
        keyword_validators["default"] = _AnnotationDefault
    validator_class = type(
        f"Located{base.__name__}", (base,), {"keyword_validators": keyword_validators}
    )
    validator = validator_class(document)
    problems: list[Problem] = []
    try:
        for found in _document_validator(base).iter_errors(document):
            if found.validator == "uniqueItems":
                continue  # duplicate parameters and tags: said below, with their index
            error = _deepest(found)
            pointer = "".join(f"/{escape(str(part))}" for part in error.absolute_path)
            problems.append((pointer, _shortened(error.message)))
        for error in validator.root_validator(validator.schema_path):
            if isinstance(error, DuplicateOperationIDError):
                continue
            where = getattr(error, "located_at", ())
            relative = getattr(error, "relative_parts", tuple(error.absolute_path))
            message = error.message
            if isinstance(error, UnresolvableParameterError):
                message = _path_parameter_message(message)
            problems.append((_physical(document, (*where, *relative)), _shortened(message)))
    except Exception as error:  # the validator's own failure: reported, not raised
        problems.append(
            (
                "",
                f"openapi-spec-validator stopped ({type(error).__name__}: {error}); what it had "
                "not checked yet is unchecked",
            )
        )
    first: dict[str, str] = {}  # the document's check and a schema's may say the same thing
    for pointer, message in problems:
        first.setdefault(pointer, message)
    return list(first.items())


_LONGEST = 300
"""Characters of a message at most: the validator quotes the whole value it checked."""


def _deepest(error: ValidationError) -> ValidationError:
    """For "not valid under any of the given schemas" (a Schema or a Reference, say), the
    error of the alternative that got furthest: where the value is actually wrong."""
    while error.context:
        error = max(error.context, key=lambda inner: len(inner.absolute_path))
    return error


def _shortened(message: str) -> str:
    return message if len(message) <= _LONGEST else message[: _LONGEST - 1] + "…"


def _path_parameter_message(message: str) -> str:
    """Say which way a path template and an operation's path parameters disagree."""
    found = re.match(
        r"Path parameter '(.*)' for '(\w+)' operation in '(.*)' was not resolved", message
    )
    if found is None:
        return message
    name, method, path = found.groups()
    if f"{{{name}}}" in path:
        return (
            f"{path} has {{{name}}}, but {method.upper()} {path} declares no path parameter "
            f"{name!r} (each template variable must be a path parameter)"
        )
    return (
        f"{method.upper()} {path} declares the path parameter {name!r}, which {path} does not "
        "contain (a path parameter must be a template variable of the path)"
    )


def other_problems(spec: Spec) -> list[Problem]:
    """Return what OpenAPI forbids that openapi-spec-validator does not check: security
    requirements naming schemes ``components/securitySchemes`` does not declare, and media
    types (the keys of ``content``) that are neither a media type nor a range (RFC 9110)."""
    return [*_security_problems(spec.document), *_media_type_problems(spec.document)]


def _security_problems(document: Mapping[str, Any]) -> Iterator[Problem]:
    declared = (document.get("components") or {}).get("securitySchemes") or {}
    requirements = [("", document.get("security"))]
    requirements += [
        (f"/paths/{escape(path)}/{method}", operation.get("security"))
        for path, method, operation in iter_operations(dict(document))
    ]
    for where, requirement in requirements:
        for index, alternative in enumerate(requirement if isinstance(requirement, list) else []):
            for name in alternative if isinstance(alternative, dict) else {}:
                if name not in declared:
                    yield (
                        f"{where}/security/{index}/{escape(str(name))}",
                        f"the security requirement names {name!r}, which "
                        "components/securitySchemes does not declare (declared: "
                        f"{', '.join(map(repr, declared)) or 'none'})",
                    )


_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_TYPE = re.compile(
    rf"\s*(\*/\*|{_TOKEN}/(\*|{_TOKEN}))\s*(;\s*{_TOKEN}\s*=\s*({_TOKEN}|\"[^\"]*\")\s*)*;?\s*"
)


def _media_type_problems(document: Mapping[str, Any]) -> Iterator[Problem]:
    for pointer, node in iter_objects(document):
        content = node.get("content")
        if not isinstance(content, dict) or "$ref" in node:
            continue
        for media_type in content:
            if not _MEDIA_TYPE.fullmatch(str(media_type)):
                yield (
                    f"{pointer}/content/{escape(str(media_type))}",
                    f"{str(media_type)!r} is not a media type or range (type/subtype with "
                    "optional parameters, RFC 9110 section 8.3.1)",
                )


def _crawled(schema: dict[str, Any]) -> Registry[Any]:
    """A registry holding ``schema`` and the JSON Schema meta-schemas, every anchor found.

    jsonschema looks ``$dynamicRef``s up in a registry it does not keep crawled, and so walks
    the whole meta-schema again for each one: with a crawled registry the OpenAPI 3.1 check of
    airflow_v2 takes 1.4 s instead of 4.9 s (one run on this machine). The JSON Schema and
    OpenAPI dialects come from openapi-schema-validator's own registry (the one it checks
    schemas with).
    """
    resource = Resource.from_contents(schema, default_specification=DRAFT202012)
    registry: Registry[Any] = (resource @ SPECIFICATIONS).crawl()
    return registry


@functools.cache
def _document_validator(base: type[Any]) -> Any:
    """The validator of whole documents against the OpenAPI meta-schema, over a crawled registry."""
    schema = dict(base.schema_validator.schema)
    return validator_for(schema)(schema, registry=_crawled(schema))


@functools.cache
def _meta_validator(validator_class: type[Any], format_checker: Any) -> Any:
    """What ``validator_class.check_schema`` makes for every schema it checks, made once."""
    meta_schema = validator_class.META_SCHEMA
    checker_class = validator_for(meta_schema, default=validator_class)
    if format_checker is None:
        format_checker = checker_class.FORMAT_CHECKER
    return checker_class(meta_schema, format_checker=format_checker, registry=_crawled(meta_schema))


def _schema_checker(self: Any, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
    """openapi-spec-validator's check of one schema against its dialect, with the meta-schema
    validator made once (``check_schema`` makes one, and crawls its registry, every time)."""
    checker = super(type(self), self)._get_schema_checker(schema, schema_value)
    validator_class = getattr(getattr(checker, "func", checker), "__self__", None)
    if not isinstance(validator_class, type):
        return checker  # type: ignore[no-any-return]
    format_checker = getattr(checker, "keywords", {}).get("format_checker")
    validator = _meta_validator(validator_class, format_checker)

    def check(value: Any) -> None:
        for error in validator.iter_errors(value):
            raise SchemaError.create_from(error)

    return check


def _located(keyword_class: type[keywords.KeywordValidator]) -> type[keywords.KeywordValidator]:
    """A subclass of ``keyword_class`` whose errors say where in the document they are."""
    namespace: dict[str, Any] = {"__call__": _locating_call}
    if issubclass(keyword_class, keywords.SchemaValidator):
        namespace["_collect_properties"] = _collect_properties_once
        namespace["_get_schema_checker"] = _schema_checker
    if issubclass(keyword_class, keywords.ParametersValidator):
        namespace["__call__"] = _parameters_call
    return type(f"Located{keyword_class.__name__}", (keyword_class,), namespace)


def _locating_call(self: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
    where = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
    parts: tuple[Any, ...] = where.parts if where is not None else ()
    if isinstance(self, keywords.ValueValidator):  # it checks the schema's default value
        parts = (*parts, "default")
    errors = super(type(self), self).__call__(*args, **kwargs)
    try:
        for error in errors:
            _locate(error, parts)
            yield error
    except RecursionError:
        yield _locate(
            ValidationError(
                "the validator could not finish checking this schema: it refers to itself "
                "without end"
            ),
            parts,
        )


def _parameters_call(self: Any, parameters: SchemaPath) -> Iterator[ValidationError]:
    """The parameter list's check, each duplicate located at its own index."""
    seen = set()
    for index, parameter in enumerate(parameters):
        for error in self.parameter_validator(parameter):
            yield _locate(error, parameter.parts)
        key = (parameter["name"], parameter["in"])
        if key in seen:
            error = ParameterDuplicateError(
                f"duplicate parameter {parameter['name']!r} in {parameter['in']}: a parameter "
                "is identified by its name and location, and may be listed once"
            )
            yield _locate(error, (*parameters.parts, index))
        seen.add(key)


def _locate(error: ValidationError, parts: tuple[Any, ...]) -> ValidationError:
    """Record where ``error`` is, unless a validator nested deeper already did."""
    if not hasattr(error, "located_at"):
        error.located_at = parts
        error.relative_parts = tuple(error.absolute_path)
    return error


def _collect_properties_once(self: Any, schema: SchemaPath) -> set[str]:
    """openapi-spec-validator's property-name walk, visiting each schema once (its own
    recursion never ends on a schema that contains itself through ``anyOf`` or ``items``)."""
    seen: set[int] = set()
    names: set[str] = set()
    pending = [schema]
    while pending:
        current = pending.pop()
        value = current.read_value()
        if id(value) in seen or not isinstance(value, Mapping):
            continue
        seen.add(id(value))
        if "properties" in current:
            names.update(str(key) for key in (current / "properties").keys())
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in current:
                pending.extend(current / keyword)
        for keyword in ("items", "not"):
            if keyword in current:
                pending.append(current / keyword)
    return names


class _AnnotationDefault(keywords.ValueValidator):
    """OpenAPI 3.1: ``default`` is an annotation (JSON Schema 2020-12 §9.2), not checked here."""

    def __call__(self, schema: SchemaPath, value: Any) -> Iterator[ValidationError]:
        return iter(())


def _physical(document: Mapping[str, Any], parts: tuple[Any, ...]) -> str:
    """The JSON pointer of the value at ``parts``, a path that may pass through ``$ref``s, to
    where that value is written in ``document``."""
    node: Any = document
    pointer = ""
    for part in (*parts, None):
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            reference = node["$ref"]
            if not reference.startswith("#/") or reference in seen:
                break
            seen.add(reference)
            target = node_at(document, reference[1:])
            if target is MISSING:
                break
            node, pointer = target, reference[1:]
        if part is None:
            break
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            node = None
        pointer += f"/{escape(str(part))}"
    return pointer

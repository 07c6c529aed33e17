"""Parse stage: the normalised document through openapi-python-client, once, into what the
templates render; what it still cannot type is typed Any, never dropped.

generator/normalise.py rewrites every construct openapi-python-client is known to refuse. If it
still refuses a schema (a construct nobody has met yet), that schema is typed Any with a
warning naming it and the document parsed again: an API is never refused, and an operation
never dropped, for one schema. Two classes or enum members that would get the same name are
the exception: they are problems of naming, reported with where they come from.

Cost: openapi-python-client deep-copies each operation three times while it parses it (to
return a changed copy, which replaces the original at once); on airflow_v2 that was 70% of the
parse. Here it copies the operation and its lists instead, which is all it changes: the same
result (every corpus package byte-identical), for a fraction of the time. Models named after
the parse (generator/names.py) are renamed in place rather than by parsing again.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import openapi_python_client.parser.openapi as openapi_parser_module
from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import Class
from openapi_python_client.parser.responses import Responses
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from generator.config import ClientSpec
from generator.errors import GenerationError
from generator.normalise import Normalised, Untypable, normalise, untype
from generator.specs import Spec, escape, text

MAX_RETRIES = 3
"""Parses after the first, each typing Any what the one before could not type."""

_NAMING = (
    "Attempted to generate duplicate models",
    "Found conflicting enums named",
    "Parameters with same Python identifier",
)
_CONSEQUENCES = ("Could not find reference", "in allOf was not processed", "Reference ")
_ENDPOINT = re.compile(
    r"WARNING parsing (\w+) (.*) within .*?\.(?: Endpoint will not be generated\.)?$"
)
_COMPONENT = re.compile(r"(/components/schemas/[^\s:]+)")


@dataclass(frozen=True)
class Parsed:
    """openapi-python-client's view of the API, and the document it was made from."""

    openapi: GeneratorData
    normalised: Normalised
    config: Config


def parse_spec(
    client: ClientSpec, spec: Spec, config_for: Callable[[Normalised], Config]
) -> Parsed:
    """Return ``spec`` parsed by openapi-python-client, every schema typed (see the module).

    Raises :class:`GenerationError` for names that collide, saying where.
    """
    normalised = normalise(spec, client.generator_options.get("content_type_overrides"))
    config = config_for(normalised)
    for _ in range(MAX_RETRIES + 1):
        openapi = _from_dict(client, normalised, config)
        problems = [*openapi.errors, *_endpoint_errors(openapi)]
        _refuse_naming_problems(client, problems)
        untypable = _untypable(problems)
        if not untypable:
            return Parsed(openapi, normalised, config)
        untype(normalised, spec, untypable)
    raise GenerationError(
        f"{client.relative(client.spec)}: openapi-python-client still refuses, after typing Any "
        "what it refused before:\n" + "\n".join(f"  - {line}" for line in describe(problems))
    )


def _from_dict(client: ClientSpec, normalised: Normalised, config: Config) -> GeneratorData:
    try:
        with _shallow_endpoint_copies():
            openapi = GeneratorData.from_dict(normalised.document, config=config)
    except (ValueError, TypeError, KeyError, RecursionError) as err:  # its own failure, not ours
        raise GenerationError(
            f"{client.relative(client.spec)}: openapi-python-client failed: "
            f"{type(err).__name__}: {err}"
        ) from None
    if isinstance(openapi, GeneratorError):
        raise GenerationError(
            f"{client.relative(client.spec)}: openapi-python-client could not read the document:"
            f" {'; '.join(describe([openapi]))}"
        )
    return openapi


@contextlib.contextmanager
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
        info.module_name = PythonIdentifier(snake_case(new), prefix)
        moved[old_import] = f"models.{info.module_name} import {info.name}"
    holders: list[Any] = [*openapi.models, *_endpoints(openapi)]
    for holder in holders:
        for attribute in ("relative_imports", "lazy_imports"):
            lines = getattr(holder, attribute, None)
            if lines:
                setattr(holder, attribute, {_moved(line, moved) for line in lines})


def _moved(line: str, moved: Mapping[str, str]) -> str:
    head, found, tail = line.partition("models.")
    if not found:
        return line
    return head + moved.get(found + tail, found + tail)


def _endpoints(openapi: GeneratorData) -> list[Endpoint]:
    return [
        endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    ]


def _properties(openapi: GeneratorData) -> Iterator[Any]:
    """Every property of the parse: models' and enums' own, their fields, the operations'
    parameters, bodies and responses, and all inside them (list items, union members)."""
    pending: list[Any] = [*openapi.models, *openapi.enums]
    for endpoint in _endpoints(openapi):
        pending += [prop for _, prop in endpoint.iter_all_parameters()]
        pending += [body.prop for body in endpoint.bodies]
        pending += [response.prop for response in endpoint.responses]
    seen: set[int] = set()
    while pending:
        prop = pending.pop()
        if id(prop) in seen:
            continue
        seen.add(id(prop))
        yield prop
        pending += [
            *(getattr(prop, "required_properties", None) or ()),
            *(getattr(prop, "optional_properties", None) or ()),
            *(getattr(prop, "inner_properties", None) or ()),
        ]
        for attribute in ("inner_property", "additional_properties"):
            inner = getattr(prop, attribute, None)
            if inner is not None and not isinstance(inner, bool):
                pending.append(inner)


def _endpoint_errors(openapi: GeneratorData) -> list[GeneratorError]:
    return [
        error
        for collection in openapi.endpoint_collections_by_tag.values()
        for error in collection.parse_errors
    ]


def _refuse_naming_problems(client: ClientSpec, problems: Sequence[GeneratorError]) -> None:
    naming = [p for p in problems if any(marker in _said(p) for marker in _NAMING)]
    if naming:
        raise GenerationError(
            f"{client.relative(client.spec)}: names that collide (rename one in the config's "
            "names: section, or the schema with an overlay):\n"
            + "\n".join(f"  - {line}" for line in describe(naming))
        )


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


_OBJECT_REPR = re.compile(r"<openapi_python_client\.[\w.]+ object at 0x[0-9a-f]+>")


def _reason(problem: GeneratorError) -> str:
    """openapi-python-client's own words for ``problem``, without object reprs or the list of
    what its refusal removed."""
    detail = text(problem.detail).split(" Failure to process schema")[0]
    return _OBJECT_REPR.sub("…", detail).strip() or _OBJECT_REPR.sub("…", text(problem.header))


def describe(problems: Sequence[GeneratorError]) -> list[str]:
    """One line per problem, in openapi-python-client's words."""
    return [
        _OBJECT_REPR.sub(
            "…",
            f"{problem.level.value}: {text(problem.header)}"
            + (f": {text(problem.detail)}" if problem.detail else ""),
        )
        for problem in problems
    ]

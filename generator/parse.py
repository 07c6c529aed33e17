"""Parse stage: the normalised document through openapi-python-client, into what the templates
render; what it still cannot type is typed Any, never dropped.

generator/normalise.py rewrites every construct openapi-python-client is known to refuse. If it
still refuses a schema (a construct nobody has met yet), that schema is typed Any with a
warning naming it and the document parsed again: an API is never refused, and an operation
never dropped, for one schema. Two classes or enum members that would get the same name are
the exception: they are problems of naming, reported with where they come from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

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
            return Parsed(openapi, normalised)
        untype(normalised, spec, untypable)
    raise GenerationError(
        f"{client.relative(client.spec)}: openapi-python-client still refuses, after typing Any "
        "what it refused before:\n" + "\n".join(f"  - {line}" for line in describe(problems))
    )


def _from_dict(client: ClientSpec, normalised: Normalised, config: Config) -> GeneratorData:
    try:
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

"""Which resource and method each operation is on the client: ``client.databases.list()``.

Resources are the spec's tags (an untagged operation goes to the resource named after its
path's first segment); a method is the operationId with the resource's noun taken out
(``listDatabases`` → ``databases.list``, ``updateDatabaseSettings`` →
``databases.update_settings``). The config's ``resources:`` section renames any of them
(``operationId: resource.method``; two of those naming one method is an error). Operations
whose short methods clash keep their whole names (``getCollection``, ``getCollections`` →
``collections.get_collection``, ``collections.get_collections``); a clash left after that is
numbered (``get_2``), with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from openapi_python_client.strings import snake_case

from generator.config import ClientSpec
from generator.errors import GenerationError
from generator.identifiers import Namespace, Rules, python_name

_PREPOSITIONS = frozenset({"for", "of", "by", "in", "to", "from", "with", "on", "at", "a", "an"})
# What a resource object already has: a method of these names would hide it.
_TAKEN = frozenset({"with_raw_response", "with_streaming_response"})
# What a client already has: a resource of these names would hide it.
_CLIENT_ATTRIBUTES = frozenset(
    {
        "base_url",
        "timeout",
        "deadline",
        "max_response_size",
        "retry",
        "get_httpx_client",
        "get_async_httpx_client",
        "close",
        "aclose",
        "paginate",
        "apaginate",
        "with_options",
        "send",
        "asend",
        "call",
        "acall",
        "request",
        "arequest",
    }
)


@dataclass(frozen=True)
class Placement:
    """Where one operation is on the client."""

    resource: str
    method: str

    @property
    def dotted(self) -> str:
        return f"{self.resource}.{self.method}"


@dataclass(frozen=True)
class OperationRef:
    """What naming needs of an operation."""

    key: str
    """The generated module's name (openapi-python-client's name for the operation)."""
    operation_id: str
    """The spec's operationId; empty when it has none (its name comes from method and path)."""
    tag: str | None
    """The first tag as openapi-python-client names its folder, None when untagged."""
    path: str


def place_operations(
    client: ClientSpec, operations: Iterable[OperationRef]
) -> tuple[dict[str, Placement], list[str]]:
    """Return the resource and method of every operation, by operation key, and warnings
    about the methods renamed because another operation of the resource had the name."""
    overrides = dict(client.resources)
    chosen: dict[str, Placement] = {}
    derived: dict[str, Placement] = {}
    listed = list(operations)
    for operation in listed:
        wanted = overrides.pop(operation.operation_id, None) or overrides.pop(operation.key, None)
        if wanted is not None:
            resource, _, method = wanted.partition(".")
            chosen[operation.key] = _placement(_identifier(resource), _identifier(method))
        else:
            resource = operation.tag or _resource_from_path(operation.path)
            derived[operation.key] = _placement(resource, method_name(_words(operation), resource))
    if overrides:
        raise GenerationError(
            f"{client.relative(client.config)}: resources: names {sorted(overrides)}, which are "
            "not operations of the spec (use operationIds)"
        )
    _check_collisions(client, chosen)
    _unclash_derived(chosen, derived, {o.key: _identifier(_words(o)) for o in listed})
    methods: dict[str, Namespace] = {}
    for key, placement in chosen.items():
        namespace = methods.setdefault(placement.resource, _methods(placement.resource))
        namespace.texts[placement.method] = key
    placements: dict[str, Placement] = {}
    for operation in listed:
        key = operation.key
        if key in chosen:
            placements[key] = chosen[key]
            continue
        resource, method = derived[key].resource, derived[key].method
        namespace = methods.setdefault(resource, _methods(resource))
        placements[key] = Placement(
            resource, namespace.name(method, source=operation_label(operation))
        )
    return placements, [line for namespace in methods.values() for line in namespace.warnings]


def _methods(resource: str) -> Namespace:
    # Methods are attributes: a builtin's name hides nothing there (``databases.list``).
    return Namespace(f"resource {resource}", Rules(reserved=_TAKEN, builtins=False))


def operation_label(operation: OperationRef) -> str:
    """The operation as the spec names it: its operationId, else its path."""
    return operation.operation_id or operation.path


def _placement(resource: str, method: str) -> Placement:
    if resource in _CLIENT_ATTRIBUTES:
        resource = f"{resource}_"
    return Placement(resource, method)


def _words(operation: OperationRef) -> str:
    """The operation's name in snake_case, punctuation in the operationId separating words
    (``emails/send`` → ``emails_send``, where openapi-python-client's name is ``emailssend``)."""
    parts = [p for p in re.split(r"[^0-9A-Za-z_]+", operation.operation_id) if p]
    if len(parts) < 2:
        return operation.key
    return "_".join(snake_case(part) for part in parts)


def method_name(operation: str, resource: str) -> str:
    """Return ``operation`` (snake_case) without the resource's noun, plural or singular."""
    words = operation.split("_")
    plural = resource.rstrip("_").split("_")  # ``true_``: a tag openapi-python-client escaped
    singular = [*plural[:-1], singularize(plural[-1])]
    for noun in (plural, singular):
        start = _find(words, noun)
        if start is not None and len(words) > len(noun):
            words = words[:start] + words[start + len(noun) :]
            break
    while len(words) > 1 and words[-1] in _PREPOSITIONS:
        words.pop()
    while len(words) > 1 and words[0] in _PREPOSITIONS:
        words.pop(0)
    return _identifier("_".join(words) or operation)


def singularize(word: str) -> str:
    """Return the singular of an English plural noun (good enough for resource names)."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "uses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _find(words: list[str], noun: list[str]) -> int | None:
    for start in range(len(words) - len(noun) + 1):
        if words[start : start + len(noun)] == noun:
            return start
    return None


def _resource_from_path(path: str) -> str:
    for segment in path.split("/"):
        if segment and not segment.startswith("{"):
            return _identifier(segment)
    return "root"


def _identifier(text: str) -> str:
    return python_name(text, rules=Rules(reserved=_TAKEN, builtins=False), fallback="default")


def _unclash_derived(
    chosen: Mapping[str, Placement], derived: dict[str, Placement], whole: Mapping[str, str]
) -> None:
    """Operations whose short names clash keep their whole names: ``getCollection`` and
    ``getCollections`` are ``collections.get_collection`` and ``collections.get_collections``,
    not ``get`` twice (an operation without operationId: ``get_things``, from method and
    path). The noun taken out was the word that told them apart; a clash left after that is
    numbered by the resource's namespace, with a warning."""
    taken: dict[str, list[str]] = {}
    for key, placement in [*chosen.items(), *derived.items()]:
        taken.setdefault(placement.dotted, []).append(key)
    for key, placement in list(derived.items()):
        if len(taken[placement.dotted]) > 1 and whole[key] != placement.method:
            derived[key] = Placement(placement.resource, whole[key])


def _check_collisions(client: ClientSpec, placements: Mapping[str, Placement]) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for key, placement in placements.items():
        if placement.dotted in seen:
            clashes.append(f"{seen[placement.dotted]} and {key} are both {placement.dotted}")
        seen[placement.dotted] = key
    if clashes:
        raise GenerationError(
            f"{client.relative(client.config)}: resources: two operations would be the same "
            "method: " + "; ".join(clashes) + ". Name each once."
        )

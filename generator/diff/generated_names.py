"""The Python names the generator gives to what a spec names: how the diff judges a rename.

A rename in the spec (an operationId, a tag, a parameter, a property, a component schema)
changes code written against the generated client only when it changes a name that code
uses. These functions return that name the way generation makes it (the rules of
:mod:`generator.parse`, built on :func:`generator.identifiers.python_name`), so that two
spellings with one generated name (``createTeam`` and ``create_team``; ``Service Tokens`` and
``Service tokens``) are one name.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from openapi_python_client.strings import ClassName

from generator import parse
from generator.identifiers import Rules, python_name

K = TypeVar("K", bound=Hashable)

_PREFIX = "field_"
"""openapi-python-client's default prefix for a name that is not an identifier on its own."""


def operation_name(method: str, path: str, operation_id: str | None) -> str:
    """Return the name of the operation's generated module and functions."""
    text = parse.operation_text(path, method, operation_id)
    return python_name(text, rules=Rules(prefix=_PREFIX), fallback=method)


def tag_name(tag: str | None) -> str | None:
    """Return the name of the generated folder (and resource) of an operation's first tag."""
    return None if tag is None else parse.tag_name(tag)


def argument_name(name: str) -> str:
    """Return the generated argument name of a parameter."""
    return parse.parameter_name(name, _PREFIX)


def field_name(name: str) -> str:
    """Return the generated model field (or body argument) name of a property."""
    return parse.field_name(name, _PREFIX)


def class_name(name: str) -> str:
    """Return the generated class name of a component schema."""
    return str(ClassName(name, prefix=""))


def same_python_names(
    gone: Iterable[K], fresh: Iterable[K], python_name: Callable[[K], str]
) -> dict[K, K]:
    """Pair each name only the old side has with the one name only the new side has that
    generates the same Python name (``displayName`` and ``display_name``): old → new."""
    left = list(fresh)
    pairs: dict[K, K] = {}
    for name in gone:
        twins = [other for other in left if python_name(other) == python_name(name)]
        if len(twins) == 1:
            pairs[name] = twins[0]
            left.remove(twins[0])
    return pairs

"""The Python names the generator gives to what a spec names: how the diff judges a rename.

A rename in the spec (an operationId, a tag, a parameter, a property, a component schema)
changes code written against the generated client only when it changes a name that code
uses. These functions return that name the way generation makes it (openapi-python-client's
identifier rules, which :mod:`generator.operations` also calls), so that two spellings with
one generated name (``createTeam`` and ``create_team``; ``Service Tokens`` and
``Service tokens``) are one name.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.operations import first_tag, operation_key

K = TypeVar("K", bound=Hashable)

_PREFIX = "field_"
"""openapi-python-client's default prefix for a name that is not an identifier on its own."""


def operation_name(method: str, path: str, operation_id: str | None) -> str:
    """Return the name of the operation's generated module and functions."""
    operation = {} if operation_id is None else {"operationId": operation_id}
    return operation_key(path, method, operation, _PREFIX)


def tag_name(tag: str | None) -> str | None:
    """Return the name of the generated folder (and resource) of an operation's first tag."""
    return first_tag({"tags": [] if tag is None else [tag]}, _PREFIX)


def argument_name(name: str) -> str:
    """Return the generated argument or model field name of a parameter or a property."""
    return str(PythonIdentifier(name, prefix=_PREFIX))


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

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""What callers pass, checked before anything is sent: a wrong type, an unknown keyword or a
missing argument of a client, a resource method or ``RequestOptions`` is a ``TypeError`` (a
string an enum does not list, a ``ValueError``) naming the call as it is written
(``PlanetScaleClient()``, ``client.databases.get()``), the argument, what was given and what
is accepted. The checks are read from the annotations, once per function, when first called.
"""

from __future__ import annotations

import difflib
import enum
import functools
import inspect
import reprlib
import types
import typing
from collections import abc
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, overload

import msgspec

F = TypeVar("F", bound=Callable[..., Any])
E = TypeVar("E", bound=enum.Enum)

_Check = Callable[[Any], bool]
_REPR = reprlib.Repr()
_REPR.maxstring = 60
_REPR.maxother = 60


class _Accepted:
    """What one parameter accepts: a test of a value, and its description for messages."""

    __slots__ = ("check", "classes", "described", "values")

    def __init__(
        self,
        check: _Check | None,
        described: str,
        values: tuple[Any, ...] = (),
        classes: tuple[type, ...] = (),
    ) -> None:
        self.check = check
        """None: anything is accepted."""
        self.described = described
        self.values = values
        """The values of the ``Literal`` the parameter accepts, if any."""
        self.classes = classes
        """When ``check`` is ``isinstance(value, classes)``: unions of those are one test."""


def _instance_of(classes: tuple[type, ...], described: str) -> _Accepted:
    return _Accepted(lambda value: isinstance(value, classes), described, classes=classes)


class _Signature:
    """A function's parameters (``self`` left out) and what each accepts."""

    def __init__(self, function: Callable[..., Any]) -> None:
        parameters = list(inspect.signature(function).parameters.values())[1:]
        hints = _hints(function)
        self.positional = tuple(p.name for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
        self.required_positional = sum(
            1 for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
        )
        self.required_keywords_in_order = tuple(
            p.name for p in parameters if p.kind == p.KEYWORD_ONLY and p.default is p.empty
        )
        self.required_keywords = frozenset(self.required_keywords_in_order)
        self.names = tuple(p.name for p in parameters)
        self.accepted = {name: accepted(hints[name]) if name in hints else _ANYTHING for name in self.names}


def checked(call_name: Callable[[Any], str], shown: Callable[[str], bool] = lambda name: True) -> Callable[[F], F]:
    """Decorate a method so that its arguments are checked before it runs.

    ``call_name(self)`` is the call as the caller writes it (``"PlanetScaleClient()"``);
    ``shown(name)`` says whether a wrong value of that parameter may be quoted in the message
    (never a credential's).
    """

    def decorate(function: F) -> F:
        signature: _Signature | None = None

        def check(self: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
            nonlocal signature
            if signature is None:
                signature = _Signature(function)
            accepted = signature.accepted
            if len(args) > len(signature.positional):
                raise TypeError(
                    f"{call_name(self)} takes {len(signature.positional)} positional argument(s) "
                    f"({', '.join(signature.positional) or 'none'}), not {len(args)}: pass the "
                    "others by keyword"
                )
            for name, value in zip(signature.positional, args):
                test = accepted[name].check
                if test is not None and not test(value):
                    raise _wrong(call_name(self), name, value, accepted[name], shown=shown(name))
            for name, value in kwargs.items():
                accepts = accepted.get(name)
                if accepts is None:
                    raise TypeError(_unknown(call_name(self), name, signature.names))
                if accepts.check is not None and not accepts.check(value):
                    raise _wrong(call_name(self), name, value, accepts, shown=shown(name))
            if len(args) < signature.required_positional or not signature.required_keywords.issubset(kwargs):
                missing = [
                    name
                    for name in signature.positional[len(args) : signature.required_positional]
                    if name not in kwargs
                ] + [name for name in signature.required_keywords_in_order if name not in kwargs]
                if missing:
                    raise TypeError(f"{call_name(self)} is missing the argument(s) {', '.join(missing)}")

        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def checked_coroutine(self: Any, *args: Any, **kwargs: Any) -> Any:
                check(self, args, kwargs)
                return await function(self, *args, **kwargs)

            return typing.cast(F, checked_coroutine)

        @functools.wraps(function)
        def checked_call(self: Any, *args: Any, **kwargs: Any) -> Any:
            check(self, args, kwargs)
            return function(self, *args, **kwargs)

        return typing.cast(F, checked_call)

    return decorate


def check_argument(call: str, name: str, value: Any, annotation: Any) -> None:
    """Raise the error of :func:`checked` when ``value`` is not what ``annotation`` accepts."""
    accepts = accepted(annotation)
    if accepts.check is not None and not accepts.check(value):
        raise _wrong(call, name, value, accepts, shown=True)


def incomplete_credential(call: str, scheme: str, parts: Mapping[str, tuple[object, str | None]]) -> ValueError:
    """Return the error for a credential given in part: ``parts`` maps each of its arguments to
    its value (from the argument or its environment variable) and that variable."""
    missing = [name for name, (value, _) in parts.items() if not value]
    how = "; ".join(
        f"pass {name}=... or set {env}" if env else f"pass {name}=..."
        for name, (_, env) in parts.items()
        if name in missing
    )
    return ValueError(
        f"{call}: the {scheme} credential needs {' and '.join(parts)}, but "
        f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing or empty: {how}"
    )


# One overload per kind of value: mypy applies them to each member of a union argument, so
# ``Plan | Literal["hobby"] | Unset`` becomes ``Plan | Unset``.
@overload
def as_member(enum_class: type[E], value: msgspec.UnsetType) -> msgspec.UnsetType: ...
@overload
def as_member(enum_class: type[E], value: None) -> None: ...
@overload
def as_member(enum_class: type[E], value: str | int | enum.Enum) -> E: ...
def as_member(enum_class: type[E], value: Any) -> Any:
    """Return ``value`` as a member of ``enum_class`` when it is one of its values (an argument
    may be the enum or its value), else as it is."""
    if isinstance(value, (str, int)) and not isinstance(value, enum.Enum):
        return enum_class(value)
    return value


def accepted(annotation: Any) -> _Accepted:
    """Return what ``annotation`` (a resolved type) accepts."""
    if annotation is Any or annotation is object or isinstance(annotation, (TypeVar, typing.ParamSpec)):
        return _ANYTHING
    if annotation is None or annotation is type(None):
        return _instance_of((type(None),), "None")
    if annotation is msgspec.UnsetType:
        return _instance_of((msgspec.UnsetType,), "UNSET (left out)")
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return _union([accepted(argument) for argument in arguments])
    if origin is typing.Literal:
        values = tuple(arguments)
        kinds = tuple({type(value) for value in values})
        return _Accepted(
            lambda value: type(value) in kinds and value in values,
            "one of " + ", ".join(repr(value) for value in values),
            values,
        )
    if annotation is bool:
        return _instance_of((bool,), "True or False")
    if annotation is int:
        return _Accepted(lambda value: isinstance(value, int) and not isinstance(value, bool), "an int")
    if annotation is float:
        return _Accepted(lambda value: isinstance(value, (int, float)) and not isinstance(value, bool), "a number")
    if origin in (list, set, frozenset, tuple, abc.Sequence):
        return _collection(origin, arguments)
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return _mapping(arguments)
    if origin is not None and _is_callable(origin):
        return _Accepted(callable, "a callable")
    if annotation in (typing.IO, typing.BinaryIO, typing.TextIO) or origin is typing.IO:
        return _ANYTHING  # file objects of every kind: not checkable by isinstance
    if getattr(annotation, "_is_protocol", False) and not getattr(annotation, "_is_runtime_protocol", False):
        return _ANYTHING  # a Protocol isinstance cannot test
    if isinstance(annotation, type):
        described = "NOT_GIVEN" if annotation.__name__ == "NotGiven" else _a(_class_name(annotation))
        return _instance_of((annotation,), described)
    return _ANYTHING


_ANYTHING = _Accepted(None, "anything")


def _union(members: list[_Accepted]) -> _Accepted:
    if any(member.check is None for member in members):
        return _ANYTHING
    descriptions = [member.described for member in members]
    described = descriptions[0] if len(descriptions) == 1 else ", ".join(descriptions[:-1]) + " or " + descriptions[-1]
    values = tuple(value for member in members for value in member.values)
    # One isinstance() for the members that are classes (most of a union), then the others.
    classes = tuple(c for member in members for c in member.classes)
    others = [member.check for member in members if not member.classes and member.check]
    if not others:
        return _Accepted(lambda value: isinstance(value, classes), described, values, classes)
    if len(others) == 1:
        other = others[0]
        return _Accepted(lambda value: isinstance(value, classes) or other(value), described, values)
    return _Accepted(
        lambda value: isinstance(value, classes) or any(check(value) for check in others),
        described,
        values,
    )


def _collection(origin: Any, arguments: tuple[Any, ...]) -> _Accepted:
    kind = origin
    noun = {list: "list", set: "set", frozenset: "frozenset", tuple: "tuple"}.get(kind, "sequence")
    items = (
        accepted(arguments[0]) if len(arguments) == 1 or (len(arguments) == 2 and arguments[1] is ...) else _ANYTHING
    )
    if items.check is None:
        return _Accepted(lambda value: isinstance(value, kind), f"a {noun}")
    item_check = items.check
    return _Accepted(
        lambda value: isinstance(value, kind) and all(item_check(item) for item in value),
        f"a {noun} of {_plural(items.described)}",
    )


def _mapping(arguments: tuple[Any, ...]) -> _Accepted:
    keys, values = (accepted(arguments[0]), accepted(arguments[1])) if len(arguments) == 2 else (_ANYTHING, _ANYTHING)
    key_check, value_check = keys.check, values.check

    def check(value: Any) -> bool:
        if not isinstance(value, Mapping):
            return False
        return all(
            (key_check is None or key_check(k)) and (value_check is None or value_check(v)) for k, v in value.items()
        )

    if key_check is None and value_check is None:
        return _Accepted(lambda value: isinstance(value, Mapping), "a mapping")
    return _Accepted(check, f"a mapping of {_plural(keys.described)} to {_plural(values.described)}")


def _is_callable(origin: Any) -> bool:
    return origin is abc.Callable


def _wrong(call: str, name: str, value: Any, accepts: _Accepted, *, shown: bool) -> Exception:
    given = f"{name}={_REPR.repr(value)}" if shown else f"{name}=<{type(value).__name__}, not shown>"
    if accepts.values and any(type(value) is type(v) for v in accepts.values):
        return ValueError(f"{call}: {given}: {name} must be {accepts.described}")
    return TypeError(f"{call}: {given}: {name} must be {accepts.described}, not {_a(type(value).__name__)}")


def _unknown(call: str, name: str, names: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, names, n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"{call} got an unexpected keyword argument {name!r}{hint}; it takes: {', '.join(names)}"


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    """The resolved annotations of ``function``; one that cannot be resolved accepts anything."""
    try:
        return typing.get_type_hints(function)
    except Exception:  # noqa: BLE001 - a name only imported for type checkers: check the rest
        resolved = {}
        namespace = getattr(function, "__globals__", {})
        for name, annotation in getattr(function, "__annotations__", {}).items():
            try:
                resolved[name] = typing.get_type_hints(_Annotated(name, annotation), namespace)[name]
            except Exception:  # noqa: BLE001, S112
                continue
        return resolved


class _Annotated:
    """An object holding one annotation, for ``typing.get_type_hints``."""

    def __init__(self, name: str, annotation: Any) -> None:
        self.__annotations__ = {name: annotation}


def _class_name(cls: type) -> str:
    module = cls.__module__
    if module == "builtins" or module.split(".")[0] == __name__.split(".")[0]:
        return cls.__qualname__
    return f"{module.split('.')[0]}.{cls.__qualname__}"


def _a(noun: str) -> str:
    if noun in ("None", "NoneType"):
        return "None"
    return ("an " if noun[:1].lower() in "aeiou" or noun.startswith("httpx") else "a ") + noun


def _plural(described: str) -> str:
    for article in ("an ", "a "):
        if described.startswith(article):
            return described[len(article) :] + "s"
    return described

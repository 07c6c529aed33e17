"""Between JSON values and the Python types a generated signature names.

``to_python`` turns an example built from the spec into the argument a generated function takes
(a model, an enum member, a date, a ``File``...); ``conforms`` says whether what a generated
function returned is of the type it declares.
"""

from __future__ import annotations

import datetime
import enum
import io
import types
import typing
import uuid
from typing import Any

import msgspec

_SCALARS: dict[type, tuple[type, ...]] = {
    bool: (bool,),
    int: (int,),
    float: (int, float),
    str: (str,),
    bytes: (bytes,),
}
_PARSERS: dict[type, Any] = {
    datetime.datetime: datetime.datetime.fromisoformat,
    datetime.date: datetime.date.fromisoformat,
    datetime.time: datetime.time.fromisoformat,
    uuid.UUID: uuid.UUID,
}


def to_python(annotation: Any, value: Any) -> Any:
    """Return ``value`` (JSON, or bytes for binary) as the type ``annotation`` names.

    Raises TypeError or ValueError when the value cannot be that type.
    """
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return _first_member(arguments, value)
    if origin is list:
        _expect(isinstance(value, list), annotation, value)
        return [to_python(arguments[0], item) for item in value]
    if origin is dict:
        _expect(isinstance(value, dict), annotation, value)
        return {key: to_python(arguments[1], item) for key, item in value.items()}
    if origin is typing.Literal:
        _expect(value in arguments, annotation, value)
        return value
    if annotation is Any:
        return value
    if annotation in (None, types.NoneType):
        _expect(value is None, annotation, value)
        return None
    if not isinstance(annotation, type):
        raise TypeError(f"cannot build a {annotation!r}")
    return _instance(annotation, value)


def _first_member(members: tuple[Any, ...], value: Any) -> Any:
    problems = []
    for member in members:
        if member is msgspec.UnsetType:
            continue
        try:
            return to_python(member, value)
        except Exception as err:  # a model's from_dict may raise its own validation error
            problems.append(f"{member!r}: {err}")
    raise TypeError(f"{value!r} fits no member of the union ({'; '.join(problems)})")


def _instance(cls: Any, value: Any) -> Any:
    if is_file_type(cls):
        payload = value if isinstance(value, bytes) else str(value).encode()
        return cls(payload=io.BytesIO(payload), file_name="upload.bin", mime_type=None)
    if issubclass(cls, enum.Enum):
        return cls(value)
    if hasattr(cls, "from_dict"):
        _expect(isinstance(value, dict), cls, value)
        return cls.from_dict(value)
    if cls in _PARSERS:
        _expect(isinstance(value, str), cls, value)
        return _PARSERS[cls](value)
    if cls in _SCALARS:
        _expect(
            isinstance(value, _SCALARS[cls]) and (cls is bool or not isinstance(value, bool)),
            cls,
            value,
        )
        return cls(value)
    _expect(isinstance(value, cls), cls, value)
    return value


def is_file_type(cls: Any) -> bool:
    """Whether ``cls`` is a generated package's ``File`` (an upload or a binary response)."""
    return isinstance(cls, type) and cls.__name__ == "File" and hasattr(cls, "to_tuple")


def conforms(value: Any, annotation: Any) -> bool:
    """Return whether ``value`` is of the type ``annotation`` names (deeply, for containers)."""
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, member) for member in arguments)
    if origin is list:
        return isinstance(value, list) and all(conforms(item, arguments[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(conforms(v, arguments[1]) for v in value.values())
    if origin is typing.Literal:
        return value in arguments
    if annotation is Any:
        return True
    if annotation in (None, types.NoneType):
        return value is None
    if annotation is msgspec.UnsetType:
        return value is msgspec.UNSET
    if annotation in _SCALARS:
        return isinstance(value, _SCALARS[annotation]) and (
            annotation is bool or not isinstance(value, bool)
        )
    return isinstance(annotation, type) and isinstance(value, annotation)


def _expect(condition: bool, annotation: Any, value: Any) -> None:
    if not condition:
        raise TypeError(f"{value!r} is not a {annotation!r}")

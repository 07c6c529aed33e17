# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Fast decoding: a response is decoded by msgspec, in C, into the typed models.

Real APIs add fields to their objects before their specs say so. When a body has a field its
model does not declare, the decoder learns it: the model gets a subclass that declares the
field (its values kept as they come, in ``additional_properties``), and the body is decoded
again. The next bodies with that field decode in C at once, so a new field costs one extra
decode, once. An enum value the spec does not list is kept (:func:`keep_enum_value`) and
becomes known to msgspec: the next bodies with it decode in C too. Anything else (a null the spec does not allow, a wrong type, an invalid body)
makes :meth:`FastDecoder.decode` return ``FALLBACK``, and the operation reads the body field
by field (``_models.py``), keeping what it can and reporting precisely what it cannot.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from typing import Any, Final, Generic, TypeVar, Union

import msgspec

from ._models import Model, extra_values, learn_fields

T = TypeVar("T")

MAX_LESSONS = 32
"""New fields one decoder learns at most; beyond that, bodies take the careful path."""
_UNKNOWN = re.compile(r"^Object contains unknown field `(.+?)`(?: - at `\$(.*)`)?$")
_STEP = re.compile(r"\.([^.\[]+)|\[(-?\d+)\]|\[(\"[^\"]*\"|'[^']*'|[^\]]*)\]")


class Fallback:
    __slots__ = ()

    def __repr__(self) -> str:
        return "FALLBACK"


FALLBACK: Final = Fallback()


class FastDecoder(Generic[T]):
    """Decodes JSON bytes into ``type_`` with msgspec; built on first use (import stays cheap)."""

    __slots__ = ("_decoder", "_enums", "_learned", "_lessons", "_type", "_usable")

    def __init__(self, type_: Any) -> None:
        self._type = type_
        self._decoder: msgspec.json.Decoder[Any] | None = None
        self._usable = True
        self._learned: dict[type[Model], tuple[str, ...]] = {}
        """Each model class and the fields learned for it (their JSON names)."""
        self._lessons = 0
        self._enums = _enum_values
        """How many unlisted enum values existed when the decoder was built."""

    def decode(self, content: bytes) -> T | Fallback:
        """Return the decoded value, or ``FALLBACK`` when the body needs the careful path."""
        decoder = self._decoder
        if decoder is None or self._enums != _enum_values:
            if not self._usable:
                return FALLBACK
            self._enums = _enum_values
            try:
                decoder = self._decoder = msgspec.json.Decoder(self._decoded_type())
            except (TypeError, NameError):  # a type msgspec cannot express: always careful
                self._usable = False
                return FALLBACK
        while True:
            try:
                result: T = decoder.decode(content)
            except msgspec.ValidationError as error:
                decoder = self._learn(str(error))
                if decoder is None:
                    return FALLBACK
                continue
            except (msgspec.DecodeError, RecursionError, UnicodeDecodeError):
                return FALLBACK  # invalid UTF-8 in a string is msgspec's UnicodeDecodeError
            return result

    def _decoded_type(self) -> Any:
        if not (self._learned or _unlisted):
            return self._type
        return learn_fields(self._type, self._learned, frozenset(_unlisted))

    def _learn(self, message: str) -> msgspec.json.Decoder[Any] | None:
        """Learn the unknown field ``message`` names; return the new decoder, or None."""
        found = _UNKNOWN.match(message)
        if found is None or self._lessons >= MAX_LESSONS:
            return None
        model = _model_at(self._type, found.group(2) or "")
        if model is None:
            return None  # not a plain path through models and lists: the careful path
        self._lessons += 1
        self._learned[model] = (*self._learned.get(model, ()), found.group(1))
        try:
            self._decoder = msgspec.json.Decoder(self._decoded_type())
        except (TypeError, NameError, ValueError):
            self._usable, self._decoder = False, None
            return None
        return self._decoder


MAX_UNLISTED = 64
"""Unlisted enum values remembered at most (each rebuilds the decoders once); beyond that,
values are still kept, each made when met."""
_enum_values = 0
"""Enum values the spec does not list that were met, in every enum: when it grows, decoders
are rebuilt so that msgspec knows them."""
_unlisted: set[type[enum.Enum]] = set()
"""The enums with such values."""

E = TypeVar("E", bound=enum.StrEnum)


def keep_enum_value(cls: type[E], value: Any) -> E | None:
    """``_missing_`` of the generated string enums: a value the spec does not list yet is kept
    as a member of ``cls`` (made once), not refused.

    It is added to the members msgspec reads (``__members__``), not to those iteration lists:
    ``list(cls)`` stays what the spec says. Without that, msgspec calls ``_missing_`` for every
    occurrence (about 0.55 µs each, against 0.03 µs for a listed value).
    """
    global _enum_values  # noqa: PLW0603 - one counter for every decoder
    if not isinstance(value, str):
        return None
    known = cls._value2member_map_.get(value)
    if known is not None:
        return known  # type: ignore[return-value]
    new = str.__new__(cls, value)
    new._name_ = value.upper()
    new._value_ = value
    if _enum_values >= MAX_UNLISTED:  # a server inventing values: kept, not remembered
        return new
    member: E = cls._value2member_map_.setdefault(value, new)  # type: ignore[assignment]
    key = member._name_ if member._name_ not in cls._member_map_ else f"_unlisted_{value}"
    if member is new:
        cls._member_map_.setdefault(key, member)
        if "__msgspec_cache__" in cls.__dict__:  # msgspec's lookup table, built once per enum
            delattr(cls, "__msgspec_cache__")
        _unlisted.add(cls)
        _enum_values += 1
    return member


def _model_at(tp: Any, path: str) -> type[Model] | None:
    """The model class of the object at ``path`` (``.data[3].region``) of a body of ``tp``."""
    for name, index, key in _STEP.findall(path):
        tp = _one(tp)
        if tp is None:
            return None
        origin = typing.get_origin(tp)
        if name:
            if not (isinstance(tp, type) and issubclass(tp, Model)):
                return None
            fields = {f.encode_name: f.type for f in msgspec.structs.fields(tp)}
            if name in fields:
                tp = fields[name]
            elif tp.__keeps_extras__:  # a field it learned: of the type of undeclared values
                tp = extra_values(tp)
            else:
                return None
        elif index and origin is list:
            tp = typing.get_args(tp)[0]
        elif (key or index) and origin is dict:
            tp = typing.get_args(tp)[1]
        else:
            return None
    tp = _one(tp)
    return tp if isinstance(tp, type) and issubclass(tp, Model) else None


def _one(tp: Any) -> Any:
    """The one member of an optional or nullable type that holds data (None if several)."""
    if typing.get_origin(tp) not in (Union, types.UnionType):
        return tp
    members = [m for m in typing.get_args(tp) if m is not type(None) and m is not msgspec.UnsetType]
    return members[0] if len(members) == 1 else None

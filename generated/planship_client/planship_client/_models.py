# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The base of every model: msgspec Structs read in C when a body is what the spec says, and
field by field when it is not, keeping what they can and naming what they cannot. (An object
whose keys the spec leaves open is a ``dict``, not a model.)

A generated model only lists its fields; reading (``from_dict``), writing (``to_dict``,
``to_json``), JSON decoding (``from_json``) and the checks with their error messages live here,
written once.
"""

from __future__ import annotations

import datetime
import enum
import io
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar, Union
from uuid import UUID

import msgspec

from .errors import APIResponseValidationError, invalid_field
from .types import UNSET, File, Unset

ModelT = TypeVar("ModelT", bound="Model")
Converter = Callable[[Any], Any]
_EMPTY: Mapping[str, Any] = types.MappingProxyType({})
_FAILURES = (TypeError, ValueError, KeyError, AttributeError, RecursionError)


class Model(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, repr_omit_defaults=True):
    """A JSON object of the API, with typed fields.

    Fields the API sent but the spec does not declare are kept in ``additional_properties``.
    ``repr()`` shows the fields that are set; two models are equal when their fields are.
    """

    __extra_values__: ClassVar[Any] = Any
    """The type of the values of undeclared fields (the schema's ``additionalProperties``)."""
    __keeps_extras__: ClassVar[bool] = True
    """False when the schema forbids undeclared fields (``additionalProperties: false``)."""
    __learned__: ClassVar[dict[str, str]] = {}
    """Fields a decoder learned (``learn_fields``): attribute name → the field's JSON name."""

    @property
    def additional_properties(self) -> Mapping[str, Any]:
        """The fields the API sent that the spec does not declare (read-only)."""
        values: dict[str, Any] | None = getattr(self, "__dict__", {}).get("_extras")
        learned = type(self).__learned__
        if learned:
            values = {
                name: value for attribute, name in learned.items() if (value := getattr(self, attribute)) is not UNSET
            }
        return _EMPTY if not values else types.MappingProxyType(values)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def with_additional_properties(self: ModelT, **fields: Any) -> ModelT:
        """Return a copy that also sends ``fields``, which the spec does not declare."""
        copy = _with_extras(type(self), msgspec.structs.asdict(self))
        copy.__dict__["_extras"] = {**self.additional_properties, **fields}
        return copy

    @classmethod
    def from_dict(cls: type[ModelT], src_dict: Mapping[str, Any]) -> ModelT:
        """Return the model read from a decoded JSON object, field by field.

        Raises :class:`APIResponseValidationError` naming the model and the field for a value
        that does not fit its type or a missing required field. An unexpected null in an
        optional field reads as absent; an enum value the spec does not list is kept.
        """
        model: ModelT = _plan(_base(cls)).read(src_dict)
        return model

    def to_dict(self) -> dict[str, Any]:
        """Return the model as JSON-ready data (unset fields left out)."""
        result: dict[str, Any] = to_builtins(self)
        return result

    def to_json(self) -> bytes:
        """Return the model as JSON."""
        return msgspec.json.encode(self.to_dict())

    @classmethod
    def from_json(cls: type[ModelT], data: bytes | str) -> ModelT:
        """Return the model decoded from JSON (in C when it is exactly what the spec says)."""
        try:
            return msgspec.json.decode(data, type=cls)
        except (msgspec.DecodeError, RecursionError, UnicodeDecodeError):  # the careful path
            pass
        try:
            decoded = msgspec.json.decode(data)
        except (msgspec.DecodeError, RecursionError, UnicodeDecodeError) as error:
            raise APIResponseValidationError(cls.__name__, "", f"not JSON: {error}") from None
        return cls.from_dict(decoded)

    def __eq__(self, other: object) -> bool:
        base = _base(type(self))
        if not isinstance(other, Model) or _base(type(other)) is not base:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _field_names(base))

    def __ne__(self, other: object) -> bool:  # msgspec's own __ne__ would compare the extras
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]


# -- reading -------------------------------------------------------------------------------


class _Plan:
    """How one model class is read field by field (built on first use, then cached)."""

    def __init__(self, cls: type[Model]) -> None:
        self.cls = cls
        self.name = cls.__name__
        self.fields = []
        for info in msgspec.structs.fields(cls):
            member_types = _members(info.type)
            self.fields.append(
                (
                    info.name,
                    info.encode_name,
                    info.required,
                    type(None) in member_types or Any in member_types,  # Any: null is a value too
                    converter(info.type),
                )
            )
        self.known = frozenset(field[1] for field in self.fields)
        self.extra = converter(extra_values(cls)) if cls.__keeps_extras__ else None

    def read(self, data: Any) -> Any:
        if not isinstance(data, Mapping):
            raise APIResponseValidationError(self.name, "", f"expected an object, got {type(data).__name__}")
        values: dict[str, Any] = {}
        for attribute, key, required, nullable, convert in self.fields:
            if key not in data:
                if required:
                    raise APIResponseValidationError(self.name, key, "required field is missing")
                continue
            value = data[key]
            if value is None and not nullable:
                if required:
                    raise APIResponseValidationError(self.name, key, "null is not allowed")
                continue  # an unexpected null in an optional field: read as absent
            try:
                values[attribute] = convert(value)
            except APIResponseValidationError as error:
                raise error.within(self.name, key) from None
            except _FAILURES as error:
                raise invalid_field(self.name, key, error) from error
        extras = None
        if self.extra is not None and len(data) > len(values):
            extras = {}
            for key, value in data.items():
                if key not in self.known:
                    try:
                        extras[key] = self.extra(value)
                    except APIResponseValidationError as error:
                        raise error.within(self.name, key) from None
                    except _FAILURES as error:
                        raise invalid_field(self.name, key, error) from error
        if not extras:
            return self.cls(**values)
        model = _with_extras(self.cls, values)
        model.__dict__["_extras"] = extras
        return model


def extra_values(cls: type[Model]) -> Any:
    """The type of the values of fields ``cls`` does not declare (``Any`` unless the spec says)."""
    extra_type = cls.__extra_values__
    if isinstance(extra_type, str):  # written as source, like the fields' annotations
        extra_type = eval(extra_type, vars(sys.modules[cls.__module__]))  # noqa: S307
    return extra_type


_PLANS: dict[type, _Plan] = {}
_TWINS: dict[type, type] = {}


def _plan(cls: type[Model]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _Plan(cls)
    return plan


def _with_extras(cls: type[ModelT], values: Mapping[str, Any]) -> ModelT:
    """Return an instance of ``cls``'s twin that can also hold undeclared fields.

    Models are ``gc=False`` Structs, which decode fastest and cannot carry anything but their
    fields; the few instances read with undeclared fields are of a subclass that can. It is
    still an instance of ``cls``, equal to one with the same fields, and has its name.
    """
    cls = _base(cls)
    twin = _TWINS.get(cls)
    if twin is None:
        twin = types.new_class(
            cls.__name__,
            (cls,),
            {"gc": True, "dict": True},
            lambda namespace: namespace.update(
                __qualname__=cls.__qualname__,
                __module__=cls.__module__,
                __reduce__=_reduce_twin,
            ),
        )
        _TWINS[cls] = twin
        _BASES[twin] = cls
    return twin(**values)  # type: ignore[no-any-return]


_BASES: dict[type, type] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names: tuple[str, ...] = getattr(cls, "__struct_fields__", ())
    return names


def _base(cls: type) -> type:
    return _BASES.get(cls, cls)


def _reduce_twin(self: Model) -> tuple[Any, ...]:
    base = _base(type(self))
    values = {name: getattr(self, name) for name in _field_names(base)}
    return (_rebuild, (base, values, dict(self.additional_properties)))


def _rebuild(cls: type[ModelT], values: dict[str, Any], extras: dict[str, Any]) -> ModelT:
    model = _with_extras(cls, values)
    model.__dict__["_extras"] = extras
    return model


def _members(tp: Any) -> tuple[Any, ...]:
    if typing.get_origin(tp) in (Union, types.UnionType):
        return typing.get_args(tp)
    return (tp,)


_CONVERTERS: dict[Any, Converter] = {}


def converter(tp: Any) -> Converter:
    """Return the function that reads a decoded JSON value as ``tp``, or raises."""
    try:
        return _CONVERTERS[tp]
    except (KeyError, TypeError):
        pass
    convert = _build(tp)
    try:
        _CONVERTERS[tp] = convert
    except TypeError:  # an unhashable type expression: not cached
        pass
    return convert


def _identity(value: Any) -> Any:
    return value


def _build(tp: Any) -> Converter:  # noqa: PLR0911, PLR0912 - one branch per kind of type
    origin = typing.get_origin(tp)
    if tp is Any or tp is object:
        return _identity
    if origin in (Union, types.UnionType):
        return _union([m for m in typing.get_args(tp) if m is not Unset])
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        item = converter(item_type)

        def read_list(value: Any) -> list[Any]:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return [item(element) for element in value]

        return read_list
    if origin is dict:
        _, value_type = typing.get_args(tp) or (str, Any)
        element = converter(value_type)

        def read_dict(value: Any) -> dict[str, Any]:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, got {type(value).__name__}")
            return {key: element(item) for key, item in value.items()}

        return read_dict
    if origin is Literal:
        allowed = typing.get_args(tp)

        def read_literal(value: Any) -> Any:
            if value not in allowed:
                raise ValueError(f"expected one of {list(allowed)}, got {value!r}")
            return value

        return read_literal
    if tp is type(None):
        return _expect(type(None), "null")
    if not isinstance(tp, type):
        return _identity
    if issubclass(tp, Model):
        return tp.from_dict
    if issubclass(tp, enum.Enum):
        base = str if issubclass(tp, str) else int if issubclass(tp, int) else object

        def read_enum(value: Any) -> Any:
            if not isinstance(value, base) or (base is int and isinstance(value, bool)):
                raise TypeError(f"expected {base.__name__}, got {type(value).__name__}")
            return tp(value)

        return read_enum
    return _SCALARS.get(tp, _identity)


def _union(members: list[Any]) -> Converter:
    if len(members) == 1:
        return converter(members[0])
    nullable = type(None) in members
    readers = [converter(m) for m in members if m is not type(None)]
    names = " | ".join(getattr(m, "__name__", str(m)) for m in members)

    def read_union(value: Any) -> Any:
        if value is None and nullable:
            return None
        for read in readers:
            try:
                return read(value)
            except (APIResponseValidationError, *_FAILURES):
                continue
        raise TypeError(f"expected {names}, got {type(value).__name__}")

    return read_union


def _expect(kind: type | tuple[type, ...], label: str) -> Converter:
    def read(value: Any) -> Any:
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise TypeError(f"expected {label}, got {type(value).__name__}")
        return value

    return read


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _from_text(parse: Callable[[str], Any], label: str) -> Converter:
    def read(value: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError(f"expected {label} as a string, got {type(value).__name__}")
        return parse(value)

    return read


def _float(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return float(value)


def _file(value: Any) -> File:
    """A file part of a multipart body: a ``File``, or its content as bytes."""
    if isinstance(value, File):
        return value
    if isinstance(value, bytes | bytearray):
        return File(payload=io.BytesIO(value))
    raise TypeError(f"expected a File or bytes, got {type(value).__name__}")


_SCALARS: dict[Any, Converter] = {
    File: _file,
    str: _expect(str, "a string"),
    int: _expect(int, "an integer"),
    bool: _expect(bool, "a boolean"),
    float: _float,
    datetime.datetime: _from_text(datetime.datetime.fromisoformat, "a date-time"),
    datetime.date: _from_text(datetime.date.fromisoformat, "a date"),
    UUID: _from_text(UUID, "a UUID"),
}


# -- writing -------------------------------------------------------------------------------


def to_builtins(value: Any) -> Any:
    """Return ``value`` as JSON-ready data: models as objects (undeclared fields included,
    unset fields left out), enums as their value, dates as ISO 8601, UUIDs as strings."""
    if isinstance(value, Model):
        data = {}
        extras = value.additional_properties
        for key, item in extras.items():
            data[key] = to_builtins(item)
        for info_name, encode_name in _writes(_base(type(value))):
            item = getattr(value, info_name)
            if item is not UNSET:
                data[encode_name] = to_builtins(item)
        return data
    if isinstance(value, list | tuple):
        return [to_builtins(item) for item in value]
    if isinstance(value, dict):
        return {key: to_builtins(item) for key, item in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, File):
        return value
    return value


_WRITES: dict[type, list[tuple[str, str]]] = {}


def _writes(cls: type[Model]) -> list[tuple[str, str]]:
    writes = _WRITES.get(cls)
    if writes is None:
        writes = _WRITES[cls] = [(info.name, info.encode_name) for info in msgspec.structs.fields(cls)]
    return writes


# -- learning fields -----------------------------------------------------------------------


def learn_fields(
    tp: Any,
    learned: Mapping[type[Model], tuple[str, ...]],
    enums: frozenset[type[enum.Enum]] = frozenset(),
) -> Any:
    """Return ``tp`` with each model class of ``learned`` replaced by a subclass that also
    declares the learned fields (JSON names, values of any type), and each model on the way
    to one replaced by a subclass whose fields point at the new classes.

    Models with a field of one of ``enums`` (enums that gained values the spec does not list)
    are replaced too: msgspec reads a Struct's field types once per class, so only a new class
    decodes the new values in C.
    """
    return _Learner(learned, enums).substitute(tp)


class _Learner:
    def __init__(self, learned: Mapping[type[Model], tuple[str, ...]], enums: frozenset[type[enum.Enum]]) -> None:
        self.learned = learned
        self.enums = enums
        self.done: dict[type, type] = {}
        self.busy: set[type] = set()

    def mentions_enum(self, tp: Any) -> bool:
        if tp in self.enums:
            return True
        return any(self.mentions_enum(argument) for argument in typing.get_args(tp))

    def substitute(self, tp: Any) -> Any:
        origin = typing.get_origin(tp)
        if origin in (Union, types.UnionType):
            members = tuple(self.substitute(m) for m in typing.get_args(tp))
            return tp if members == typing.get_args(tp) else Union[members]  # noqa: UP007
        if origin in (list, dict):
            arguments = tuple(self.substitute(a) for a in typing.get_args(tp))
            return tp if arguments == typing.get_args(tp) else origin[arguments]
        if not (isinstance(tp, type) and issubclass(tp, Model)):
            return tp
        if tp in self.done:
            return self.done[tp]
        if tp in self.busy:  # a reference cycle: deeper levels keep the declared class
            return tp
        self.busy.add(tp)
        infos = msgspec.structs.fields(tp)
        changed = [(info, self.substitute(info.type)) for info in infos]
        changed = [(info, new) for info, new in changed if new is not info.type]
        self.busy.discard(tp)
        extra = self.learned.get(tp, ())
        renew = changed or extra or any(self.mentions_enum(info.type) for info in infos)
        self.done[tp] = _learning(tp, changed, extra) if renew else tp
        return self.done[tp]


def _learning(cls: type[Model], changed: list[tuple[Any, Any]], extra: tuple[str, ...]) -> type:
    taken = {info.name for info in msgspec.structs.fields(cls)}
    fields: list[tuple[str, Any, Any]] = []
    for info, new_type in changed:
        if info.default is not msgspec.NODEFAULT:
            default = msgspec.field(name=info.encode_name, default=info.default)
        elif info.default_factory is not msgspec.NODEFAULT:
            default = msgspec.field(name=info.encode_name, default_factory=info.default_factory)
        else:
            default = msgspec.field(name=info.encode_name)
        fields.append((info.name, new_type, default))
    learned: dict[str, str] = {}
    # typed as the spec types undeclared fields; where it forbids them they are read and dropped,
    # as the careful path does
    value_type = extra_values(cls) if cls.__keeps_extras__ else Any
    for number, name in enumerate(extra):
        attribute = f"learned_{number}"
        while attribute in taken:
            attribute += "_"
        if cls.__keeps_extras__:
            learned[attribute] = name
        typed = Any if value_type is Any else value_type | Unset
        fields.append((attribute, typed, msgspec.field(name=name, default=UNSET)))
    subclass = msgspec.defstruct(
        cls.__name__,
        fields,
        bases=(cls,),
        module=cls.__module__,
        namespace={
            "__learned__": learned,
            "__reduce__": _reduce_twin,
            "__repr__": _repr_declared,
            "__qualname__": cls.__qualname__,
        },
    )
    _BASES[subclass] = cls
    return subclass


def _repr_declared(self: Model) -> str:
    """What ``repr`` of the declared class shows: the fields that are set."""
    base = _base(type(self))
    shown = []
    for info in msgspec.structs.fields(base):
        value = getattr(self, info.name)
        default = info.default
        if info.default_factory is not msgspec.NODEFAULT:
            default = info.default_factory()
        if info.required or value != default:
            shown.append(f"{info.name}={value!r}")
    return f"{base.__name__}({', '.join(shown)})"

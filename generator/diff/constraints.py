"""The keywords that constrain a value beyond its type, and which way a change to them moves
the set of accepted values.

Every OpenAPI 3.0 and 3.1 keyword that can reject a value of the right type is read here:
lengths, bounds (the 3.0 boolean and the 3.1 numeric ``exclusiveMinimum``/``Maximum``
alike), ``multipleOf``, ``pattern``, item and property counts, ``uniqueItems``,
``x-extensible-enum``, ``dependentRequired``, the applicators that only restrict
(``not``, ``if``/``then``/``else``, ``contains``, ``dependentSchemas``,
``patternProperties``, ``unevaluated*``) and ``propertyNames``. ``type``, ``enum``/``const``,
``format``, ``required``, ``properties``, ``items``, ``prefixItems`` and
``additionalProperties`` shape the generated types and are compared as schemas instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

Json = Any


@dataclass(frozen=True, order=True)
class Bound:
    """One end of a numeric range: ``value``, included unless ``exclusive``."""

    value: Decimal
    exclusive: bool

    def __str__(self) -> str:
        return f"{'exclusive ' if self.exclusive else ''}{_number(self.value)}"


class Direction(Enum):
    """How a constraint change moves the set of accepted values."""

    TIGHTENED = "tightened"
    LOOSENED = "loosened"
    CHANGED = "changed"
    """Some values are newly accepted and others newly rejected, or the direction of a
    keyword such as ``pattern`` cannot be decided."""


@dataclass(frozen=True)
class ConstraintChange:
    """One constraint keyword that differs between two schemas."""

    keyword: str
    direction: Direction
    detail: str


Constraints = dict[str, Json]
"""Keyword → normalised value: a number, a :class:`Bound`, ``True`` or a frozenset."""

_UPPER_COUNTS = ("maxLength", "maxItems", "maxProperties", "maxContains")
_LOWER_COUNTS = ("minLength", "minItems", "minProperties", "minContains")
_RESTRICTING_SCHEMAS = (
    "not",
    "if",
    "then",
    "else",
    "contains",
    "dependentSchemas",
    "patternProperties",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_KEY_PREFIX = "propertyNames "


def read_constraints(raw: Mapping[str, Json]) -> Constraints:
    """Return the constraints a raw schema object states itself (not through ``$ref``)."""
    found: Constraints = {}
    for keyword in (*_UPPER_COUNTS, *_LOWER_COUNTS):
        if _is_number(raw.get(keyword)):
            found[keyword] = Decimal(str(raw[keyword]))
    for keyword, inclusive, exclusive in (
        ("maximum", "maximum", "exclusiveMaximum"),
        ("minimum", "minimum", "exclusiveMinimum"),
    ):
        bound = _bound(raw, inclusive, exclusive, upper=keyword == "maximum")
        if bound is not None:
            found[keyword] = bound
    if _is_number(raw.get("multipleOf")):
        found["multipleOf"] = Decimal(str(raw["multipleOf"]))
    if raw.get("uniqueItems") is True:
        found["uniqueItems"] = True
    if isinstance(raw.get("pattern"), str):
        found["pattern"] = frozenset({raw["pattern"]})
    if isinstance(raw.get("x-extensible-enum"), list):
        found["x-extensible-enum"] = frozenset(_text(v) for v in raw["x-extensible-enum"])
    if isinstance(raw.get("dependentRequired"), dict):
        found["dependentRequired"] = frozenset(
            (str(name), str(other))
            for name, others in raw["dependentRequired"].items()
            for other in others or []
        )
    if raw.get("items") is False:  # 3.1: no items beyond prefixItems
        found["items"] = frozenset({"false"})
    for keyword in _RESTRICTING_SCHEMAS:
        # true restricts nothing: {} and true are the schema every value matches
        if keyword in raw and raw[keyword] not in (True, {}):
            found[keyword] = frozenset({_text(raw[keyword])})
    return found


def key_constraints(raw: Mapping[str, Json]) -> Constraints:
    """Return the constraints a ``propertyNames`` schema puts on an object's keys.

    Keys are strings in Python whatever this says, so they are constraints, not types:
    an enum of key names is a set of allowed keys like any other.
    """
    found = read_constraints(raw)
    if "const" in raw:
        found["enum"] = frozenset({_text(raw["const"])})
    elif isinstance(raw.get("enum"), list):
        found["enum"] = frozenset(_text(v) for v in raw["enum"])
    if isinstance(raw.get("format"), str):
        found["format"] = frozenset({raw["format"]})
    return {_KEY_PREFIX + keyword: value for keyword, value in found.items()}


def merge_constraints(first: Constraints, second: Constraints) -> Constraints:
    """Return the constraints of a value that must satisfy both (``allOf``)."""
    merged = dict(first)
    for keyword, value in second.items():
        if keyword not in merged:
            merged[keyword] = value
        elif isinstance(value, frozenset):
            merged[keyword] = merged[keyword] | value
        else:
            merged[keyword] = _tighter(keyword, merged[keyword], value)
    return merged


def compare_constraints(before: Constraints, after: Constraints) -> list[ConstraintChange]:
    """Return every keyword that differs, with the direction of its change."""
    changes = []
    for keyword in sorted(before.keys() | after.keys()):
        old, new = before.get(keyword), after.get(keyword)
        if old == new:
            continue
        if old is None:
            direction, detail = Direction.TIGHTENED, f"{keyword} {_shown(new)} added"
        elif new is None:
            direction, detail = Direction.LOOSENED, f"{keyword} {_shown(old)} removed"
        else:
            direction = _direction(keyword, old, new)
            detail = f"{keyword} {_shown(old)} → {_shown(new)}"
        changes.append(ConstraintChange(keyword, direction, f"{detail} ({direction.value})"))
    return changes


def _direction(keyword: str, old: Json, new: Json) -> Direction:
    bare = keyword.removeprefix(_KEY_PREFIX)
    if isinstance(old, frozenset):
        # Sets of values (enum, x-extensible-enum) allow what they list; sets of rules
        # (patterns, dependencies, schemas) each restrict, so more of them allow less.
        allows = bare in ("enum", "x-extensible-enum")
        if new < old:
            return Direction.TIGHTENED if allows else Direction.LOOSENED
        if new > old:
            return Direction.LOOSENED if allows else Direction.TIGHTENED
        return Direction.CHANGED
    if bare == "multipleOf":
        if new % old == 0:  # every multiple of the new step is one of the old
            return Direction.TIGHTENED
        return Direction.LOOSENED if old % new == 0 else Direction.CHANGED
    return Direction.TIGHTENED if _tighter(bare, old, new) == new else Direction.LOOSENED


def _tighter(keyword: str, first: Json, second: Json) -> Json:
    """Return whichever of two values of ``keyword`` accepts less."""
    bare = keyword.removeprefix(_KEY_PREFIX)
    pick: Callable[[Json, Json], Json]
    if bare in _UPPER_COUNTS:
        pick = min
    elif bare in _LOWER_COUNTS:
        pick = max
    elif bare == "maximum":
        pick = _lower_bound_of_two
    elif bare == "minimum":
        pick = _higher_bound_of_two
    else:  # multipleOf: a common multiple would be tighter still; keep the first
        return first
    return pick(first, second)


def _lower_bound_of_two(first: Bound, second: Bound) -> Bound:
    # an exclusive bound at the same value accepts less: (10, True) is tighter than (10, False)
    return min(first, second, key=lambda b: (b.value, not b.exclusive))


def _higher_bound_of_two(first: Bound, second: Bound) -> Bound:
    return max(first, second, key=lambda b: (b.value, b.exclusive))


def _bound(raw: Mapping[str, Json], inclusive: str, exclusive: str, *, upper: bool) -> Bound | None:
    bounds = []
    flag = raw.get(exclusive)
    if _is_number(raw.get(inclusive)):
        # OpenAPI 3.0: exclusiveMaximum: true makes maximum itself exclusive
        bounds.append(Bound(Decimal(str(raw[inclusive])), flag is True))
    if _is_number(flag):  # OpenAPI 3.1: exclusiveMaximum is the bound itself
        bounds.append(Bound(Decimal(str(flag)), True))
    if not bounds:
        return None
    tighter = _lower_bound_of_two if upper else _higher_bound_of_two
    result = bounds[0]
    for bound in bounds[1:]:
        result = tighter(result, bound)
    return result


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(value: Json) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def _shown(value: Json) -> str:
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, Bound):
        return str(value)
    if value is True:
        return "true"
    if isinstance(value, frozenset):
        items = sorted("→".join(item) if isinstance(item, tuple) else str(item) for item in value)
        return "{" + ", ".join(f"`{item}`" for item in items) + "}"
    return f"`{value}`"

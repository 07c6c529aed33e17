# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""What a schema of the spec allows: :meth:`Schemas.problems` says why a JSON value does not
match (where, as a JSON pointer, and why), the way a server validating it would;
:meth:`Schemas.example` makes a value that does match.

OpenAPI 3.0 schemas (``nullable``, ``exclusiveMinimum: true``) and 3.1 ones (JSON Schema
2020-12: type lists, ``const``, ``prefixItems``, boolean schemas) are both read. Formats
checked: ``date-time`` (RFC 3339, with its offset), ``date``, ``uuid``, ``int32``, ``int64``;
others are not (a server may not check them either).
"""

from __future__ import annotations

import copy
import datetime
import functools
import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from .spec import Spec

Problem = tuple[str, str]
"""Where (a JSON pointer into the value; empty for the value itself) and what is wrong."""

_TYPES: dict[str, Callable[[Any], bool]] = {
    "null": lambda value: value is None,
    "boolean": lambda value: isinstance(value, bool),
    "integer": lambda value: (
        (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())
    ),
    "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    "string": lambda value: isinstance(value, str),
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, dict),
}
_ARTICLES = {"integer": "an integer", "array": "an array", "object": "an object", "null": "null"}
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UUID = re.compile(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", re.ASCII)
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_EXAMPLE_STRINGS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
}
_MAX_DEPTH = 16


class Schemas:
    """The schemas of one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def problems(self, schema: Any, value: Any, *, sending: bool) -> list[Problem]:
        """Return every way ``value`` breaks ``schema`` (empty when it matches).

        ``sending``: the value is what the client sends (``readOnly`` fields need not be
        there); otherwise what the API answers (``writeOnly`` fields need not be there).
        """
        return _Check(self.spec, sending).run(schema, value, "")

    def example(self, schema: Any, *, sending: bool) -> Any:
        """Return a value ``schema`` allows: the spec's own example where it gives a valid one,
        else the simplest value (required fields only, lowest numbers, formats filled in)."""
        return _Example(self, sending).make(schema, 0)


def describe(problems: list[Problem], limit: int = 10) -> list[str]:
    """Return the problems as lines (``/data/0/state: "x" is not one of [...]``)."""
    lines = [f"{where}: {what}" if where else what for where, what in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more")
    return lines


def show(value: Any, width: int = 80) -> str:
    """``value`` as JSON, cut to ``width`` characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def kind(value: Any) -> str:
    """What ``value`` is, in JSON's words: ``a string ("abc")``, ``an object``."""
    for name, test in _TYPES.items():
        if name not in ("integer", "number") and test(value):
            if name in ("array", "object", "null"):
                return _ARTICLES[name]
            return f"a {name} ({show(value, 40)})"
    if _TYPES["integer"](value) and not isinstance(value, float):
        return f"an integer ({value})"
    if _TYPES["number"](value):
        return f"a number ({value})"
    return f"a Python {type(value).__name__}, which JSON cannot carry"


def same(first: Any, second: Any) -> bool:
    """JSON equality: ``1 == 1.0``, but ``true`` is not ``1``."""
    if isinstance(first, bool) or isinstance(second, bool):
        return isinstance(first, bool) and isinstance(second, bool) and first == second
    if _TYPES["number"](first) and _TYPES["number"](second):
        return bool(first == second)
    if isinstance(first, list) and isinstance(second, list):
        return len(first) == len(second) and all(map(same, first, second))
    if isinstance(first, dict) and isinstance(second, dict):
        return first.keys() == second.keys() and all(same(first[k], second[k]) for k in first)
    return type(first) is type(second) and bool(first == second)


def pointer(parent: str, step: str | int) -> str:
    return f"{parent}/{str(step).replace('~', '~0').replace('/', '~1')}"


@functools.lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return None  # an ECMA-262 construct Python does not read: not checked


class _Check:
    """One validation: the references being followed, to stop at a schema cycle."""

    def __init__(self, spec: Spec, sending: bool) -> None:
        self.spec = spec
        self.sending = sending
        self.following: set[tuple[str, int]] = set()

    def run(self, schema: Any, value: Any, at: str) -> list[Problem]:  # noqa: PLR0912
        if schema is True or schema is None or (isinstance(schema, Mapping) and not schema):
            return []
        if schema is False:
            return [(at, "the spec allows no value here")]
        if not isinstance(schema, Mapping):
            return []
        if value is None and schema.get("nullable") is True:
            return []  # 3.0; beside a $ref too, though 3.0 says to ignore a $ref's siblings
        reference = schema.get("$ref")
        if isinstance(reference, str):
            return self._reference(schema, reference, value, at)
        types = schema.get("type")
        if types is not None:
            allowed = [types] if isinstance(types, str) else list(types)
            if not any(_TYPES.get(name, lambda _: True)(value) for name in allowed):
                names = " or ".join(_ARTICLES.get(n, f"a {n}") for n in allowed)
                return [(at, f"expected {names}, got {kind(value)}")]
        problems: list[Problem] = []
        if "enum" in schema and not any(same(value, option) for option in schema["enum"] or []):
            problems.append((at, f"{show(value)} is not one of {show(schema['enum'], 200)}"))
        if "const" in schema and not same(value, schema["const"]):
            problems.append((at, f"{show(value)} is not {show(schema['const'])}"))
        if isinstance(value, str):
            problems += self._string(schema, value, at)
        elif _TYPES["number"](value):
            problems += self._number(schema, value, at)
        elif isinstance(value, list):
            problems += self._array(schema, value, at)
        elif isinstance(value, dict):
            problems += self._object(schema, value, at)
        return problems + self._combined(schema, value, at)

    def _reference(self, schema: Mapping[str, Any], reference: str, value: Any, at: str) -> list[Problem]:
        key = (reference, id(value))
        if key in self.following:  # a schema that refers to itself on the same value
            return []
        self.following.add(key)
        try:
            problems = self.run(self.spec.pointer(reference), value, at)
        finally:
            self.following.discard(key)
        if self.spec.openapi_30 or len(schema) == 1:  # 3.0: a $ref's siblings are ignored
            return problems
        return problems + self.run({k: v for k, v in schema.items() if k != "$ref"}, value, at)

    def _string(self, schema: Mapping[str, Any], value: str, at: str) -> list[Problem]:
        problems = []
        if len(value) < schema.get("minLength", 0):
            problems.append((at, f"{show(value)} is shorter than {schema['minLength']} characters"))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            problems.append((at, f"{show(value)} is longer than {schema['maxLength']} characters"))
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            compiled = _regex(pattern)
            if compiled is not None and compiled.search(value) is None:
                problems.append((at, f"{show(value)} does not match the pattern {show(pattern)}"))
        problem = _format_problem(schema.get("format"), value)
        if problem:
            problems.append((at, problem))
        return problems

    def _number(self, schema: Mapping[str, Any], value: float, at: str) -> list[Problem]:
        problems = []
        low: Any = schema.get("minimum")
        high: Any = schema.get("maximum")
        exclusive_low: Any = schema.get("exclusiveMinimum")
        exclusive_high: Any = schema.get("exclusiveMaximum")
        if exclusive_low is True and low is not None and value <= low:
            problems.append((at, f"{value} is not greater than {low}"))
        elif low is not None and value < low:
            problems.append((at, f"{value} is less than the minimum {low}"))
        if _TYPES["number"](exclusive_low) and value <= exclusive_low:
            problems.append((at, f"{value} is not greater than {exclusive_low}"))
        if exclusive_high is True and high is not None and value >= high:
            problems.append((at, f"{value} is not less than {high}"))
        elif high is not None and value > high:
            problems.append((at, f"{value} is more than the maximum {high}"))
        if _TYPES["number"](exclusive_high) and value >= exclusive_high:
            problems.append((at, f"{value} is not less than {exclusive_high}"))
        step: Any = schema.get("multipleOf")
        if _TYPES["number"](step) and step > 0 and not _multiple(value, step):
            problems.append((at, f"{value} is not a multiple of {step}"))
        bounds = _INTEGER_RANGES.get(schema.get("format", ""))
        if bounds and not bounds[0] <= value <= bounds[1]:
            problems.append((at, f"{value} does not fit in {schema['format']}"))
        return problems

    def _array(self, schema: Mapping[str, Any], value: list[Any], at: str) -> list[Problem]:
        problems = []
        if len(value) < schema.get("minItems", 0):
            problems.append((at, f"has {len(value)} items, fewer than {schema['minItems']}"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            problems.append((at, f"has {len(value)} items, more than {schema['maxItems']}"))
        prefix = schema.get("prefixItems")
        prefix = prefix if isinstance(prefix, list) else []
        items = schema.get("items")
        for index, item in enumerate(value):
            item_schema = prefix[index] if index < len(prefix) else items
            problems += self.run(item_schema, item, pointer(at, index))
        if schema.get("uniqueItems") is True:
            for index, item in enumerate(value):
                if any(same(item, earlier) for earlier in value[:index]):
                    problems.append((pointer(at, index), f"{show(item)} repeats an earlier item"))
                    break
        if "contains" in schema:
            matching = sum(1 for item in value if not self.run(schema["contains"], item, at))
            if matching < schema.get("minContains", 1):
                problems.append((at, "has too few items that match `contains`"))
            if "maxContains" in schema and matching > schema["maxContains"]:
                problems.append((at, "has too many items that match `contains`"))
        return problems

    def _object(self, schema: Mapping[str, Any], value: dict[str, Any], at: str) -> list[Problem]:
        problems = []
        fields = schema.get("properties") or {}
        for name in schema.get("required") or []:
            if name not in value and not self._optional_here(fields.get(name)):
                problems.append((pointer(at, name), "a required field is missing"))
        patterns = schema.get("patternProperties") or {}
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            where = pointer(at, name)
            matched = name in fields
            if matched:
                problems += self.run(fields[name], item, where)
            for pattern, pattern_schema in patterns.items():
                compiled = _regex(pattern)
                if compiled is not None and compiled.search(name):
                    matched = True
                    problems += self.run(pattern_schema, item, where)
            if not matched:
                if extra is False:
                    problems.append((where, "the spec declares no such field here"))
                elif isinstance(extra, Mapping):
                    problems += self.run(extra, item, where)
        if len(value) < schema.get("minProperties", 0):
            problems.append((at, f"has fewer than {schema['minProperties']} fields"))
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            problems.append((at, f"has more than {schema['maxProperties']} fields"))
        names = schema.get("propertyNames")
        if names is not None:
            for name in value:
                problems += self.run(names, name, pointer(at, name))
        for name, others in (schema.get("dependentRequired") or {}).items():
            if name in value:
                for other in others:
                    if other not in value:
                        problems.append((pointer(at, other), f"required when {name!r} is given"))
        return problems

    def _optional_here(self, field: Any) -> bool:
        """A ``readOnly`` field need not be sent, nor a ``writeOnly`` one answered."""
        try:
            resolved = self.spec.resolve(field)
        except (KeyError, IndexError, ValueError):
            return False
        if not isinstance(resolved, Mapping):
            return False
        return bool(resolved.get("readOnly" if self.sending else "writeOnly"))

    def _combined(self, schema: Mapping[str, Any], value: Any, at: str) -> list[Problem]:
        problems: list[Problem] = []
        for branch in schema.get("allOf") or []:
            problems += self.run(branch, value, at)
        alternatives = schema.get("anyOf")
        if alternatives:
            found = [self.run(branch, value, at) for branch in alternatives]
            if all(found):
                problems.append(_none_of("anyOf", found, at))
        alternatives = schema.get("oneOf")
        if alternatives:
            chosen = self._discriminated(schema, alternatives, value)
            if chosen is not None:
                problems += self.run(chosen, value, at)
            else:
                found = [self.run(branch, value, at) for branch in alternatives]
                passing = [number for number, branch in enumerate(found, 1) if not branch]
                if not passing:
                    problems.append(_none_of("oneOf", found, at))
                elif len(passing) > 1:
                    problems.append(
                        (
                            at,
                            f"matches alternatives {passing} of oneOf; the spec allows exactly one",
                        )
                    )
        if "not" in schema and not self.run(schema["not"], value, at):
            problems.append((at, "matches the schema the spec excludes (`not`)"))
        if "if" in schema:
            branch = "then" if not self.run(schema["if"], value, at) else "else"
            problems += self.run(schema.get(branch), value, at)
        return problems

    def _discriminated(self, schema: Mapping[str, Any], alternatives: list[Any], value: Any) -> Any:
        """The alternative a ``discriminator`` names for ``value``, if it names one."""
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, Mapping) or not isinstance(value, dict):
            return None
        tag = value.get(str(discriminator.get("propertyName")))
        if not isinstance(tag, str):
            return None
        target = (discriminator.get("mapping") or {}).get(tag)
        for branch in alternatives:
            reference = branch.get("$ref") if isinstance(branch, Mapping) else None
            if reference is not None and (reference == target or reference.endswith(f"/{tag}")):
                return branch
        return None


def _none_of(keyword: str, found: list[list[Problem]], at: str) -> Problem:
    closest = min(found, key=len)
    reason = describe(closest, 1)[0]
    return (at, f"matches none of the {keyword} alternatives (the closest: {reason})")


def _multiple(value: float, step: float) -> bool:
    if isinstance(step, float) or isinstance(value, float):
        quotient = value / step
        try:
            return int(quotient) == quotient
        except (OverflowError, ValueError):
            return False
    return value % step == 0


def _format_problem(name: Any, value: str) -> str | None:
    if name == "date-time":
        if _DATE_TIME.fullmatch(value) is None or not _parses(datetime.datetime.fromisoformat, value):
            return f"{show(value)} is not an RFC 3339 date-time with an offset (2024-01-01T00:00:00Z)"
    elif name == "date":
        if _DATE.fullmatch(value) is None or not _parses(datetime.date.fromisoformat, value):
            return f"{show(value)} is not a date (2024-01-01)"
    elif name == "uuid" and _UUID.fullmatch(value) is None:
        return f"{show(value)} is not a UUID"
    return None


def _parses(parse: Callable[[str], Any], value: str) -> bool:
    try:
        parse(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


class _Example:
    """Makes one example value, following references to a bounded depth."""

    def __init__(self, schemas: Schemas, sending: bool) -> None:
        self.schemas = schemas
        self.spec = schemas.spec
        self.sending = sending

    def valid(self, schema: Any, value: Any) -> bool:
        return not self.schemas.problems(schema, value, sending=self.sending)

    def make(self, schema: Any, depth: int) -> Any:  # noqa: PLR0911
        node = self.spec.resolve(schema)
        if not isinstance(node, Mapping) or depth > _MAX_DEPTH:
            return None
        for given in _given(node):
            if self.valid(node, given):
                return copy.deepcopy(given)
        if "const" in node:
            return copy.deepcopy(node["const"])
        if node.get("enum"):
            options = node["enum"]
            return copy.deepcopy(next((o for o in options if o is not None), options[0]))
        if node.get("allOf"):
            return self._all_of(node, depth)
        for keyword in ("oneOf", "anyOf"):
            for branch in node.get(keyword) or []:
                value = self.make(branch, depth + 1)
                if self.valid(node, value):
                    return value
        alternatives: Any = node.get("oneOf") or node.get("anyOf")
        if alternatives:
            return self.make(alternatives[0], depth + 1)
        return self._typed(node, _type_of(node), depth)

    def _all_of(self, node: Mapping[str, Any], depth: int) -> Any:
        parts = [self.make(branch, depth + 1) for branch in node["allOf"]]
        own = {key: value for key, value in node.items() if key != "allOf"}
        if all(isinstance(part, dict) for part in parts):
            merged: dict[str, Any] = {}
            for part in parts:
                merged.update(part)
            if _type_of(own) == "object":
                merged.update(self._typed(own, "object", depth))
            return merged
        return parts[0]

    def _typed(self, node: Mapping[str, Any], type_name: str | None, depth: int) -> Any:
        if type_name == "object":
            fields = node.get("properties") or {}
            extra = node.get("additionalProperties")
            value = {}
            for name in node.get("required") or []:
                field = fields.get(name, extra if isinstance(extra, Mapping) else None)
                resolved = self.spec.resolve(field) if field is not None else None
                if isinstance(resolved, Mapping) and resolved.get("readOnly" if self.sending else "writeOnly"):
                    continue
                value[name] = self.make(field, depth + 1)
            return value
        if type_name == "array":
            item = self.make(node.get("items"), depth + 1)
            return [copy.deepcopy(item) for _ in range(node.get("minItems", 0))]
        if type_name == "string":
            return _example_string(node)
        if type_name in ("integer", "number"):
            return _example_number(node, type_name == "integer")
        if type_name == "boolean":
            return False
        return None


def _given(node: Mapping[str, Any]) -> list[Any]:
    """The values the spec itself gives as examples of ``node``."""
    given = []
    if "example" in node:
        given.append(node["example"])
    examples = node.get("examples")
    if isinstance(examples, list):
        given += examples
    if "default" in node:
        given.append(node["default"])
    return given


def _type_of(node: Mapping[str, Any]) -> str | None:
    types = node.get("type")
    names = [types] if isinstance(types, str) else list(types or [])
    chosen = next((name for name in names if name != "null"), names[0] if names else None)
    if chosen is not None:
        return str(chosen)
    if "properties" in node or "required" in node or "additionalProperties" in node:
        return "object"
    if "items" in node or "prefixItems" in node:
        return "array"
    return None


def _example_string(node: Mapping[str, Any]) -> str:
    text = _EXAMPLE_STRINGS.get(str(node.get("format")), "string")
    low, high = node.get("minLength", 0), node.get("maxLength")
    if len(text) < low:
        text += "x" * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high]
    return text


def _example_number(node: Mapping[str, Any], integer: bool) -> float:
    """0, or the bound nearest to it that the schema allows."""
    nudge = 1 if integer else 0.5
    lows: list[float] = []
    highs: list[float] = []
    for bound, exclusive, limits, step in (
        ("minimum", "exclusiveMinimum", lows, nudge),
        ("maximum", "exclusiveMaximum", highs, -nudge),
    ):
        value: Any = node.get(bound)
        flag: Any = node.get(exclusive)
        if _TYPES["number"](value):
            limits.append(value + step if flag is True else value)
        if _TYPES["number"](flag):
            limits.append(flag + step)
    chosen: float = max([0, *lows])
    if highs and chosen > min(highs):
        chosen = min(highs)
    multiple: Any = node.get("multipleOf")
    if _TYPES["number"](multiple) and multiple > 0:
        chosen = math.ceil(chosen / multiple) * multiple
    return int(chosen) if integer else float(chosen)

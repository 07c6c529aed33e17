"""The stubs' schema checker (``<package>._testing.schemas``) says what jsonschema says, for
every keyword it reads, and the values it makes as examples are ones the schema allows."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planetscale_client._testing.schemas import Schemas
from planetscale_client._testing.spec import Spec

SPEC_31 = Spec({"openapi": "3.1.0", "paths": {}, "components": {"schemas": {}}})
SPEC_30 = Spec({"openapi": "3.0.3", "paths": {}, "components": {"schemas": {}}})

TYPES = ["null", "boolean", "integer", "number", "string", "array", "object"]
NAMES = st.sampled_from(["a", "b", "id", "tag"])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.sampled_from([0.5, -1.5, 2.0, 3.25]),
    st.sampled_from(["", "a", "ab", "abc", "2024-01-01"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NAMES, inner, max_size=3),
    max_leaves=8,
)


def _leaf() -> st.SearchStrategy[dict[str, Any]]:
    bound = st.sampled_from([-2, 0, 1, 2.5])
    return st.one_of(
        st.just({}),
        st.sampled_from(TYPES).map(lambda t: {"type": t}),
        st.lists(st.sampled_from(TYPES), min_size=1, max_size=2, unique=True).map(
            lambda t: {"type": t}
        ),
        st.fixed_dictionaries(
            {"type": st.just("string")},
            optional={
                "minLength": st.integers(0, 3),
                "maxLength": st.integers(0, 3),
                "pattern": st.sampled_from(["^a", "b$", "^[0-9-]+$"]),
            },
        ),
        st.fixed_dictionaries(
            {"type": st.sampled_from(["integer", "number"])},
            optional={
                "minimum": bound,
                "maximum": bound,
                "exclusiveMinimum": bound,
                "exclusiveMaximum": bound,
                "multipleOf": st.sampled_from([1, 2, 0.5]),
            },
        ),
        st.lists(SCALARS, min_size=1, max_size=3).map(lambda e: {"enum": e}),
        SCALARS.map(lambda c: {"const": c}),
    )


def _composite(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.fixed_dictionaries(
            {"type": st.just("array"), "items": inner},
            optional={
                "minItems": st.integers(0, 2),
                "maxItems": st.integers(0, 3),
                "uniqueItems": st.booleans(),
            },
        ),
        st.fixed_dictionaries(
            {"type": st.just("object"), "properties": st.dictionaries(NAMES, inner, max_size=3)},
            optional={
                "required": st.lists(NAMES, max_size=2, unique=True),
                "additionalProperties": st.booleans() | inner,
                "minProperties": st.integers(0, 2),
                "maxProperties": st.integers(1, 3),
            },
        ),
        st.lists(inner, min_size=1, max_size=3).map(lambda s: {"allOf": s}),
        st.lists(inner, min_size=1, max_size=3).map(lambda s: {"anyOf": s}),
        st.lists(inner, min_size=1, max_size=3).map(lambda s: {"oneOf": s}),
        inner.map(lambda s: {"not": s}),
        st.tuples(inner, inner, inner).map(lambda s: {"if": s[0], "then": s[1], "else": s[2]}),
    )


SCHEMAS = st.recursive(_leaf(), _composite, max_leaves=6)


@settings(max_examples=600, deadline=None)
@given(schema=SCHEMAS, value=VALUES)
def test_the_checker_agrees_with_jsonschema(schema: dict[str, Any], value: Any) -> None:
    problems = Schemas(SPEC_31).problems(schema, value, sending=False)

    assert (not problems) == jsonschema.Draft202012Validator(schema).is_valid(value), problems


SIMPLE = st.recursive(
    st.one_of(
        st.sampled_from(TYPES).map(lambda t: {"type": t}),
        st.fixed_dictionaries(
            {"type": st.just("string")},
            optional={
                "minLength": st.integers(0, 3),
                "format": st.sampled_from(["date-time", "uuid"]),
            },
        ),
        st.fixed_dictionaries(
            {"type": st.sampled_from(["integer", "number"])},
            optional={"minimum": st.integers(-3, 3), "exclusiveMinimum": st.integers(-3, 3)},
        ),
        st.lists(SCALARS, min_size=1, max_size=3).map(lambda e: {"enum": e}),
    ),
    lambda inner: st.one_of(
        st.fixed_dictionaries(
            {"type": st.just("array"), "items": inner}, optional={"minItems": st.integers(0, 2)}
        ),
        st.fixed_dictionaries(
            {"type": st.just("object"), "properties": st.dictionaries(NAMES, inner, max_size=3)},
            optional={"required": st.lists(NAMES, max_size=3, unique=True)},
        ),
        st.lists(inner, min_size=1, max_size=2).map(lambda s: {"anyOf": s}),
    ),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(schema=SIMPLE)
def test_an_example_is_a_value_the_schema_allows(schema: dict[str, Any]) -> None:
    schemas = Schemas(SPEC_31)

    example = schemas.example(schema, sending=False)

    assert schemas.problems(schema, example, sending=False) == []
    assert jsonschema.Draft202012Validator(schema).is_valid(example)


@pytest.mark.parametrize(
    ("schema", "value", "problem"),
    [
        ({"type": "string", "nullable": True}, None, None),
        ({"type": "string"}, None, "expected a string, got null"),
        ({"type": "integer", "minimum": 1, "exclusiveMinimum": True}, 1, "1 is not greater than 1"),
        ({"type": "integer", "maximum": 5, "exclusiveMaximum": True}, 4, None),
        ({"type": "integer", "format": "int32"}, 2**31, "2147483648 does not fit in int32"),
        ({"type": "string", "format": "date-time"}, "2024-05-01T10:00:00+02:00", None),
        (
            {"type": "string", "format": "date"},
            "2024-02-30",
            '"2024-02-30" is not a date (2024-01-01)',
        ),
    ],
)
def test_openapi_30_schemas_and_formats(
    schema: dict[str, Any], value: Any, problem: str | None
) -> None:
    problems = Schemas(SPEC_30).problems(schema, value, sending=False)

    assert [what for _, what in problems] == ([problem] if problem else [])


def test_read_only_fields_need_not_be_sent_nor_write_only_ones_answered() -> None:
    schema = {
        "type": "object",
        "required": ["id", "secret"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "secret": {"type": "string", "writeOnly": True},
        },
    }
    schemas = Schemas(SPEC_31)

    assert schemas.problems(schema, {"secret": "s"}, sending=True) == []
    assert schemas.problems(schema, {"id": "i"}, sending=False) == []
    assert schemas.problems(schema, {"id": "i"}, sending=True) == [
        ("/secret", "a required field is missing")
    ]


def test_a_schema_that_refers_to_itself_is_checked_to_the_depth_of_the_value() -> None:
    spec = Spec(
        {
            "openapi": "3.1.0",
            "components": {
                "schemas": {
                    "Node": {
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string"},
                            "children": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Node"},
                            },
                        },
                    }
                }
            },
        }
    )
    tree = {"name": "root", "children": [{"name": "a", "children": [{"children": []}]}]}

    problems = Schemas(spec).problems({"$ref": "#/components/schemas/Node"}, tree, sending=False)

    assert problems == [("/children/0/children/0/name", "a required field is missing")]

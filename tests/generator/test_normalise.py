"""generator/normalise.py: schemas openapi-python-client refuses as written are typed as closely
as the document allows, with one located warning where less precisely, and no operation is
dropped. Each case below made openapi-python-client 0.29.1 refuse the schema (and every
operation using it) before; the generated package must now import, type and decode."""

from __future__ import annotations

import importlib
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.normalise import BINARY, FORM, JSON, MULTIPART, RAW, TEXT, media_kind, normalise
from generator.specs import Spec
from tests.generator.test_generate import Generate, _client, _ok, generate

__all__ = ["generate"]  # the fixture, shared with test_generate.py


def _spec(components: dict[str, Any], paths: dict[str, Any] | None = None) -> Spec:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": components},
    }
    return Spec(Path("doc.yaml"), document, {"/components/schemas/Status": 7})


def _get(path: str, operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        path: {
            "get": {
                "operationId": operation_id,
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": schema}},
                    }
                },
            }
        }
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_all_of_a_reference_to_an_enum_and_a_description_is_that_enum(generate: Generate) -> None:
    package = generate(
        {
            "paths": _get("/things", "getThing", _ref("Thing")),
            "components": {
                "schemas": {
                    "Status": {"type": "string", "enum": ["on", "off"]},
                    "Stamp": {"type": "string", "format": "date-time"},
                    "Thing": {
                        "type": "object",
                        "properties": {
                            "status": {"allOf": [_ref("Status"), {"description": "Now."}]},
                            "at": {"allOf": [_ref("Stamp"), {"description": "When."}]},
                            "size": {"allOf": [{"type": "integer"}, {"type": "number"}]},
                        },
                    },
                }
            },
        }
    )
    models = importlib.import_module(f"{package.__name__}.models")
    hints = typing.get_type_hints(models.Thing)
    assert models.Status in typing.get_args(hints["status"])
    assert "datetime" in str(hints["at"])
    assert int in typing.get_args(hints["size"])
    client = _client(package, _ok({"status": "off", "at": "2024-01-02T03:04:05Z", "size": 3}))
    thing = client.things.get()
    assert thing.status is models.Status.OFF
    assert thing.at.year == 2024


def test_all_of_members_whose_lists_conflict_merge_into_a_list_of_both_items(
    generate: Generate,
) -> None:
    """Plex's MediaContainerWithDecision: a member redeclares a list property with items that
    are an allOf of the original items and more fields (and a nullable string a string)."""
    package = generate(
        {
            "paths": _get("/decision", "getDecision", _ref("Decision")),
            "components": {
                "schemas": {
                    "Part": {"type": "object", "properties": {"id": {"type": "integer"}}},
                    "Container": {
                        "type": "object",
                        "properties": {
                            "parts": {"type": "array", "items": _ref("Part")},
                            "note": {"type": ["string", "null"]},
                        },
                    },
                    "Decision": {
                        "allOf": [
                            _ref("Container"),
                            {
                                "type": "object",
                                "properties": {
                                    "parts": {
                                        "type": "array",
                                        "items": {"type": "integer"},
                                    },
                                    "note": {"type": "string"},
                                },
                            },
                        ]
                    },
                }
            },
        }
    )
    client = _client(package, _ok({"parts": [1, 2], "note": "n"}))
    decision = client.things.get_decision()
    assert decision.note == "n"
    assert decision.to_dict() == {"parts": [1, 2], "note": "n"}


def test_a_component_that_is_another_object_is_that_class_and_the_object_survives(
    generate: Generate,
) -> None:
    """``Alias: {allOf: [$ref Bar]}`` made openapi-python-client build Bar twice: its inline
    objects became duplicate models and Bar, with everything using it, was lost."""
    package = generate(
        {
            "paths": _get("/bar", "getBar", _ref("Alias")),
            "components": {
                "schemas": {
                    "Bar": {
                        "type": "object",
                        "properties": {
                            "inner": {"type": "object", "properties": {"a": {"type": "string"}}}
                        },
                    },
                    "Alias": {"allOf": [_ref("Bar")], "description": "The same."},
                    "WithOwn": {
                        "allOf": [_ref("Bar")],
                        "properties": {"own": {"type": "string"}},
                    },
                    "Rows": {
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {
                                    "type": "object",
                                    "properties": {
                                        "image": {
                                            "type": "object",
                                            "properties": {"url": {"type": "string"}},
                                        }
                                    },
                                },
                                {"type": "string"},
                            ]
                        },
                    },
                    "Maybe": {
                        "type": ["object", "null"],
                        "properties": {
                            "nested": {"type": "object", "properties": {"b": {"type": "string"}}}
                        },
                    },
                }
            },
        }
    )
    models = importlib.import_module(f"{package.__name__}.models")
    client = _client(package, _ok({"inner": {"a": "x"}}))
    assert isinstance(client.things.get_bar(), models.Bar)
    assert "own" in typing.get_type_hints(models.WithOwn)  # its own properties are kept
    assert "inner" in typing.get_type_hints(models.WithOwn)
    assert hasattr(models, "RowsItemType0Image")  # named as in place
    assert hasattr(models, "MaybeType0Nested")


def test_a_union_beside_properties_is_a_union_of_objects_with_them(generate: Generate) -> None:
    """OData's base type with its derived types as anyOf: the properties were dropped."""
    package = generate(
        {
            "paths": _get("/items", "getItem", _ref("PlanItem")),
            "components": {
                "schemas": {
                    "Event": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "integer"},
                            "place": {"type": "string"},
                        },
                    },
                    "PlanItem": {
                        "type": "object",
                        "properties": {"id": {"type": "integer"}},
                        "oneOf": [_ref("Event"), {"type": "object", "properties": {"seat": {}}}],
                    },
                }
            },
        }
    )
    models = importlib.import_module(f"{package.__name__}.models")
    module = importlib.import_module(f"{package.__name__}.api.things.get_item")
    returned = typing.get_type_hints(module.sync)["return"]
    assert models.Event in typing.get_args(returned)  # a derived type repeating the base
    client = _client(package, _ok({"id": 1, "place": "here"}))
    assert client.things.get_item().place == "here"


def test_a_recursive_union_is_typed_and_warned_about(generate: Generate, capsys: Any) -> None:
    package = generate(
        {
            "paths": _get("/json", "getJson", _ref("Json")),
            "components": {
                "schemas": {
                    "Json": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": _ref("Json")},
                            {"type": "object", "additionalProperties": _ref("Json")},
                        ]
                    }
                }
            },
        }
    )
    assert "#/components/schemas/Json/anyOf/1/items: refers back to /components/schemas/Json" in (
        capsys.readouterr().err
    )
    client = _client(package, _ok(["a", ["b"]]))
    assert client.things.get_json() == ["a", ["b"]]


def test_what_openapi_python_client_still_refuses_is_typed_any_with_its_words(
    generate: Generate, capsys: Any
) -> None:
    """The last resort: a schema the normaliser has no rule for (a ``const`` whose default is
    another value, which openapi-python-client refuses) is typed Any, located, and the
    operation using it is generated."""
    package = generate(
        {
            "paths": _get("/odd", "getOdd", _ref("Odd")),
            "components": {
                "schemas": {
                    "Odd": {
                        "type": "object",
                        "properties": {"kind": {"const": "a", "default": "b"}},
                    }
                }
            },
        }
    )
    err = capsys.readouterr().err
    assert "gen0.yaml" in err and "#/components/schemas/Odd: openapi-python-client could not" in err
    client = _client(package, _ok({"kind": "a"}))
    assert client.things.get_odd() == {"kind": "a"}


def test_arrays_without_items_empty_enums_and_boolean_schemas_are_read() -> None:
    normalised = normalise(
        _spec(
            {
                "Tags": {"type": "array"},
                "Status": {"type": "string", "enum": []},
                "Point": {"type": "array", "prefixItems": [{"type": "number"}], "items": False},
                "Open": {"type": "object", "properties": {"gone": False, "any": True}},
                "Mixed": {"enum": [1, "a"]},
            }
        )
    )
    schemas = normalised.document["components"]["schemas"]
    assert schemas["Tags"] == {"type": "array", "items": {}}
    assert schemas["Status"] == {"type": "string"}
    assert schemas["Point"] == {"type": "array", "prefixItems": [{"type": "number"}]}
    assert schemas["Open"] == {"type": "object", "properties": {"any": {}}}
    assert schemas["Mixed"] == {"type": ["integer", "string"]}
    assert normalised.warnings == [
        "doc.yaml:7 at #/components/schemas/Status/enum: an empty enum (no value is valid): "
        "typed by its type",
        "doc.yaml at #/components/schemas/Mixed/enum: an enum of int/str values: typed by its type",
    ]


def test_a_3_1_default_the_schema_rejects_is_left_out_with_a_warning() -> None:
    normalised = normalise(
        _spec({"Status": {"type": "boolean", "default": "auto"}, "Size": {"type": "number"}})
    )
    assert normalised.document["components"]["schemas"]["Status"] == {"type": "boolean"}
    assert normalised.warnings == [
        "doc.yaml:7 at #/components/schemas/Status/default: the default 'auto' is not a value "
        "of the schema: left out"
    ]


def test_a_document_needing_nothing_is_handed_on_unchanged() -> None:
    spec = _spec(
        {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}},
        _get("/things", "getThing", _ref("Thing")),
    )
    normalised = normalise(spec)
    assert normalised.document == spec.document
    assert normalised.document is not spec.document  # the spec itself is never changed
    assert normalised.warnings == []


@pytest.mark.parametrize(
    ("media_type", "kind"),
    [
        ("application/json", JSON),
        ("application/problem+json; charset=utf-8", JSON),
        ("application/x-www-form-urlencoded", FORM),
        ("multipart/form-data", MULTIPART),
        ("text/csv", TEXT),
        ("text/plain; charset=utf-8", TEXT),
        ("application/jwt", TEXT),
        ("application/atom+xml", TEXT),
        ("image/png", BINARY),
        ("image/*", BINARY),
        ("audio/wav", BINARY),
        ("video/mp4", BINARY),
        ("application/pdf", BINARY),
        ("application/zip", BINARY),
        ("application/octet-stream", BINARY),
        ("application/vnd.acme.unknown", BINARY),
        ("*/*", BINARY),
        ("multipart/mixed; boundary=b", RAW),
        ("text/event-stream", RAW),
        ("application/x-ndjson", RAW),
    ],
)
def test_each_media_type_has_a_kind(media_type: str, kind: str) -> None:
    assert media_kind(media_type) == kind


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"[a-z]{1,8}/[a-z0-9.+-]{1,12}", fullmatch=True),
    st.sampled_from(["", "; charset=utf-8", ";boundary=x"]),
)
def test_every_media_type_is_read_some_way(essence: str, parameters: str) -> None:
    """Whatever the media type, the body is sent and read: never a body left out."""
    kind = media_kind(essence + parameters)
    assert kind in (JSON, FORM, MULTIPART, TEXT, BINARY, RAW)
    assert kind == media_kind(essence.upper())  # media types are case-insensitive


def test_header_parameters_a_header_cannot_carry_as_such_are_their_text(
    generate: Generate, capsys: Any
) -> None:
    sent: list[httpx.Request] = []
    package = generate(
        {
            "paths": {
                "/reports": {
                    "get": {
                        "operationId": "getReports",
                        "tags": ["things"],
                        "parameters": [
                            {
                                "name": "If-Modified-Since",
                                "in": "header",
                                "schema": {"type": "string", "format": "date-time"},
                            },
                            {
                                "name": "X-Ids",
                                "in": "header",
                                "schema": {"type": "array", "items": {"type": "integer"}},
                            },
                        ],
                        "responses": {"204": {"description": "None"}},
                    }
                }
            }
        }
    )
    err = capsys.readouterr().err
    assert (
        "#/paths/~1reports/get/parameters/0/schema: a header value of date-time: typed str" in err
    )
    assert "#/paths/~1reports/get/parameters/1/schema: a header value of array: typed str" in err

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = _client(package, handler)
    client.things.get_reports(if_modified_since="Tue, 02 Jan 2024 03:04:05 GMT", x_ids="1,2")
    assert sent[0].headers["If-Modified-Since"] == "Tue, 02 Jan 2024 03:04:05 GMT"
    assert sent[0].headers["X-Ids"] == "1,2"


def test_a_nullable_path_parameter_is_its_type(generate: Generate) -> None:
    """FastAPI writes optional values as anyOf [T, null]; a path segment is never null."""
    package = generate(
        {
            "paths": {
                "/tasks/{index}": {
                    "get": {
                        "operationId": "getTask",
                        "tags": ["things"],
                        "parameters": [
                            {
                                "name": "index",
                                "in": "path",
                                "required": True,
                                "schema": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                            }
                        ],
                        "responses": {"204": {"description": "None"}},
                    }
                }
            }
        }
    )
    module = importlib.import_module(f"{package.__name__}.api.things.get_task")
    hints = typing.get_type_hints(module.sync)
    assert hints["index"] is int

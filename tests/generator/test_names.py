"""Names a document gives twice (issue 20, point 5): two schemas of one title, enum values that
meet in Python, operations whose short methods meet. Each used to refuse the whole API (an
openapi-python-client parse error or a raw ``ValueError``); now each thing keeps its own name,
chosen deterministically, and the request and the decoded answer show which is which."""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import load_config
from generator.resources import OperationRef, place_operations
from tests.generator.test_generate import Generate, _client, _ok, generate

__all__ = ["generate"]  # the fixture, shared with test_generate.py


def _get(path: str, operation_id: str, schema: Any, tag: str = "things") -> dict[str, Any]:
    return {
        path: {
            "get": {
                "operationId": operation_id,
                "tags": [tag],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": schema}},
                    }
                },
            }
        }
    }


def test_two_schemas_of_one_title_are_two_models(
    generate: Generate, capsys: pytest.CaptureFixture[str]
) -> None:
    """Intercom's two 'Articles', Together AI's three 'DisplayorExecuteOutput': the second
    takes its component key, and each operation decodes into its own model."""
    article = {"title": "Article", "type": "object", "properties": {"id": {"type": "string"}}}
    listed = {"title": "Article", "type": "object", "properties": {"count": {"type": "integer"}}}
    package = generate(
        {
            "paths": {
                **_get("/article", "getArticle", {"$ref": "#/components/schemas/Article"}),
                **_get("/articles", "listArticles", {"$ref": "#/components/schemas/ArticleList"}),
            },
            "components": {"schemas": {"Article": article, "ArticleList": listed}},
        }
    )
    warnings = capsys.readouterr().err
    assert "would be the class 'Article'" in warnings
    assert "ArticleList" in warnings
    models = importlib.import_module(f"{package.__name__}.models")
    assert {"id"} <= set(models.Article.__struct_fields__)
    assert {"count"} <= set(models.ArticleList.__struct_fields__)
    client = _client(package, _ok({"id": "a1", "count": 3}))
    assert isinstance(client.things.get_article(), models.Article)
    listed_answer = client.things.list_articles()
    assert isinstance(listed_answer, models.ArticleList)
    assert listed_answer.count == 3


def test_two_inline_schemas_of_one_title_are_numbered(
    generate: Generate, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plex's two inline 'Subscription' schemas: no component key to fall back on."""
    first = {"title": "Subscription", "type": "object", "properties": {"a": {"type": "string"}}}
    second = {"title": "Subscription", "type": "object", "properties": {"b": {"type": "string"}}}
    holder = {
        "type": "object",
        "properties": {"current": first, "pending": second},
    }
    package = generate({"paths": _get("/account", "getAccount", holder)})
    warning = capsys.readouterr().err
    assert "would be the class 'GetAccountResponse200Subscription'" in warning
    assert "it is 'GetAccountResponse200Subscription2'" in warning
    client = _client(package, _ok({"current": {"a": "x"}, "pending": {"b": "y"}}))
    account = client.things.get_account()
    assert (account.current.a, account.pending.b) == ("x", "y")
    assert type(account.current).__name__ != type(account.pending).__name__


def test_enum_values_that_meet_in_python_are_members_sent_as_written(generate: Generate) -> None:
    """Superset's time zones: ``GMT0``, ``GMT-0`` and ``GMT+0`` are three members."""
    zones = ["GMT0", "GMT-0", "GMT+0", "Etc/GMT+1", "Etc/GMT-1"]
    parameter = {"name": "zone", "in": "query", "schema": {"type": "string", "enum": zones}}
    document = _get("/time", "getTime", {"type": "object"})
    document["/time"]["get"]["parameters"] = [parameter]
    package = generate({"paths": document})
    zone = importlib.import_module(f"{package.__name__}.models").GetTimeZone
    assert sorted(member.value for member in zone) == sorted(zones)
    assert len({member.name for member in zone}) == len(zones)
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = _client(package, answer)
    for value in zones:
        client.things.get_time(zone=zone(value))
        assert sent[-1].url.params["zone"] == value


PLANSHIP = dataclasses.replace(
    load_config(Path(__file__).resolve().parents[2] / "specs" / "planship.config.yaml"),
    resources={},
)
"""A config with no ``resources:`` renames: every method below is derived."""


def _placed(operations: list[tuple[str, str]], tag: str = "collections") -> dict[str, str]:
    refs = [OperationRef(key, operation_id, tag, f"/{key}") for key, operation_id in operations]
    placements, _ = place_operations(PLANSHIP, refs)
    return {key: placement.dotted for key, placement in placements.items()}


def test_short_methods_that_meet_keep_the_words_that_told_them_apart() -> None:
    """Qdrant's ``get_collection`` / ``get_collections`` were both ``collections.get``."""
    placed = _placed(
        [
            ("get_collection", "get_collection"),
            ("get_collections", "get_collections"),
            ("delete_collection", "delete_collection"),
        ]
    )
    assert placed == {
        "get_collection": "collections.get_collection",
        "get_collections": "collections.get_collections",
        "delete_collection": "collections.delete",  # nothing to tell apart: short
    }


def test_a_clash_the_whole_names_cannot_avoid_is_numbered_with_a_warning() -> None:
    """``things/get`` and ``thingsGet`` are ``things_get`` both, short or whole."""
    refs = [
        OperationRef("things_get", "thingsGet", "things", "/a"),
        OperationRef("things_get_2", "things/get", "things", "/b"),
    ]
    placements, warnings = place_operations(PLANSHIP, refs)
    assert {key: p.dotted for key, p in placements.items()} == {
        "things_get": "things.things_get",
        "things_get_2": "things.things_get_2",
    }
    assert any("would both be 'things_get'" in line for line in warnings), warnings


def test_resource_methods_of_a_generated_package_keep_their_words(generate: Generate) -> None:
    """Keycloak's ``getClientScope`` / ``getClientScopes`` on ``client_scopes``."""
    one = _get("/scopes/{id}", "getClientScope", {"type": "object"}, tag="client-scopes")
    one["/scopes/{id}"]["get"]["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    every = _get("/scopes", "getClientScopes", {"type": "array"}, tag="client-scopes")
    package = generate({"paths": {**one, **every}})
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json=[] if request.url.path == "/scopes" else {})

    client = _client(package, answer)
    client.client_scopes.get_client_scopes()
    client.client_scopes.get_client_scope("7")
    assert seen == ["/scopes", "/scopes/7"]

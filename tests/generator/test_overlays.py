"""OpenAPI Overlay 1.0: update merges, remove deletes, and a target that matches nothing fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.overlays import OverlayError, apply_overlay, load_overlay


def _document() -> dict[str, Any]:
    return {
        "components": {
            "schemas": {
                "Password": {
                    "type": "object",
                    "properties": {
                        "expires_at": {"type": "string", "format": "date-time"},
                        "name": {"type": "string"},
                    },
                },
            }
        },
        "tags": [{"name": "A"}],
    }


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_recursively_and_leaves_the_input_alone() -> None:
    document = _document()
    result = apply_overlay(
        document,
        _overlay(
            {
                "target": "$.components.schemas.Password.properties.expires_at",
                "update": {"type": ["string", "null"], "description": "may be null"},
            }
        ),
    )
    assert result["components"]["schemas"]["Password"]["properties"]["expires_at"] == {
        "type": ["string", "null"],
        "format": "date-time",
        "description": "may be null",
    }
    assert document == _document()


def test_update_on_an_array_appends() -> None:
    result = apply_overlay(_document(), _overlay({"target": "$.tags", "update": {"name": "B"}}))
    assert result["tags"] == [{"name": "A"}, {"name": "B"}]


def test_remove_with_a_filter_expression() -> None:
    result = apply_overlay(
        _document(),
        _overlay(
            {
                "target": "$.components.schemas.Password.properties[?@.type == 'string']",
                "remove": True,
            }
        ),
    )
    assert result["components"]["schemas"]["Password"]["properties"] == {}


def test_target_that_selects_nothing_is_an_error() -> None:
    with pytest.raises(OverlayError, match=r"actions\[0\] .*selects nothing"):
        apply_overlay(
            _document(), _overlay({"target": "$.components.schemas.Nope", "remove": True})
        )


def test_invalid_jsonpath_is_an_error() -> None:
    with pytest.raises(OverlayError, match="invalid JSONPath"):
        apply_overlay(_document(), _overlay({"target": "$..[", "remove": True}))


def test_action_without_update_or_remove_is_an_error() -> None:
    with pytest.raises(OverlayError, match="needs 'update' or 'remove: true'"):
        apply_overlay(_document(), _overlay({"target": "$.tags"}))


def test_load_refuses_a_document_that_is_not_an_overlay(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text("openapi: 3.1.0\n")
    with pytest.raises(OverlayError, match="not an OpenAPI Overlay"):
        load_overlay(path)

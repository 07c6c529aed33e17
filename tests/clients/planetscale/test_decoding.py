"""Both decoding paths: msgspec for bodies that match the spec, from_dict for everything else."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest
from planetscale_client import _decoding
from planetscale_client._decoding import Fallback, FastDecoder
from planetscale_client.api.databases import get_database, list_databases
from planetscale_client.models import Database, DatabasePage, DatabaseState

EXACT: dict[str, Any] = {
    "id": "db1",
    "name": "shop",
    "state": "ready",
    "region": {"slug": "eu-west", "display_name": "EU West"},
    "created_at": "2024-01-02T03:04:05Z",
}


def _decoder(operation: ModuleType) -> FastDecoder[Any]:
    """The msgspec decoder of the operation's 200 response."""
    decoder: FastDecoder[Any] | None = operation.OPERATION.replies[200].decoder
    assert decoder is not None
    return decoder


def test_a_body_that_matches_the_spec_takes_the_fast_path() -> None:
    decoded = _decoder(get_database).decode(json.dumps(EXACT).encode())
    assert isinstance(decoded, Database)
    assert decoded.state is DatabaseState.READY
    assert decoded == Database.from_dict(EXACT)  # both paths agree


def test_a_field_the_spec_does_not_know_is_learned_and_kept_on_the_fast_path() -> None:
    decoder = FastDecoder[Any](Database)
    body = json.dumps({**EXACT, "shard_count": 4, "region": {**EXACT["region"], "zone": "b"}})

    first = decoder.decode(body.encode())
    again = decoder.decode(body.encode())

    assert isinstance(first, Database) and isinstance(again, Database)
    assert first.additional_properties == {"shard_count": 4}
    assert first.region.additional_properties == {"zone": "b"}  # type: ignore[union-attr]
    assert first == Database.from_dict({**EXACT, "shard_count": 4})
    assert first.to_dict()["shard_count"] == 4
    assert repr(first) == repr(Database.from_dict(EXACT))


def test_anything_else_falls_back_to_from_dict() -> None:
    for body in (
        {**EXACT, "name": None},  # a null it does not allow
        {**EXACT, "name": 5},  # a wrong type (from_dict then reports it)
    ):
        assert isinstance(_decoder(get_database).decode(json.dumps(body).encode()), Fallback)


def test_an_unlisted_enum_value_is_kept_on_the_fast_path_too() -> None:
    decoded = _decoder(get_database).decode(json.dumps({**EXACT, "state": "hibernating"}).encode())
    assert isinstance(decoded, Database)
    assert decoded.state == "hibernating"
    assert isinstance(decoded.state, DatabaseState)


def test_once_met_an_unlisted_enum_value_decodes_in_c(monkeypatch: pytest.MonkeyPatch) -> None:
    """msgspec calls ``_missing_`` for each value it does not know (about 0.55 µs each): the
    value is made known to it, so the next bodies decode without calling back into Python."""
    decoder = FastDecoder[Any](DatabasePage)
    body = json.dumps({"data": [{**EXACT, "state": "thawing"}] * 3}).encode()
    first = decoder.decode(body)
    calls: list[str] = []
    real = DatabaseState._missing_

    def counted(value: Any) -> Any:
        calls.append(value)
        return real(value)

    monkeypatch.setattr(DatabaseState, "_missing_", counted)
    again = decoder.decode(body)
    assert calls == []
    assert not isinstance(first, Fallback) and not isinstance(again, Fallback)
    assert [db.state for db in again.data or []] == ["thawing"] * 3
    assert all(isinstance(db.state, DatabaseState) for db in again.data or [])
    assert again == first and isinstance((again.data or [])[0], Database)
    assert "thawing" not in [m.value for m in DatabaseState]  # iteration lists the spec's


def test_unlisted_enum_values_are_kept_beyond_those_remembered() -> None:
    values = [f"state-{n}" for n in range(_decoding.MAX_UNLISTED + 5)]
    for value in values:
        member = DatabaseState(value)
        assert isinstance(member, DatabaseState) and member == value
    assert _decoding._enum_values <= _decoding.MAX_UNLISTED


def test_list_pages_decode_fast_too() -> None:
    # the page fields the live API sends are declared by specs/planetscale.overlay.yaml
    page = {
        "data": [EXACT, EXACT],
        "current_page": 1,
        "next_page": 2,
        "next_page_url": "u",
        "prev_page": None,
        "prev_page_url": None,
    }
    decoded = _decoder(list_databases).decode(json.dumps(page).encode())
    assert not isinstance(decoded, Fallback)
    assert [db.name for db in decoded.data or []] == ["shop", "shop"]
    assert (decoded.current_page, decoded.next_page, decoded.prev_page) == (1, 2, None)

"""Both decoding paths: msgspec for bodies that match the spec, from_dict for everything else."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

from planetscale_client._decoding import Fallback, FastDecoder
from planetscale_client.api.databases import get_database, list_databases
from planetscale_client.models import Database, DatabaseState

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

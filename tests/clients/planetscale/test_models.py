"""Models: JSON both ways, repr of the set fields, equality, copy and pickle, msgspec encoding,
and fields the spec does not declare kept and sent back."""

from __future__ import annotations

import copy
import json
import pickle

import msgspec
import pytest
from planetscale_client import APIResponseValidationError
from planetscale_client.models import CreateDatabaseBody, Database, DatabaseState

SENT = {"id": "db1", "name": "shop", "state": "ready", "created_at": "2024-01-02T03:04:05+00:00"}


def test_to_json_and_from_json_round_trip() -> None:
    database = Database.from_json(json.dumps(SENT))
    assert database.state is DatabaseState.READY
    assert json.loads(database.to_json()) == SENT
    assert Database.from_json(database.to_json()) == database


def test_from_json_reports_what_is_wrong() -> None:
    with pytest.raises(APIResponseValidationError, match=r"Database\.name"):
        Database.from_json(json.dumps({**SENT, "name": 5}))
    with pytest.raises(APIResponseValidationError, match="not JSON"):
        Database.from_json(b"{not json")


def test_repr_shows_only_the_fields_that_are_set() -> None:
    assert repr(Database(id="db1", name="shop")) == "Database(id='db1', name='shop')"


def test_equality_copy_and_pickle() -> None:
    database = Database.from_dict(SENT)
    assert database == Database.from_dict(dict(SENT))
    assert database != Database.from_dict({**SENT, "name": "other"})
    assert copy.copy(database) == database
    assert copy.deepcopy(database) == database
    assert pickle.loads(pickle.dumps(database)) == database


def test_msgspec_encodes_the_declared_fields_only() -> None:
    body = CreateDatabaseBody(name="shop")
    assert msgspec.json.decode(msgspec.json.encode(body)) == {"name": "shop"}


def test_unknown_fields_are_kept_compared_pickled_and_sent_back() -> None:
    database = Database.from_dict({**SENT, "shard_count": 4})
    assert database.additional_properties == {"shard_count": 4}
    assert database["shard_count"] == 4 and "shard_count" in database
    assert isinstance(database, Database)
    assert database == Database.from_dict(SENT)  # models compare by their declared fields
    assert not database != Database.from_dict(SENT)  # != agrees with ==
    again = pickle.loads(pickle.dumps(database))
    assert again.additional_properties == {"shard_count": 4}
    assert database.to_dict() == {**SENT, "shard_count": 4}


def test_with_additional_properties_sends_fields_the_spec_does_not_declare() -> None:
    body = CreateDatabaseBody(name="shop").with_additional_properties(kind="mysql")
    assert body.to_dict() == {"name": "shop", "kind": "mysql"}
    assert body.name == "shop"

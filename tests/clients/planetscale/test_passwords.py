"""Passwords: the overlay-made nullable ``expires_at``, and a POST that is not retried."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import pytest
import respx
from planetscale_client import InternalServerError, PlanetScaleClient, RequestOptions
from planetscale_client.api.passwords import create_password, get_password
from planetscale_client.models import CreatePasswordBody, Password

from tests.clients.planetscale.conftest import SleepRecorder

PATH = "/organizations/acme/databases/shop/branches/main/passwords"


def test_null_expires_at_parses_and_is_kept_as_none(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    api.get(f"{PATH}/pw1").respond(200, json={"id": "pw1", "name": "app", "expires_at": None})
    password = get_password.sync("acme", "shop", "main", "pw1", client=client)
    assert isinstance(password, Password)
    assert password.expires_at is None
    assert password.to_dict()["expires_at"] is None


def test_expires_at_timestamp_parses(client: PlanetScaleClient, api: respx.MockRouter) -> None:
    api.get(f"{PATH}/pw1").respond(200, json={"id": "pw1", "expires_at": "2030-01-02T03:04:05Z"})
    password = get_password.sync("acme", "shop", "main", "pw1", client=client)
    assert password.expires_at == datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_post_is_not_retried_unless_asked(
    client: PlanetScaleClient, api: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    route = api.post(PATH).respond(503)
    body = CreatePasswordBody.from_dict({"name": "app"})
    with pytest.raises(InternalServerError):
        create_password.sync("acme", "shop", "main", client=client, body=body)
    assert route.call_count == 1
    assert sleeps.delays == []
    route.side_effect = [httpx.Response(503), httpx.Response(201, json={"id": "pw2"})]
    created = create_password.sync(
        "acme",
        "shop",
        "main",
        client=client,
        body=body,
        options=RequestOptions(retry_non_idempotent=True),
    )
    assert created.id == "pw2"
    # parsed: how httpx spaces the JSON it serialises differs between its versions
    assert json.loads(route.calls.last.request.read()) == {"name": "app"}

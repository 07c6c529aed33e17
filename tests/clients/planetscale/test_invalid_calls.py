"""Calls the spec forbids: refused by the client before sending where it can, else by Prism,
with Prism's answer surfaced as our typed exception."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from planetscale_client import PlanetScaleClient, RequestOptions, UnprocessableEntityError
from planetscale_client.api.databases import create_database, list_databases
from planetscale_client.models import CreateDatabaseBody, CreateDatabaseBodyPlan, CreateTeamBody

from tests.contract.prism import PrismServer

NO_RETRY = RequestOptions(max_retries=0)


@pytest.fixture
def client(prism: dict[str, PrismServer]) -> Iterator[PlanetScaleClient]:
    with PlanetScaleClient("id", "token", base_url=prism["planetscale"].url) as client:
        yield client


def test_per_page_above_the_maximum_is_rejected_as_422(client: PlanetScaleClient) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        list_databases.sync("acme", client=client, per_page=500, options=NO_RETRY)
    assert b"per_page must be <= 100" in caught.value.content
    assert caught.value.method == "GET"


def test_enum_value_the_spec_does_not_list_is_rejected_by_the_server(
    client: PlanetScaleClient,
) -> None:
    # Enums accept unknown values (forward compatibility), so the server is the judge.
    body = CreateDatabaseBody(name="shop", plan=CreateDatabaseBodyPlan("platinum"))
    with pytest.raises(UnprocessableEntityError) as caught:
        create_database.sync("acme", client=client, body=body, options=NO_RETRY)
    # the operation documents a 422, so Prism reports the violation in a header
    (violation,) = json.loads(caught.value.headers["sl-violations"])
    assert violation["location"] == ["request", "body", "plan"]
    assert violation["code"] == "enum"


def test_missing_required_body_field_is_refused_before_sending() -> None:
    with pytest.raises(TypeError, match="name"):
        CreateTeamBody()  # type: ignore[call-arg]


def test_a_body_the_spec_forbids_is_caught_by_prism(client: PlanetScaleClient) -> None:
    """The harness can fail: a request without the required ``name`` is a violation."""
    kwargs = {"method": "post", "url": "/organizations/acme/teams", "json": {}}
    response = client.request(kwargs, options=NO_RETRY)
    assert response.status_code == 422
    assert "must have required property 'name'" in response.headers["sl-violations"]

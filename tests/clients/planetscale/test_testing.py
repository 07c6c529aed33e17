"""planetscale_client.testing: the spec-checked stub, with the sync and the async client.

Each test runs the code under test through the real client stack (arguments, auth, the
request httpx builds, parsing) into the stub, as a user's test would.
"""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from planetscale_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncPlanetScaleClient,
    InternalServerError,
    NotFoundError,
    PlanetScaleClient,
    RateLimitError,
    RequestOptions,
)
from planetscale_client.api.databases import create_database
from planetscale_client.api.teams import create_team
from planetscale_client.models import (
    CreateDatabaseBody,
    CreateDatabaseBodyPlan,
    CreateTeamBody,
    Database,
    DatabaseState,
    Error,
)
from planetscale_client.testing import PlanetScaleStub, StubError, raising
from planetscale_client.types import UNSET

from tests.clients.stubbed import MODES, Use, call_with, functional, refusal


def run(mode: str, use: Use) -> Any:
    return call_with(
        mode,
        lambda: PlanetScaleClient("tok-id", "tok-secret"),
        lambda: AsyncPlanetScaleClient("tok-id", "tok-secret"),
        use,
    )


@pytest.mark.parametrize("mode", MODES)
def test_returns_the_stubbed_value_and_records_the_call(mode: str) -> None:
    with PlanetScaleStub() as stub:
        stub.databases.get.returns(Database(name="shop", state=DatabaseState.READY))

        database = run(mode, lambda c: c.databases.get("acme", "shop"))

    assert database == Database(name="shop", state=DatabaseState.READY)
    (call,) = stub.databases.get.calls
    assert call.kwargs == {"organization": "acme", "database": "shop"}
    assert call.request.url.path == "/v1/organizations/acme/databases/shop"
    assert call.request.headers["Authorization"] == "ServiceToken tok-id:tok-secret"
    assert stub.calls == [call]


@pytest.mark.parametrize("mode", MODES)
def test_recorded_arguments_are_typed_as_the_method_takes_them(mode: str) -> None:
    with PlanetScaleStub() as stub:
        stub.databases.create.returns(Database(name="shop"))

        run(
            mode,
            lambda c: c.databases.create("acme", name="shop", plan=CreateDatabaseBodyPlan.SCALER),
        )

    assert stub.databases.create.calls[0].kwargs == {
        "organization": "acme",
        "name": "shop",
        "plan": CreateDatabaseBodyPlan.SCALER,
    }
    assert isinstance(stub.databases.create.calls[0].kwargs["plan"], CreateDatabaseBodyPlan)


@pytest.mark.parametrize("mode", MODES)
def test_raises_the_stubbed_error_with_its_body_at_once(mode: str) -> None:
    with PlanetScaleStub() as stub:
        stub.databases.get.raises(NotFoundError, body=Error(code="not_found", message="gone"))
        stub.databases.get.raises(InternalServerError, status=503)

        with pytest.raises(NotFoundError) as not_found:
            run(mode, lambda c: c.databases.get("acme", "gone"))
        with pytest.raises(InternalServerError) as unavailable:
            run(mode, lambda c: c.databases.get("acme", "gone"))

    assert not_found.value.body == Error(code="not_found", message="gone")
    assert unavailable.value.status_code == 503
    assert unavailable.value.body == Error()  # the spec's simplest error body
    assert len(stub.databases.get.calls) == 2  # a stubbed 503 is not retried


@pytest.mark.parametrize("mode", MODES)
def test_a_sequence_answers_the_calls_in_order(mode: str) -> None:
    with PlanetScaleStub() as stub:
        stub.databases.get.sequence(
            Database(name="one"),
            NotFoundError,
            raising(RateLimitError, body=Error(code="rate_limited", message="slow down")),
            APIConnectionError,
            APITimeoutError,
            Database(name="two"),
        )
        get: Use = lambda c: c.databases.get("acme", "shop")  # noqa: E731

        assert run(mode, get) == Database(name="one")
        with pytest.raises(NotFoundError):
            run(mode, get)
        with pytest.raises(RateLimitError) as limited:
            run(mode, get)
        with pytest.raises(APIConnectionError) as disconnected:
            run(mode, get)
        with pytest.raises(APITimeoutError):
            run(mode, get)
        assert run(mode, get) == Database(name="two")

    assert limited.value.body == Error(code="rate_limited", message="slow down")
    assert not isinstance(disconnected.value, APITimeoutError)


@pytest.mark.parametrize("mode", MODES)
def test_pages_are_served_as_planetscale_pages_them(mode: str) -> None:
    databases = [Database(name=name) for name in ("a", "b", "c")]
    with PlanetScaleStub() as stub:
        stub.databases.list.pages([databases[:2], databases[2:]])

        items = run(mode, lambda c: c.databases.list("acme", per_page=2))

    assert items == databases
    assert [call.kwargs for call in stub.databases.list.calls] == [
        {"organization": "acme", "page": 1, "per_page": 2},
        {"organization": "acme", "page": 2, "per_page": 2},
    ]


def test_a_page_carries_the_next_page_number_and_the_last_one_none() -> None:
    with PlanetScaleStub() as stub, PlanetScaleClient("tok-id", "tok-secret") as client:
        stub.databases.list.pages([[Database(name="a")], [Database(name="b")]])

        first = client.databases.list("acme")
        second = first.next_page()

    assert json.loads(first.response.content)["next_page"] == 2
    assert json.loads(second.response.content) == {"data": [{"name": "b"}], "next_page": None}
    assert not second.has_next_page()


def _raw_get(path: str) -> Use:
    """A request the code under test builds itself on the client's httpx client."""

    def use(client: Any) -> Any:
        if isinstance(client, AsyncPlanetScaleClient):
            return client.get_async_httpx_client().get(client.base_url + path)
        return client.get_httpx_client().get(client.base_url + path)

    return use


FORBIDDEN_REQUESTS: list[tuple[str, Use, str, str]] = [
    (
        "an unknown query parameter",
        lambda c: c.databases.get("acme", "shop", options=RequestOptions(params={"verbose": "1"})),
        "client.databases.get",
        "query parameter 'verbose' is not in the spec (it declares none)",
    ),
    (
        "a parameter's type",
        lambda c: c.databases.list("acme", options=RequestOptions(params={"per_page": "many"})),
        "client.databases.list",
        "query parameter 'per_page': expected an integer, got a string (\"many\")",
    ),
    (
        "a parameter's bound",
        lambda c: c.databases.list("acme", per_page=500),
        "client.databases.list",
        "query parameter 'per_page': 500 is more than the maximum 100",
    ),
    (
        "a body field's enum",  # a value kept by the enum, as if the API had sent it
        lambda c: c.databases.create("acme", name="shop", plan=CreateDatabaseBodyPlan("gold")),
        "client.databases.create",
        'body/plan: "gold" is not one of ["hobby", "scaler", "scaler_pro"]',
    ),
    (
        "a required body field",
        functional(create_database, "acme", body=CreateDatabaseBody(name=UNSET)),  # type: ignore[arg-type]
        "client.databases.create",
        "body/name: a required field is missing",
    ),
    (
        "a body field's type",
        functional(create_team, "acme", body=CreateTeamBody(name=7)),  # type: ignore[arg-type]
        "client.teams.create",
        "body/name: expected a string, got an integer (7)",
    ),
    (
        "the content type",
        lambda c: c.databases.create(
            "acme", name="shop", options=RequestOptions(headers={"Content-Type": "text/plain"})
        ),
        "client.databases.create",
        "sends Content-Type text/plain; the spec accepts application/json",
    ),
    (
        "the credentials",
        _raw_get("/organizations/acme"),
        "client.organizations.get",
        "sends no credentials the spec accepts: it asks for serviceToken (header "
        "Authorization) or bearerAuth (Authorization: Bearer ...)",
    ),
    (
        "the path",
        _raw_get("/organisations/acme"),
        "unexpected request GET https://api.planetscale.com/v1/organisations/acme",
        "no operation of PlanetScale Platform API has the path /organisations/acme",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("use", "method", "problem"),
    [case[1:] for case in FORBIDDEN_REQUESTS],
    ids=[case[0] for case in FORBIDDEN_REQUESTS],
)
def test_a_request_the_spec_forbids_fails_naming_the_method_and_the_problem(
    mode: str, use: Use, method: str, problem: str
) -> None:
    with PlanetScaleStub() as stub:
        message = refusal(stub, lambda: run(mode, use))

    assert message.startswith(method)
    assert problem in message
    assert stub.calls == []


FORBIDDEN_RESPONSES: list[tuple[str, Callable[[PlanetScaleStub], None], str]] = [
    (
        "a field's type",
        lambda stub: stub.databases.get.returns(Database(name=123)),  # type: ignore[arg-type]
        "client.databases.get: the stubbed 200 response (application/json) is not what the spec "
        "allows:\n  - /name: expected a string, got an integer (123)",
    ),
    (
        "an enum value",
        lambda stub: stub.databases.get.returns(Database(state=DatabaseState("paused"))),
        '/state: "paused" is not one of ["pending", "ready", "sleeping", "awaking"]',
    ),
    (
        "a date-time without its offset",
        lambda stub: stub.databases.get.returns(Database(created_at=datetime.datetime(2024, 5, 1))),
        '/created_at: "2024-05-01T00:00:00" is not an RFC 3339 date-time with an offset',
    ),
    (
        "an error body",
        lambda stub: stub.databases.get.raises(NotFoundError, body=Error(code=404)),  # type: ignore[arg-type]
        "client.databases.get: the stubbed 404 error body (application/json) is not what the "
        "spec allows:\n  - /code: expected a string, got an integer (404)",
    ),
    (
        "a page's item",
        lambda stub: stub.databases.list.pages([[Database(name="a"), Database(plan=1)]]),  # type: ignore[arg-type]
        "client.databases.list: page 1's items (application/json) is not what the spec allows:"
        "\n  - /1/plan: expected a string, got an integer (1)",
    ),
    (
        "a success status the spec does not document",
        lambda stub: stub.databases.get.returns(Database(), status=202),
        "client.databases.get: the spec documents no 202 success response (it documents [200])",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("stub_it", "problem"),
    [case[1:] for case in FORBIDDEN_RESPONSES],
    ids=[case[0] for case in FORBIDDEN_RESPONSES],
)
def test_a_stubbed_response_the_spec_forbids_fails_where_it_is_stubbed(
    mode: str, stub_it: Callable[[PlanetScaleStub], None], problem: str
) -> None:
    with PlanetScaleStub() as stub:
        message = refusal(stub, lambda: stub_it(stub))
        unexpected = refusal(stub, lambda: run(mode, lambda c: c.databases.get("acme", "shop")))

    assert problem in message
    assert unexpected.startswith("unexpected call")  # nothing was stubbed


@pytest.mark.parametrize("mode", MODES)
def test_a_stubbed_response_nobody_used_fails_when_the_stub_ends(mode: str) -> None:
    stub = PlanetScaleStub()
    with pytest.raises(StubError) as unused, stub:
        stub.databases.get.returns(Database(name="used"))
        stub.databases.get.returns(Database(name="unused"))
        stub.databases.list.pages([[Database(name="a")]])
        run(mode, lambda c: c.databases.get("acme", "shop"))

    assert str(unused.value) == (  # in the order of the package's resources and methods
        "client.databases.list: stubbed but never called: page 1 of 1 (1 items) "
        "(allow_unused=True accepts that)\n"
        "client.databases.get: stubbed but never called: returns(Database(name='unused')) "
        "(allow_unused=True accepts that)"
    )


@pytest.mark.parametrize("mode", MODES)
def test_an_unexpected_call_fails_even_when_the_code_catches_it(mode: str) -> None:
    def careless(client: Any) -> Any:
        try:
            return run_call(client)
        except Exception:
            return None

    def run_call(client: Any) -> Any:
        return client.databases.get("acme", "shop")

    stub = PlanetScaleStub()
    with pytest.raises(StubError) as unexpected, stub:
        if mode == "sync":
            with PlanetScaleClient("tok-id", "tok-secret") as client:
                assert careless(client) is None
        else:

            async def use() -> Any:
                async with AsyncPlanetScaleClient("tok-id", "tok-secret") as client:
                    try:
                        return await client.databases.get("acme", "shop")
                    except Exception:
                        return None

            assert asyncio.run(use()) is None

    assert str(unexpected.value).startswith(
        "unexpected call: client.databases.get(organization='acme', database='shop'): "
        "nothing is stubbed for it"
    )


@pytest.mark.parametrize("mode", MODES)
def test_opting_out_of_the_unused_and_unexpected_checks(mode: str) -> None:
    with PlanetScaleStub(allow_unused=True, allow_unexpected=True) as stub:
        stub.branches.get.returns(stub.branches.get.example())

        database = run(mode, lambda c: c.databases.get("acme", "shop"))

    assert database == stub.databases.get.example()  # the spec's example, as the API sends it
    assert len(stub.databases.get.calls) == 1


def test_times_answers_that_many_calls_and_none_every_call() -> None:
    with PlanetScaleStub() as stub, PlanetScaleClient("tok-id", "tok-secret") as client:
        stub.databases.get.returns(Database(name="twice"), times=2)
        stub.databases.get.returns(Database(name="always"), times=None)

        names = [client.databases.get("acme", "shop").name for _ in range(4)]

    assert names == ["twice", "twice", "always", "always"]


def test_a_stub_of_one_client_covers_its_copies_and_no_other_client() -> None:
    sent: list[httpx.Request] = []

    def network(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"name": "from the network"})

    other = PlanetScaleClient(
        "tok-id", "tok-secret", http_client=httpx.Client(transport=httpx.MockTransport(network))
    )
    with PlanetScaleClient("tok-id", "tok-secret") as client, PlanetScaleStub(client) as stub:
        stub.databases.get.returns(Database(name="stubbed"), times=2)

        assert client.databases.get("acme", "shop").name == "stubbed"
        assert client.with_options(timeout=5).databases.get("acme", "shop").name == "stubbed"
        assert other.databases.get("acme", "shop").name == "from the network"

    assert len(sent) == 1
    other.close()


def test_example_is_a_value_the_spec_allows_with_the_fields_given() -> None:
    with PlanetScaleStub() as stub:
        database = stub.databases.get.example(name="shop", state=DatabaseState.SLEEPING)
        item = stub.databases.list.item_example(name="blog")

        stub.databases.get.returns(database)  # would raise if the spec did not allow it
        stub.databases.list.pages([[item]])
        stub.allow_unused = True

    assert (database.name, database.state) == ("shop", DatabaseState.SLEEPING)
    assert isinstance(item, Database)
    assert item.name == "blog"


def test_the_fixture_stubs_every_client_for_one_test(planetscale_stub: PlanetScaleStub) -> None:
    planetscale_stub.databases.get.returns(Database(name="shop"))

    with PlanetScaleClient("tok-id", "tok-secret") as client:
        assert client.databases.get("acme", "shop") == Database(name="shop")

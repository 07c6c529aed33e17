"""Databases: auth headers, typed results, typed errors, pagination, forward compatibility."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import respx
from planetscale_client import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PlanetScaleClient,
    RateLimitError,
    RequestOptions,
    UnprocessableEntityError,
)
from planetscale_client.api.databases import get_database, list_databases
from planetscale_client.models import Database, DatabaseState, Error
from planetscale_client.types import UNSET

from tests.clients.planetscale.conftest import BASE_URL, SleepRecorder

DB = {"id": "db1", "name": "shop", "state": "ready", "region": {"slug": "eu-west"}}


def _databases(start: int, count: int, **extra: Any) -> dict[str, Any]:
    return {
        "data": [{"id": f"db{i}", "name": f"db-{i}"} for i in range(start, start + count)],
        **extra,
    }


def test_service_token_header_and_typed_model(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases/shop").respond(200, json=DB)
    database = get_database.sync("acme", "shop", client=client)
    assert isinstance(database, Database)
    assert database.name == "shop"
    assert database.state is DatabaseState.READY
    request = route.calls.last.request
    assert request.headers["Authorization"] == "ServiceToken tok-id:tok-secret"
    assert request.headers["User-Agent"] == "planetscale-client/1.0.0"
    assert request.headers["Accept"] == "application/json"


def test_bare_service_token_form_and_oauth_bearer(api: respx.MockRouter) -> None:
    route = api.get("/organizations/acme/databases/shop").respond(200, json=DB)
    with PlanetScaleClient("id", "secret", auth_scheme="bare", base_url=BASE_URL) as bare:
        get_database.sync("acme", "shop", client=bare)
    assert route.calls.last.request.headers["Authorization"] == "id:secret"
    with PlanetScaleClient(oauth_token="oauth-abc", base_url=BASE_URL) as oauth:
        get_database.sync("acme", "shop", client=oauth)
    assert route.calls.last.request.headers["Authorization"] == "Bearer oauth-abc"


def test_credentials_from_the_environment(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANETSCALE_SERVICE_TOKEN_ID", "env-id")
    monkeypatch.setenv("PLANETSCALE_SERVICE_TOKEN", "env-token")
    monkeypatch.setenv("PLANETSCALE_BASE_URL", BASE_URL)
    route = api.get("/organizations/acme/databases/shop").respond(200, json=DB)
    with PlanetScaleClient() as client:
        get_database.sync("acme", "shop", client=client)
    assert route.calls.last.request.headers["Authorization"] == "ServiceToken env-id:env-token"


def test_bad_arguments_are_refused_before_sending() -> None:
    with pytest.raises(
        ValueError, match="needs service_token_id and service_token, but service_token"
    ):
        PlanetScaleClient("only-id")
    with pytest.raises(ValueError, match="auth_scheme must be"):
        PlanetScaleClient("a", "b", auth_scheme="Token")
    with pytest.raises(ValueError, match="base_url must be an http"):
        PlanetScaleClient("a", "b", base_url="api.planetscale.com")


def test_default_base_url_is_the_specs_server() -> None:
    with PlanetScaleClient("a", "b") as client:
        assert client.base_url == "https://api.planetscale.com/v1"


def test_404_raises_not_found_with_the_parsed_error(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    api.get("/organizations/acme/databases/nope").respond(
        404, json={"code": "not_found", "message": "Not Found"}, headers={"X-Request-Id": "r1"}
    )
    with pytest.raises(NotFoundError) as caught:
        get_database.sync("acme", "nope", client=client)
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert isinstance(error.body, Error)
    assert error.body.code == "not_found"
    assert error.body.message == "Not Found"
    assert error.status_code == 404
    assert error.headers["X-Request-Id"] == "r1"
    assert error.method == "GET"
    assert str(error.url) == f"{BASE_URL}/organizations/acme/databases/nope"
    # parsed: how httpx spaces the JSON it serialises differs between its versions
    assert json.loads(error.content) == {"code": "not_found", "message": "Not Found"}
    assert "404 Not Found from GET" in str(error)
    assert "tok-secret" not in str(error)


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(401, AuthenticationError), (409, ConflictError), (422, UnprocessableEntityError)],
)
def test_status_maps_to_its_exception(
    client: PlanetScaleClient, api: respx.MockRouter, status: int, error_type: type[Exception]
) -> None:
    api.get("/organizations/acme/databases/shop").respond(status, json={"code": "x"})
    with pytest.raises(error_type):
        get_database.sync("acme", "shop", client=client, options=RequestOptions(max_retries=0))


def test_a_static_token_is_not_refreshed_on_401(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases/shop").respond(
        401, json={"code": "unauthorized"}
    )
    with pytest.raises(AuthenticationError) as caught:
        get_database.sync("acme", "shop", client=client)
    assert route.call_count == 1
    assert caught.value.body is not None and caught.value.body.code == "unauthorized"


def test_429_with_retry_after_then_success(
    client: PlanetScaleClient, api: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    route = api.get("/organizations/acme/databases/shop")
    route.side_effect = [
        httpx.Response(429, headers={"Retry-After": "3"}, json={"code": "rate_limited"}),
        httpx.Response(200, json=DB),
    ]
    assert get_database.sync("acme", "shop", client=client).name == "shop"
    assert sleeps.delays == [3.0]


def test_503_three_times_raises_after_exactly_three_attempts(
    client: PlanetScaleClient, api: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    route = api.get("/organizations/acme/databases/shop").respond(503)
    with pytest.raises(InternalServerError):
        get_database.sync("acme", "shop", client=client)
    assert route.call_count == 3
    assert sleeps.delays == [0.5, 1.0]


def test_rate_limit_error_after_retries_async(
    client: PlanetScaleClient, api: respx.MockRouter, sleeps: SleepRecorder
) -> None:
    route = api.get("/organizations/acme/databases/shop").respond(429)
    with pytest.raises(RateLimitError):
        asyncio.run(get_database.asyncio("acme", "shop", client=client))
    assert route.call_count == 3
    assert sleeps.delays == [0.5, 1.0]


def test_unknown_enum_value_and_unknown_fields_are_kept(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    api.get("/organizations/acme/databases/shop").respond(
        200, json={**DB, "state": "hibernating", "shard_count": 4}
    )
    database = get_database.sync("acme", "shop", client=client)
    assert isinstance(database.state, DatabaseState)
    assert database.state == "hibernating"
    assert str(database.state) == "hibernating"
    assert database.additional_properties == {"shard_count": 4}
    assert database.to_dict()["state"] == "hibernating"
    assert database.to_dict()["shard_count"] == 4


def test_malformed_success_body_raises_our_validation_error(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    api.get("/organizations/acme/databases/shop").respond(200, content=b"<html>oops</html>")
    with pytest.raises(APIResponseValidationError, match="Database"):
        get_database.sync("acme", "shop", client=client)


def test_pagination_follows_next_page(client: PlanetScaleClient, api: respx.MockRouter) -> None:
    route = api.get("/organizations/acme/databases")
    route.side_effect = [
        httpx.Response(200, json=_databases(0, 2, current_page=1, next_page=2)),
        httpx.Response(200, json=_databases(2, 2, current_page=2, next_page=3)),
        httpx.Response(200, json=_databases(4, 1, current_page=3, next_page=None)),
    ]
    names = [db.name for db in client.paginate(list_databases, organization="acme", per_page=2)]
    assert names == ["db-0", "db-1", "db-2", "db-3", "db-4"]
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2", "3"]
    assert {call.request.url.params["per_page"] for call in route.calls} == {"2"}


def test_pagination_without_next_page_stops_at_a_short_page(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases")
    route.side_effect = [
        httpx.Response(200, json=_databases(0, 25)),
        httpx.Response(200, json=_databases(25, 25)),
        httpx.Response(200, json=_databases(50, 3)),
    ]
    items = client.paginate(list_databases, organization="acme")
    assert route.call_count == 0  # lazy: nothing is fetched before the first item is asked for
    assert len(list(items)) == 53
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2", "3"]


def test_pagination_stops_at_an_empty_page_and_honours_max_items(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases")
    route.side_effect = [
        httpx.Response(200, json=_databases(0, 2)),
        httpx.Response(200, json=_databases(2, 0)),
    ]
    assert len(list(client.paginate(list_databases, organization="acme", per_page=2))) == 2
    route.side_effect = [httpx.Response(200, json=_databases(i, 2)) for i in range(0, 10, 2)]
    before = route.call_count
    limited = list(client.paginate(list_databases, organization="acme", per_page=2, max_items=3))
    assert [db.name for db in limited] == ["db-0", "db-1", "db-2"]
    assert route.call_count - before == 2  # the third page is never requested


def test_async_pagination_over_three_pages(
    client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases")
    route.side_effect = [
        httpx.Response(200, json=_databases(0, 2, next_page=2)),
        httpx.Response(200, json=_databases(2, 2, next_page=3)),
        httpx.Response(200, json=_databases(4, 2, next_page=None)),
    ]

    async def collect() -> list[str]:
        return [
            str(db.name)
            async for db in client.apaginate(list_databases, organization="acme", per_page=2)
        ]

    assert asyncio.run(collect()) == ["db-0", "db-1", "db-2", "db-3", "db-4", "db-5"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pagination_stops_at_a_full_last_page_whose_next_page_is_null(
    mode: str, client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases")
    route.side_effect = [
        httpx.Response(200, json=_databases(0, 2, next_page=2)),
        httpx.Response(200, json=_databases(2, 2, next_page=None)),  # full, yet the last
        httpx.Response(200, json=_databases(4, 2, next_page=None)),  # must never be asked for
    ]
    names = _collect(mode, client, list_databases, organization="acme", per_page=2)
    assert names == ["db-0", "db-1", "db-2", "db-3"]
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2"]


def _page_unset(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` with ``page`` defaulting to UNSET instead of 1."""

    def call(*args: Any, page: Any = UNSET, **kwargs: Any) -> Any:
        return function(*args, page=page, **kwargs)

    signature = inspect.signature(function)
    parameters = [
        p.replace(default=UNSET) if p.name == "page" else p for p in signature.parameters.values()
    ]
    call.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    return call


# list_databases as if its spec gave ``page`` no default.
LIST_WITHOUT_PAGE_DEFAULT = SimpleNamespace(
    **{
        **vars(list_databases),
        **{
            name: _page_unset(getattr(list_databases, name))
            for name in ("sync", "asyncio", "sync_detailed", "asyncio_detailed")
        },
    }
)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_page_style_pagination_without_a_default_starts_at_page_1(
    mode: str, client: PlanetScaleClient, api: respx.MockRouter
) -> None:
    route = api.get("/organizations/acme/databases")
    route.side_effect = [
        httpx.Response(200, json=_databases(0, 2, next_page=2)),
        httpx.Response(200, json=_databases(2, 1, next_page=None)),
    ]
    names = _collect(mode, client, LIST_WITHOUT_PAGE_DEFAULT, organization="acme", per_page=2)
    assert names == ["db-0", "db-1", "db-2"]
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2"]


def _collect(mode: str, client: PlanetScaleClient, operation: Any, **params: Any) -> list[str]:
    """The names of every database ``paginate`` (or ``apaginate``) yields."""
    if mode == "sync":
        return [str(db.name) for db in client.paginate(operation, **params)]

    async def collect() -> list[str]:
        return [str(db.name) async for db in client.apaginate(operation, **params)]

    return asyncio.run(collect())


def test_paginate_refuses_an_operation_that_is_not_a_list(client: PlanetScaleClient) -> None:
    with pytest.raises(TypeError, match="not a paginated operation"):
        client.paginate(get_database, organization="acme", database="x")  # type: ignore[arg-type]


def test_debug_logging_redacts_credentials(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PLANETSCALE_LOG", "debug")
    api.get("/organizations/acme/databases/shop").respond(200, json=DB)
    caplog.set_level(logging.DEBUG, logger="planetscale_client")
    with PlanetScaleClient("tok-id", "tok-secret", base_url=BASE_URL) as client:
        get_database.sync("acme", "shop", client=client)
        text = caplog.text + repr(client)
    assert (
        "HTTP Request: GET https://api.planetscale.test/v1/organizations/acme/databases/shop"
        in text
    )
    assert "HTTP Response: GET" in text and " 200 OK " in text
    assert "'Authorization': '***'" in text or "'authorization': '***'" in text
    assert "tok-secret" not in text
    logging.getLogger("planetscale_client").handlers.clear()


def test_per_call_headers_and_timeout(client: PlanetScaleClient, api: respx.MockRouter) -> None:
    route = api.get("/organizations/acme/databases/shop").respond(200, json=DB)
    get_database.sync("acme", "shop", client=client)
    default = route.calls.last.request.extensions["timeout"]
    # what is left of the attempt when the request leaves: the configured value, or just under
    assert default == pytest.approx(
        {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}, abs=0.1
    )
    get_database.sync(
        "acme",
        "shop",
        client=client,
        options=RequestOptions(headers={"X-Trace": "t1"}, timeout=2.0),
    )
    request = route.calls.last.request
    assert request.headers["X-Trace"] == "t1"
    assert request.extensions["timeout"] == pytest.approx(
        dict.fromkeys(("connect", "read", "write", "pool"), 2.0), abs=0.1
    )

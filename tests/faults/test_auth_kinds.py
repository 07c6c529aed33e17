"""Issue 19, untested behaviours: each credential goes where its scheme says, each operation
sends what its security requirement asks for (AND, optional, ``security: []``), OAuth2 tokens
are fetched with their scopes and refreshed after a 401, list styles stop where they must, and
``with_options`` changes the copy only. Each test asserts what the server saw.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest

from tests.faults.actions import Delay, Reply
from tests.faults.apis import (
    EK_ACCESS_TOKEN,
    EK_BEARER,
    EK_CLIENT_ID,
    EK_CLIENT_SECRET,
    EK_COOKIE_KEY,
    EK_HEADER_KEY,
    EK_PASSWORD,
    EK_QUERY_KEY,
    EK_USER_TOKEN,
    EK_USERNAME,
    EVERY_KIND,
    Bound,
)
from tests.faults.every_kind import module
from tests.faults.harness import Harness
from tests.faults.server import Received

pytestmark = pytest.mark.parametrize("api", [EVERY_KIND], ids=lambda api: api.name, indirect=True)
ITEM = {"id": "w1", "name": "one"}
BASIC = "Basic " + base64.b64encode(f"{EK_USERNAME}:{EK_PASSWORD}".encode()).decode()


def _access(name: str) -> Bound:
    return Bound(module(f"api.access.{name}"))


def _credentials(request: Received) -> dict[str, str | None]:
    """Where a credential can be, as the server saw it."""
    query = request.target.partition("?")[2]
    return {
        "authorization": request.header("authorization"),
        "x-api-key": request.header("x-api-key"),
        "cookie": request.header("cookie"),
        "query": query or None,
    }


NOTHING: dict[str, str | None] = {
    "authorization": None,
    "x-api-key": None,
    "cookie": None,
    "query": None,
}

# -- each kind where its scheme puts it --------------------------------------------------

WHERE = {
    "header_key": {"x-api-key": EK_HEADER_KEY},
    "query_key": {"query": "api_key=ek-query+Zq7%2FKp9%2BMUST-NOT-LEAK"},
    "cookie_key": {"cookie": f"session_key={EK_COOKIE_KEY}"},
    "basic": {"authorization": BASIC},
    "bearer_token": {"authorization": f"Bearer {EK_BEARER}"},
    "user_token": {"authorization": f"Bearer {EK_USER_TOKEN}"},
    "client_credentials": {"authorization": f"Bearer {EK_ACCESS_TOKEN}"},
}
WAYS = {
    "header_key": {"header_key": EK_HEADER_KEY},
    "query_key": {"query_key": EK_QUERY_KEY},
    "cookie_key": {"cookie_key": EK_COOKIE_KEY},
    "basic": {"username": EK_USERNAME, "password": EK_PASSWORD},
    "bearer_token": {"bearer_token": EK_BEARER},
    "user_token": {"user_token": EK_USER_TOKEN},
    "client_credentials": {"client_id": EK_CLIENT_ID, "client_secret": EK_CLIENT_SECRET},
}


@pytest.mark.parametrize("kind", WAYS)
def test_each_credential_goes_exactly_where_its_scheme_says(kind: str, harness: Harness) -> None:
    harness.server.route("/v1/widgets/", Reply(200, ITEM))

    harness.succeeds(harness.client(**WAYS[kind]), harness.api.resource.get.bind("x"))

    (request,) = harness.server.seen("/v1/widgets/")
    assert _credentials(request) == {**NOTHING, **WHERE[kind]}


def test_the_token_request_asks_for_the_schemes_scopes(harness: Harness) -> None:
    harness.server.route("/v1/widgets/", Reply(200, ITEM))

    harness.succeeds(harness.client(), harness.api.resource.get.bind("x"))

    (token,) = harness.server.seen("/v1/oauth/token")
    assert token.method == "POST"
    assert token.body == b"grant_type=client_credentials&scope=read%20write"
    assert token.header("content-type") == "application/x-www-form-urlencoded"
    pair = base64.b64encode(f"{EK_CLIENT_ID}:{EK_CLIENT_SECRET}".encode()).decode()
    assert token.header("authorization") == f"Basic {pair}"


# -- what each operation's requirement asks for -----------------------------------------------


def test_security_none_sends_no_credential_whatever_the_client_holds(harness: Harness) -> None:
    harness.server.route("/v1/access/public", Reply(204))
    client = harness.client(**WAYS["header_key"], **WAYS["bearer_token"], **WAYS["query_key"])

    harness.succeeds(client, _access("get_public"))

    (request,) = harness.server.requests
    assert _credentials(request) == NOTHING


def test_an_optional_requirement_sends_the_credential_when_held_and_nothing_otherwise(
    harness: Harness,
) -> None:
    harness.server.route("/v1/access/optional", Reply(204))

    harness.succeeds(harness.client(**WAYS["header_key"]), _access("get_optional"))
    harness.succeeds(harness.client(**WAYS["bearer_token"]), _access("get_optional"))

    with_key, without = harness.server.requests
    assert _credentials(with_key) == {**NOTHING, "x-api-key": EK_HEADER_KEY}
    assert _credentials(without) == NOTHING  # the bearer token is not what it asks for


def test_an_and_requirement_sends_both_schemes(harness: Harness) -> None:
    harness.server.route("/v1/access/both", Reply(204))

    harness.succeeds(
        harness.client(**WAYS["header_key"], **WAYS["bearer_token"]), _access("get_both")
    )

    (request,) = harness.server.requests
    assert _credentials(request) == {
        **NOTHING,
        "x-api-key": EK_HEADER_KEY,
        "authorization": f"Bearer {EK_BEARER}",
    }


def test_an_and_requirement_is_not_half_met_but_another_alternative_is_taken(
    harness: Harness,
) -> None:
    harness.server.route("/v1/access/both", Reply(204))

    harness.succeeds(harness.client(**WAYS["header_key"], **WAYS["basic"]), _access("get_both"))

    (request,) = harness.server.requests
    assert _credentials(request) == {**NOTHING, "authorization": BASIC}  # not the lone key


def test_an_and_requirement_with_one_of_its_schemes_only_is_refused_before_sending(
    harness: Harness,
) -> None:
    client = harness.client(**WAYS["header_key"])

    error = harness.fails(harness.package.APIError, client, _access("get_both"), within=0.2)

    message = str(error)
    assert "get_both (GET /access/both) needs the credential headerKey" in message
    assert "together with bearerAuth (a bearer token: pass bearer_token=" in message
    assert " or basicAuth (HTTP Basic credentials: " in message  # the other alternative
    assert message.endswith("this EveryKindClient holds headerKey")
    assert harness.server.requests == []


# -- OAuth2 flows the client cannot run: an access token, refreshed after a 401 ------------


def test_an_access_token_is_refreshed_after_a_401_and_the_call_tried_again(
    harness: Harness,
) -> None:
    fresh = "ek-user-token/Zq7+Kp9-REFRESHED"
    harness.secrets.append(fresh)
    refreshed: list[str] = []

    def refresh() -> str:
        refreshed.append(fresh)
        return fresh

    harness.server.route("/v1/access/user", Reply(401, {"detail": "expired"}), Reply(204))
    client = harness.client(user_token=EK_USER_TOKEN, user_token_refresh=refresh)

    harness.succeeds(client, _access("get_as_user"))

    first, second = harness.server.requests
    assert first.header("authorization") == f"Bearer {EK_USER_TOKEN}"
    assert second.header("authorization") == f"Bearer {fresh}"
    assert refreshed == [fresh]


def test_an_access_token_without_a_refresh_callable_is_not_retried_after_a_401(
    harness: Harness,
) -> None:
    harness.server.route("/v1/access/user", Reply(401, {"detail": "expired"}))

    harness.fails(
        harness.package.AuthenticationError,
        harness.client(user_token=EK_USER_TOKEN),
        _access("get_as_user"),
    )

    assert len(harness.server.requests) == 1


def test_a_client_credentials_token_is_fetched_again_after_a_401(harness: Harness) -> None:
    token = harness.api.token
    assert token is not None
    second_token = "ek-access/Zq7+Kp9-SECOND"
    harness.secrets.append(second_token)
    harness.server.route(
        token.path,
        harness.token_answer(),
        Reply(200, token.answer(token=second_token), {"Connection": "close"}),
    )
    harness.server.route("/v1/widgets/", Reply(401, {"detail": "revoked"}), Reply(200, ITEM))

    harness.succeeds(harness.client(), harness.api.resource.get.bind("x"))

    first, second = harness.server.seen("/v1/widgets/")
    assert first.header("authorization") == f"Bearer {EK_ACCESS_TOKEN}"
    assert second.header("authorization") == f"Bearer {second_token}"
    assert harness.token_requests() == 2


# -- pagination styles stop where they must ---------------------------------------------------


def _page(n: int, **fields: Any) -> dict[str, Any]:
    return {"data": [{"id": f"w{n}", "name": f"widget-{n}"}], **fields}


@pytest.mark.parametrize(
    "last",
    [
        {"next_cursor": "c2", "has_more": False},
        {"next_cursor": ""},
        {"next_cursor": None},
        {"has_more": False},
    ],
    ids=["has-more-false", "empty-cursor", "null-cursor", "no-cursor"],
)
def test_cursor_pages_stop_at_the_last_page(last: dict[str, Any], harness: Harness) -> None:
    harness.server.route(
        "/v1/pages/cursor",
        Reply(200, _page(1, next_cursor="c1", has_more=True)),
        Reply(200, _page(2, **last)),
    )

    items, error = harness.walk(
        harness.client(**WAYS["header_key"]), module("api.pages.list_by_cursor"), limit=1
    )

    assert error is None
    assert [item.id for item in items] == ["w1", "w2"]
    assert [r.target for r in harness.server.requests] == [
        "/v1/pages/cursor?limit=1",
        "/v1/pages/cursor?cursor=c1&limit=1",
    ]


def test_offset_page_and_next_url_styles_walk_every_page(harness: Harness) -> None:
    harness.server.route(
        "/v1/pages/offset",
        Reply(200, [{"id": "w1", "name": "one"}, {"id": "w2", "name": "two"}]),
        Reply(200, [{"id": "w3", "name": "three"}]),
    )
    harness.server.route(
        "/v1/pages/numbered",
        Reply(200, _page(1, next_page=2)),
        Reply(200, _page(2, next_page=None)),
    )
    harness.server.route(
        "/v1/pages/next-url",
        Reply(200, _page(1, links={"next": "/v1/pages/next-url?after=w1"})),
        Reply(200, _page(2, links={"next": None})),
    )
    client = harness.client(**WAYS["header_key"])

    offset, _ = harness.walk(client, module("api.pages.list_by_offset"), limit=2)
    numbered, _ = harness.walk(client, module("api.pages.list_by_page"), size=1)
    linked, _ = harness.walk(client, module("api.pages.list_by_next_url"))

    assert [len(offset), len(numbered), len(linked)] == [3, 2, 2]
    assert harness.server.targets() == [
        "GET /v1/pages/offset?offset=0&limit=2",
        "GET /v1/pages/offset?offset=2&limit=2",
        "GET /v1/pages/numbered?page=1&size=1",
        "GET /v1/pages/numbered?page=2&size=1",
        "GET /v1/pages/next-url",
        "GET /v1/pages/next-url?after=w1",
    ]


# -- with_options changes the copy, never the original ------------------------------------


def test_with_options_deadline_applies_to_the_copy_only(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Delay(0.4, Reply(200, ITEM)))
    original = harness.client(**WAYS["header_key"], retry=harness.retry(max_retries=0))

    hurried = original.with_options(deadline=0.2)

    harness.fails(harness.package.APITimeoutError, hurried, get.bind("x"), within=0.2)
    harness.succeeds(original, get.bind("x"))
    assert (original.deadline, hurried.deadline) == (None, 0.2)


def test_with_options_max_response_size_applies_to_the_copy_only(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, {**ITEM, "name": "x" * 2000}))
    original = harness.client(**WAYS["header_key"])

    small = original.with_options(max_response_size=1000)

    error = harness.fails(harness.package.ResponseTooLargeError, small, get.bind("x"))
    harness.succeeds(original, get.bind("x"))
    assert error.limit == 1000
    assert original.max_response_size == 64 * 1024 * 1024


@pytest.mark.parametrize("setting", ["max_retries", "retry"])
def test_with_options_retries_apply_to_the_copy_only(setting: str, harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(503, {"detail": "busy"}))
    original = harness.client(**WAYS["header_key"], retry=harness.retry(max_retries=1))
    changed = (
        original.with_options(max_retries=3)
        if setting == "max_retries"
        else original.with_options(retry=harness.retry(max_retries=3))
    )

    harness.fails(harness.package.InternalServerError, changed, get.bind("x"))
    after_copy = len(harness.server.requests)
    harness.fails(harness.package.InternalServerError, original, get.bind("x"))

    assert after_copy == 4  # the first attempt and three retries
    assert len(harness.server.requests) - after_copy == 2  # the original's one retry
    assert original.retry.max_retries == 1


def test_with_options_leaves_the_original_unchanged(harness: Harness) -> None:
    original = harness.client(**WAYS["header_key"], timeout=5.0, headers={"X-Team": "a"})
    before = (original.timeout, original.deadline, original.max_response_size, original.retry)

    original.with_options(
        timeout=1.0,
        deadline=2.0,
        max_response_size=10,
        max_retries=7,
        headers={"X-Team": "b", "X-Other": "c"},
    )

    after = (original.timeout, original.deadline, original.max_response_size, original.retry)
    assert after == before
    harness.server.route("/v1/widgets/", Reply(200, ITEM))
    harness.succeeds(original, harness.api.resource.get.bind("x"))
    (request,) = harness.server.requests
    assert request.header("x-team") == "a"
    assert request.header("x-other") is None

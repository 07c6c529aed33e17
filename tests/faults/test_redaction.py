"""Issue 19, secrets (rows 1-5, 7, 8): whatever the server echoes, in whatever encoding, and
wherever the runtime reports it (a PaginationError, a cut error body, httpx's and httpcore's
logs, an error's ``url``/``request``), no credential shows.

The harness checks every exception's texts, attributes, URL and request, and every log record
of the test (ours, httpx's, httpcore's) against the API's secrets in every form they can take.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote_plus

import httpx
import pytest

from tests.faults.actions import Reply, Respond, credentials_in, echo
from tests.faults.apis import EVERY_KIND, OAUTH_APIS, Api
from tests.faults.every_kind import module
from tests.faults.harness import ONCE, Harness
from tests.faults.server import Received

every_kind = pytest.mark.parametrize("api", [EVERY_KIND], ids=lambda api: api.name, indirect=True)
oauth_only = pytest.mark.parametrize("api", OAUTH_APIS, ids=lambda api: api.name, indirect=True)

PAGES = "/v1/pages/"


def _ways(harness: Harness) -> list[Any]:
    """One client per way of passing credentials."""
    return [harness.client(**way) for way in harness.api.credentials]


def _collect(harness: Harness, client: Any, name: str) -> BaseException | None:
    """Walk every page of the every_kind list ``name``; return the error that stopped it."""
    return harness.walk(client, module(f"api.pages.{name}"))[1]


# -- row 1: PaginationError ---------------------------------------------------------------


@every_kind
def test_a_cursor_echoing_the_credentials_stays_out_of_the_pagination_error(
    harness: Harness,
) -> None:
    served = itertools.count()

    def page(request: Received) -> Reply:  # a new page, pointing at the same cursor again
        item = {"id": f"w{next(served)}", "name": "w"}
        return Reply(200, {"data": [item], "next_cursor": credentials_in(request)})

    harness.server.route(f"{PAGES}cursor", Respond(page, fault=True))

    for client in _ways(harness):
        error = _collect(harness, client, "list_by_cursor")
        assert type(error) is harness.package.PaginationError
        assert "list_by_cursor" in str(error)
        assert "***" in str(error)  # the cursor, which held the credentials


@every_kind
@pytest.mark.parametrize(
    "where",
    [
        lambda text: f"/elsewhere?leak={quote_plus(text)}",  # outside the base path
        lambda text: f"http://{quote_plus(text)}@127.0.0.1:1/v1/pages/next-url",  # user info
        lambda text: "http://[::1",  # invalid
    ],
    ids=["outside-the-path", "user-info", "invalid"],
)
def test_a_next_url_echoing_the_credentials_stays_out_of_the_pagination_error(
    where: Callable[[str], str], harness: Harness
) -> None:
    def page(request: Received) -> Reply:
        url = where(credentials_in(request))
        return Reply(200, {"data": [{"id": "w", "name": "w"}], "links": {"next": url}})

    harness.server.route(f"{PAGES}next-url", Respond(page, fault=True))

    for client in _ways(harness):
        error = _collect(harness, client, "list_by_next_url")
        assert type(error) is harness.package.PaginationError
    assert {r.path for r in harness.server.requests} <= {f"{PAGES}next-url", "/v1/oauth/token"}


@every_kind
def test_a_host_named_after_the_token_stays_out_of_the_pagination_error(harness: Harness) -> None:
    token = "ek-host-token-zq7kp9-must-not-leak"  # lower case: host names are
    harness.server.route(
        f"{PAGES}next-url",
        Reply(
            200,
            {"data": [{"id": "w", "name": "w"}], "links": {"next": f"http://{token}.test/v1/x"}},
            injects=True,
        ),
    )
    harness.secrets.append(token)

    error = _collect(harness, harness.client(bearer_token=token), "list_by_next_url")

    assert type(error) is harness.package.PaginationError
    assert "another scheme, host or port (http://***.test)" in str(error)


# -- row 2: a query API key with a space ----------------------------------------------------


@every_kind
def test_a_query_key_sent_with_a_plus_for_its_space_is_redacted_in_errors(
    harness: Harness,
) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, echo(lambda text: Reply(404, {"detail": text})))
    client = harness.client(query_key=harness.api.credentials[2]["query_key"])

    error = harness.fails(harness.package.NotFoundError, client, get.bind("x"))

    (request,) = harness.server.requests
    assert "api_key=ek-query+Zq7%2FKp9%2BMUST-NOT-LEAK" in request.target  # as it was sent
    assert str(error.url) == f"{harness.server.url}/v1/widgets/x?api_key=***"
    assert error.request.url == error.url
    assert f"GET {harness.server.url}/v1/widgets/x?api_key=***" in str(error)


# -- row 3: the logs of httpx and httpcore --------------------------------------------------


def test_httpx_and_httpcore_records_made_during_a_call_are_redacted(harness: Harness) -> None:
    """httpx logs each request's URL at INFO, httpcore each response header at DEBUG: the
    credentials echoed in headers (and a query key in the URL) are redacted in both."""
    get = harness.api.resource.get
    harness.server.route(
        get.prefix,
        echo(lambda text: Reply(200, harness.api.resource.body(), {"X-Echo": text})),
    )

    for client in _ways(harness):
        harness.succeeds(client, get.bind("x"))

    records = [r for r in harness.all_log_records() if r.name.startswith(("httpx", "httpcore"))]
    echoed = [m for m in map(logging.LogRecord.getMessage, records) if "b'x-echo'" in m]
    assert len(echoed) == len(harness.api.credentials)
    assert all("***" in message for message in echoed)
    assert any(r.name == "httpx" and "HTTP Request: GET" in r.getMessage() for r in records)


def test_the_records_of_httpx_outside_our_calls_are_left_alone(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """The filter redacts only while one of our calls runs: another client's records pass."""
    harness.client()  # installs the filter
    secret = harness.api.secrets[0]
    harness.server.route("/elsewhere", Reply(200, b"{}"))

    with httpx.Client() as other:
        other.get(f"{harness.server.url}/elsewhere", params={"mine": secret})

    (record,) = [r for r in caplog.records if r.name == "httpx"]
    assert "?mine=" in record.getMessage()
    assert "***" not in record.getMessage()
    caplog.clear()  # the harness's log check would count it: it is no secret of ours


# -- row 4: JSON with escaped slashes ---------------------------------------------------------


def test_credentials_echoed_as_php_json_with_escaped_slashes_are_redacted(
    harness: Harness,
) -> None:
    get = harness.api.resource.get

    def php_json(text: str) -> Reply:
        body = json.dumps({"detail": text, "request": {"auth": text}}).replace("/", "\\/")
        return Reply(400, body.encode())

    harness.server.route(get.prefix, echo(php_json))

    for client in _ways(harness):
        error = harness.fails(harness.package.BadRequestError, client, get.bind("x"))
        assert "\\/" in error.content.decode()  # the echo really was escaped


@oauth_only
def test_a_basic_credential_echoed_by_the_token_endpoint_with_escaped_slashes_is_redacted(
    harness: Harness,
) -> None:
    assert harness.api.token is not None
    harness.server.route(
        harness.api.token.path,
        echo(lambda text: Reply(401, json.dumps({"error": text}).replace("/", "\\/").encode())),
    )

    harness.fails(
        harness.package.AuthenticationError, harness.client(), harness.api.resource.get.bind("x")
    )


# -- row 5: the cut of an error body --------------------------------------------------------


def _held(api: Api, way: Mapping[str, str]) -> list[str]:
    """The secrets a client made with ``way`` holds (an OAuth2 client its access token too);
    not the ``id:secret`` pairs, whose first part is no secret."""
    held = [s for s in api.secrets if ":" not in s and any(value in s for value in way.values())]
    if api.token is not None and way == api.credentials[0]:
        held.append(api.token.access_token)
    return held


def test_a_secret_at_the_cut_of_an_error_body_leaves_no_part_behind(harness: Harness) -> None:
    """The body is redacted before its 500 characters are cut: no prefix of a secret (eight
    characters or more) survives, wherever the cut falls in it."""
    get = harness.api.resource.get
    limit = harness.package.errors.MAX_BODY_IN_MESSAGE
    for way in harness.api.credentials:
        client = harness.client(**way)
        for secret in _held(harness.api, way):
            for inside in (8, len(secret) // 2, len(secret) - 1):
                body = "x" * (limit - inside) + secret + " and more"
                harness.server.route(get.prefix, Reply(404, body.encode()))

                error = harness.fails(harness.package.NotFoundError, client, get.bind("x"))

                shown = str(error)
                assert "x***" in shown, shown[-60:]
                assert not any(secret[:n] in shown for n in range(8, len(secret)))


# -- row 7: one-character secrets -------------------------------------------------------------


@oauth_only
def test_a_one_letter_access_token_leaves_messages_readable(harness: Harness) -> None:
    assert harness.api.token is not None
    harness.server.route(
        harness.api.token.path,
        Reply(200, harness.api.token.answer(token="t"), {"Connection": "close"}, injects=True),
    )
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(404, {"detail": "the widget was not found; token t"}))

    error = harness.fails(harness.package.NotFoundError, harness.client(), get.bind("x"))

    (request,) = harness.server.seen(get.prefix)
    assert request.header("authorization") == "Bearer t"
    assert f"from GET {harness.server.url}{get.target('x')}:" in str(error)
    assert "the widget was not found; token ***" in str(error)


@every_kind
def test_a_one_letter_key_of_the_caller_leaves_messages_readable(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(404, {"detail": "no widget at widgets/x for key k"}))
    client = harness.client(header_key="k")

    error = harness.fails(harness.package.NotFoundError, client, get.bind("x"))

    assert harness.server.requests[0].header("x-api-key") == "k"
    assert f"{harness.server.url}/v1/widgets/x" in str(error)
    assert "no widget at widgets/x for key ***" in str(error)


# -- row 8: bytes and numbers as credentials -------------------------------------------------


@ONCE
@pytest.mark.parametrize("value", [b"bytes-Zq7-Kp9-secret", 12345678], ids=["bytes", "int"])
def test_a_credential_that_is_not_a_string_is_refused_naming_its_argument(
    value: Any, harness: Harness
) -> None:
    assert logging.getLogger(harness.api.logger)  # <PREFIX>_LOG=debug is set for every test
    for way in harness.api.credentials:
        for name in way:
            arguments = {**way, name: value}
            harness.refuses(
                functools.partial(harness.client, **arguments), expected=TypeError, naming=name
            )

"""Issue 19, rows 6, 9, 10 and 13: credentials go only to the base URL's scheme, host, port and
path prefix: not where a redirect, a next URL or a ``Link`` header points elsewhere, whatever
the caller's httpx client says; and no base URL or server variable can move them.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.faults.actions import Reply
from tests.faults.apis import EVERY_KIND
from tests.faults.every_kind import module
from tests.faults.harness import ONCE, Harness
from tests.faults.server import FaultServer

every_kind = pytest.mark.parametrize("api", [EVERY_KIND], ids=lambda api: api.name, indirect=True)

PAGES = "/v1/pages/"
ITEM = {"id": "w1", "name": "one"}


def _following_client(harness: Harness, **kwargs: Any) -> Any:
    """A client over the caller's own httpx client, which follows redirects."""
    if harness.mode == "sync":
        return harness.client(http_client=httpx.Client(follow_redirects=True), **kwargs)
    return harness.client(async_http_client=httpx.AsyncClient(follow_redirects=True), **kwargs)


# -- row 6: redirects ---------------------------------------------------------------------


def test_a_redirect_to_another_port_is_not_followed_by_a_client_that_follows_redirects(
    harness: Harness,
) -> None:
    get = harness.api.resource.get
    elsewhere = FaultServer()
    try:
        elsewhere.route("/", Reply(200, harness.api.resource.body()))
        harness.server.route(
            get.prefix, Reply(302, b"", {"Location": elsewhere.url + get.target("x")})
        )

        for way in harness.api.credentials:
            error = harness.fails(
                harness.package.UnexpectedStatus, _following_client(harness, **way), get.bind("x")
            )
            assert error.status_code == 302
        assert elsewhere.requests == []  # neither credentials nor the request went there
    finally:
        elsewhere.close()


def test_a_redirect_on_the_same_host_is_not_followed_either(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(307, b"", {"Location": "/admin"}))
    harness.server.route("/admin", Reply(200, harness.api.resource.body()))

    harness.fails(harness.package.UnexpectedStatus, _following_client(harness), get.bind("x"))

    assert [r.path for r in harness.server.seen("/admin")] == []


# -- rows 9 and 10: next URLs and Link headers ----------------------------------------------

OUTSIDE = {
    "other-path": "/other/next",
    "dot-segments": "/v1/../admin",
    "encoded-dot-segments": "/v1/%2e%2e/admin",
    "encoded-slash": "/v1/pages/%2f..%2f..%2fadmin",
    "prefix-lookalike": "/v1admin/next",
    "user-info": "http://someone:password@127.0.0.1:{port}/v1/pages/next-url?page=2",
    "another-port": "http://127.0.0.1:1/v1/pages/next-url",
    "another-scheme": "https://127.0.0.1:{port}/v1/pages/next-url",
    "another-host": "http://localhost:{port}/v1/pages/next-url",
    "protocol-relative": "//evil.test/v1/pages/next-url",
    "invalid": "http://[::1",
}


def _walk(harness: Harness, client: Any, name: str) -> tuple[list[Any], BaseException | None]:
    return harness.walk(client, module(f"api.pages.{name}"))


def _outside(harness: Harness, key: str) -> str:
    return OUTSIDE[key].format(port=harness.server.port)


@every_kind
@pytest.mark.parametrize("key", OUTSIDE)
def test_a_next_url_outside_the_base_url_is_not_requested(key: str, harness: Harness) -> None:
    harness.server.route(
        f"{PAGES}next-url",
        Reply(200, {"data": [ITEM], "links": {"next": _outside(harness, key)}}, injects=True),
    )

    for way in harness.api.credentials:
        _, error = _walk(harness, harness.client(**way), "list_by_next_url")
        assert type(error) is harness.package.PaginationError, error
        assert "list_by_next_url" in str(error)
    assert {r.path for r in harness.server.requests} <= {f"{PAGES}next-url", "/v1/oauth/token"}


@every_kind
@pytest.mark.parametrize("key", OUTSIDE)
def test_a_link_header_outside_the_base_url_is_not_requested(key: str, harness: Harness) -> None:
    link = f'<{_outside(harness, key)}>; rel="next"'
    harness.server.route(f"{PAGES}link", Reply(200, [ITEM], {"Link": link}, injects=True))

    for way in harness.api.credentials:
        items, error = _walk(harness, harness.client(**way), "list_by_link")
        assert type(error) is harness.package.PaginationError, error
        assert items == []  # the error comes with the first page, before its items are yielded
    assert {r.path for r in harness.server.requests} <= {f"{PAGES}link", "/v1/oauth/token"}


@every_kind
def test_next_urls_under_the_base_url_are_followed_with_the_credentials(harness: Harness) -> None:
    """The check lets through what it must: a relative URL, an absolute one on the same
    origin and path, each with its query."""
    harness.server.route(
        f"{PAGES}next-url",
        Reply(200, {"data": [ITEM], "links": {"next": "next-url?page=2"}}),
        Reply(
            200,
            {
                "data": [{"id": "w2", "name": "two"}],
                "links": {"next": f"{harness.server.url}{PAGES}next-url?page=3"},
            },
        ),
        Reply(200, {"data": [{"id": "w3", "name": "three"}], "links": {"next": None}}),
    )
    client = harness.client(header_key=EVERY_KIND.credentials[1]["header_key"])

    items, error = _walk(harness, client, "list_by_next_url")

    assert error is None
    assert [item.id for item in items] == ["w1", "w2", "w3"]
    targets = [r.target for r in harness.server.requests]
    assert targets == [f"{PAGES}next-url", f"{PAGES}next-url?page=2", f"{PAGES}next-url?page=3"]
    assert {r.header("x-api-key") for r in harness.server.requests} == {
        EVERY_KIND.credentials[1]["header_key"]
    }


@every_kind
def test_a_query_key_is_sent_with_a_next_url_that_has_a_query_of_its_own(
    harness: Harness,
) -> None:
    key = EVERY_KIND.credentials[2]["query_key"]
    harness.server.route(
        f"{PAGES}link",
        Reply(200, [ITEM], {"Link": f'<{PAGES}link?page=2&api_key=server-chosen>; rel="next"'}),
        Reply(200, [{"id": "w2", "name": "two"}]),
    )

    _, error = _walk(harness, harness.client(query_key=key), "list_by_link")

    assert error is None
    second = harness.server.requests[1]
    assert second.path == f"{PAGES}link"
    assert "page=2" in second.target
    assert second.target.count("api_key=") == 1  # ours replaced the server's
    assert "api_key=ek-query+Zq7%2FKp9%2BMUST-NOT-LEAK" in second.target


# -- row 13: base URLs and server variables --------------------------------------------------

BAD_VARIABLES = {
    "slash": "127.0.0.1/evil",
    "query": "127.0.0.1?x=",
    "fragment": "127.0.0.1#",
    "user-info": "user@127.0.0.1",
    "backslash": "127.0.0.1\\evil",
    "space": "127.0.0.1 x",
    "non-ascii": "127.0.0.\u0661",  # ARABIC-INDIC DIGIT ONE
    "empty": "",
}


@ONCE
@every_kind
@pytest.mark.parametrize("bad", BAD_VARIABLES)
def test_a_server_variable_that_would_leave_its_part_of_the_url_is_refused(
    bad: str, harness: Harness
) -> None:
    value = BAD_VARIABLES[bad]
    harness.refuses(
        lambda: harness.api.client_class(
            header_key="hk-Zq7-Kp9-long", server_variables={"host": value}
        ),
        naming="server_variables['host']",
    )


@ONCE
@every_kind
def test_server_variables_go_where_the_spec_says(harness: Harness) -> None:
    client = harness.own(
        harness.api.client_class(
            header_key="hk-Zq7-Kp9-long",
            server_variables={"port": str(harness.server.port), "version": "v2"},
        )
    )
    harness.server.route("/v2/widgets/", Reply(200, ITEM))

    harness.succeeds(client, harness.api.resource.get.bind("x"))

    assert harness.server.targets() == ["GET /v2/widgets/x"]


@every_kind
def test_explicit_server_variables_beat_the_base_url_in_the_environment(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = FaultServer()
    try:
        monkeypatch.setenv("EVERY_KIND_BASE_URL", elsewhere.url + "/v1")
        client = harness.own(
            harness.api.client_class(
                header_key="hk-Zq7-Kp9-long", server_variables={"port": str(harness.server.port)}
            )
        )
        harness.server.route("/v1/widgets/", Reply(200, ITEM))

        harness.succeeds(client, harness.api.resource.get.bind("x"))

        assert elsewhere.requests == []
        assert harness.server.targets() == ["GET /v1/widgets/x"]
    finally:
        elsewhere.close()


@ONCE
@every_kind
def test_a_base_url_and_server_variables_together_are_refused(harness: Harness) -> None:
    harness.refuses(
        lambda: harness.client(server_variables={"port": "1"}), naming="server_variables"
    )


BAD_BASE_URLS = {
    "query": "{url}/v1?x=",
    "fragment": "{url}/v1#top",
    "dot-segment": "{url}/v1/../admin",
    "encoded-dot-segment": "{url}/v1/%2e%2e/admin",
}


@ONCE
@pytest.mark.parametrize("bad", BAD_BASE_URLS)
def test_a_base_url_whose_paths_would_not_stay_under_it_is_refused(
    bad: str, harness: Harness
) -> None:
    base_url = BAD_BASE_URLS[bad].format(url=harness.server.url)
    harness.refuses(
        lambda: harness.api.client_class(**harness.api.credentials[0], base_url=base_url),
        naming="base_url",
    )


@ONCE
@pytest.mark.parametrize("source", ["argument", "environment"])
def test_a_base_url_from_the_environment_is_checked_too(
    source: str, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url = f"{harness.server.url}/v1?x="
    arguments = dict(harness.api.credentials[0])
    if source == "environment":
        monkeypatch.setenv(f"{harness.api.env_prefix}_BASE_URL", base_url)
    else:
        arguments["base_url"] = base_url
    harness.refuses(lambda: harness.api.client_class(**arguments), naming="base_url")

"""Row 7: the OAuth2 token exchange is retried like any request and reads its answer safely."""

from __future__ import annotations

import pytest

from tests.faults.actions import Reply, Reset, encode
from tests.faults.apis import OAUTH_APIS
from tests.faults.harness import Harness
from tests.faults.server import Action

pytestmark = pytest.mark.parametrize("api", OAUTH_APIS, ids=lambda api: api.name, indirect=True)

# Raw JSON for expires_in: absurdly long, negative, not a number at all.
ODD_EXPIRES_IN = [b"9" * 400, b"-5", b"0", b"1e999", b"NaN", b'"NaN"', b'"inf"', b'"soon"', b"null"]


def _token_route(harness: Harness, *actions: Action) -> str:
    """Route the token endpoint, and the API's GET to a good answer; return the GET's target."""
    assert harness.api.token is not None
    harness.server.route(harness.api.token.path, *actions)
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, harness.api.resource.body()))
    return f"GET {get.target('x')}"


@pytest.mark.parametrize(
    "first", [Reply(503, {"detail": "busy"}), Reset()], ids=["503", "connection-reset"]
)
def test_a_failed_token_exchange_is_retried(first: Action, harness: Harness) -> None:
    target = _token_route(harness, first, harness.token_answer())

    harness.succeeds(harness.client(), harness.api.resource.get.bind("x"))

    assert harness.token_requests() == 2
    assert harness.api_requests() == [target]


def test_a_503_storm_at_the_token_endpoint_gives_up_after_the_retries(harness: Harness) -> None:
    _token_route(harness, Reply(503, {"detail": "busy"}))

    harness.fails(
        harness.package.InternalServerError, harness.client(), harness.api.resource.get.bind("x")
    )

    assert harness.token_requests() == 3
    assert harness.api_requests() == []


def test_refused_client_credentials_are_not_retried(harness: Harness) -> None:
    _token_route(harness, Reply(401, {"detail": "invalid client"}))

    harness.fails(
        harness.package.AuthenticationError, harness.client(), harness.api.resource.get.bind("x")
    )

    assert harness.token_requests() == 1
    assert harness.api_requests() == []


@pytest.mark.parametrize("expires_in", ODD_EXPIRES_IN, ids=lambda raw: raw.decode()[:12])
def test_an_odd_expires_in_still_gives_a_working_token(expires_in: bytes, harness: Harness) -> None:
    assert harness.api.token is not None
    body = b'{"access_token": "%s", "token_type": "bearer", "expires_in": %s}' % (
        harness.api.token.access_token.encode(),
        expires_in,
    )
    target = _token_route(harness, Reply(200, body, {"Connection": "close"}, injects=True))

    harness.succeeds(harness.client(), harness.api.resource.get.bind("x"))

    (request,) = harness.server.seen(harness.api.resource.get.prefix)
    assert request.header("authorization") == f"Bearer {harness.api.token.access_token}"
    assert harness.api_requests() == [target]


MALFORMED = {
    "not-json": b"<html>token service down</html>",
    "empty-object": encode({}),
    "list": encode([{"access_token": "t"}]),
    "no-access-token": encode({"token_type": "bearer", "expires_in": 3600}),
    "access-token-null": encode({"access_token": None, "expires_in": 3600}),
    "access-token-number": encode({"access_token": 12345, "expires_in": 3600}),
    "access-token-empty": encode({"access_token": "", "expires_in": 3600}),
    "access-token-crlf": encode({"access_token": "tok\r\nX-Injected: 1", "expires_in": 3600}),
}


@pytest.mark.parametrize("malformed", MALFORMED)
def test_a_malformed_token_answer_is_one_validation_error(malformed: str, harness: Harness) -> None:
    _token_route(harness, Reply(200, MALFORMED[malformed], injects=True))

    harness.fails(
        harness.package.APIResponseValidationError,
        harness.client(),
        harness.api.resource.get.bind("x"),
    )

    assert harness.token_requests() == 1
    assert harness.api_requests() == []

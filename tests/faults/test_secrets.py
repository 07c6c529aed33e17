"""Row 8: whatever the server echoes, no secret shows in an exception or in the debug log.

The harness checks every exception (str, repr, args, the traceback with its chained causes)
and the whole ``<PREFIX>_LOG=debug`` output of each test against the API's secrets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.faults.actions import Reply, echo
from tests.faults.apis import OAUTH_APIS
from tests.faults.harness import Harness

ERROR_STATUSES = [400, 401, 403, 404, 422, 500]


def _statuses(harness: Harness) -> dict[int, Any]:
    package = harness.package
    return {
        400: package.BadRequestError,
        401: package.AuthenticationError,
        403: package.PermissionDeniedError,
        404: package.NotFoundError,
        422: package.UnprocessableEntityError,
        500: package.InternalServerError,
    }


def _each_credential(harness: Harness) -> list[Any]:
    """One client per way of passing credentials (service token, OAuth token, ...)."""
    return [harness.client(**way) for way in harness.api.credentials]


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_credentials_echoed_in_an_error_body(status: int, harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(
        get.prefix, echo(lambda text: Reply(status, {"detail": text, "msg": text}))
    )

    for client in _each_credential(harness):
        error = harness.fails(_statuses(harness)[status], client, get.bind("x"))
        assert error.status_code == status


def test_credentials_echoed_in_error_headers(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(
        get.prefix,
        echo(lambda text: Reply(403, b"", {"WWW-Authenticate": text, "X-Echo": text})),
    )

    for client in _each_credential(harness):
        harness.fails(harness.package.PermissionDeniedError, client, get.bind("x"))


def test_credentials_echoed_in_a_field_that_fails_validation(harness: Harness) -> None:
    resource = harness.api.resource
    harness.server.route(
        resource.get.prefix, echo(lambda text: Reply(200, resource.invalid_body(text)))
    )

    for client in _each_credential(harness):
        error = harness.fails(
            harness.package.APIResponseValidationError, client, resource.get.bind("x")
        )
        assert "***" in error.problem  # the field's value, quoted by the parser, redacted


def test_credentials_echoed_in_a_body_that_is_not_json(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, echo(lambda text: Reply(200, f"<p>{text}".encode())))

    for client in _each_credential(harness):
        harness.fails(harness.package.APIResponseValidationError, client, get.bind("x"))


def test_credentials_echoed_in_a_successful_answer_stay_out_of_the_log(harness: Harness) -> None:
    get = harness.api.resource.get
    body = harness.api.resource.body()
    harness.server.route(
        get.prefix, echo(lambda text: Reply(200, {**body, "echo": text}, {"X-Echo": text}))
    )

    for client in _each_credential(harness):
        harness.succeeds(client, get.bind("x"))


oauth_only = pytest.mark.parametrize("api", OAUTH_APIS, ids=lambda api: api.name, indirect=True)


@oauth_only
@pytest.mark.parametrize("status", [400, 401, 403, 500])
def test_basic_credentials_echoed_by_the_token_endpoint_on_an_error(
    status: int, harness: Harness
) -> None:
    assert harness.api.token is not None
    harness.server.route(
        harness.api.token.path,
        echo(lambda text: Reply(status, {"error": "invalid_client", "error_description": text})),
    )

    harness.fails(_statuses(harness)[status], harness.client(), harness.api.resource.get.bind("x"))


TOKEN_ECHOES: dict[str, Callable[[str], Any]] = {
    "no-access-token": lambda text: {"error_description": text},
    "access-token-not-a-string": lambda text: {"access_token": [text], "expires_in": 60},
    "not-json": lambda text: f"<p>{text}</p>".encode(),
}


@oauth_only
@pytest.mark.parametrize("shape", TOKEN_ECHOES)
def test_basic_credentials_echoed_in_a_malformed_token_answer(shape: str, harness: Harness) -> None:
    assert harness.api.token is not None
    harness.server.route(
        harness.api.token.path, echo(lambda text: Reply(200, TOKEN_ECHOES[shape](text)))
    )

    harness.fails(
        harness.package.APIResponseValidationError,
        harness.client(),
        harness.api.resource.get.bind("x"),
    )


@oauth_only
def test_basic_credentials_echoed_as_expires_in(harness: Harness) -> None:
    token = harness.api.token
    assert token is not None
    harness.server.route(
        token.path,
        echo(lambda text: Reply(200, token.answer(expires_in=text), {"X-Echo": text})),
    )
    harness.server.route(harness.api.resource.get.prefix, Reply(200, harness.api.resource.body()))

    harness.succeeds(harness.client(), harness.api.resource.get.bind("x"))


@oauth_only
def test_the_token_request_is_logged_with_its_authorization_redacted(harness: Harness) -> None:
    assert harness.api.token is not None
    harness.server.route(harness.api.resource.get.prefix, Reply(200, harness.api.resource.body()))

    harness.succeeds(harness.client(), harness.api.resource.get.bind("x"))

    token_url = harness.server.url + harness.api.token.path
    logged = [
        record.getMessage()
        for record in harness.log_records()
        if record.getMessage().startswith(f"HTTP Request: POST {token_url}")
    ]
    assert len(logged) == 1
    assert "'authorization': '***'" in logged[0].lower()

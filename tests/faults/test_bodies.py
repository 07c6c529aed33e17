"""Row 3: bodies we cannot read are documented errors, whatever their status."""

from __future__ import annotations

import pytest

from tests.faults.actions import Reply, nested_json
from tests.faults.harness import Harness

DEEP_ARRAY = nested_json()
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
NOT_GZIP = b'{"detail": "plain JSON, announced as gzip"}'


@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT], ids=["array", "object"])
def test_a_success_nested_100000_levels_is_a_validation_error(
    body: bytes, harness: Harness
) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, body, injects=True))

    harness.fails(harness.package.APIResponseValidationError, harness.client(), get.bind("x"))

    assert harness.api_requests() == [f"GET {get.target('x')}"]  # not retried


@pytest.mark.parametrize(("status", "attempts"), [(404, 1), (500, 3)])
def test_an_error_nested_100000_levels_is_its_status_error(
    status: int, attempts: int, harness: Harness
) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(status, DEEP_ARRAY))
    expected = {404: harness.package.NotFoundError, 500: harness.package.InternalServerError}

    error = harness.fails(expected[status], harness.client(), get.bind("x"))

    assert error.status_code == status
    assert error.body is None
    assert error.content == DEEP_ARRAY
    assert harness.api_requests() == [f"GET {get.target('x')}"] * attempts


def test_a_success_falsely_announced_as_gzip_is_a_validation_error(harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(
        get.prefix, Reply(200, NOT_GZIP, {"Content-Encoding": "gzip"}, injects=True)
    )

    harness.fails(harness.package.APIResponseValidationError, harness.client(), get.bind("x"))

    assert harness.api_requests() == [f"GET {get.target('x')}"]


@pytest.mark.parametrize(("status", "attempts"), [(404, 1), (500, 3)])
def test_an_error_falsely_announced_as_gzip_is_its_status_error(
    status: int, attempts: int, harness: Harness
) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(status, NOT_GZIP, {"Content-Encoding": "gzip"}))
    expected = {404: harness.package.NotFoundError, 500: harness.package.InternalServerError}

    error = harness.fails(expected[status], harness.client(), get.bind("x"))

    assert error.status_code == status
    assert harness.api_requests() == [f"GET {get.target('x')}"] * attempts


@pytest.mark.parametrize(
    "body", [b"<html>502 bad gateway</html>", b"\xff\xfe\x00garbage", b""], ids=repr
)
def test_a_success_that_is_not_json_is_a_validation_error(body: bytes, harness: Harness) -> None:
    get = harness.api.resource.get
    harness.server.route(get.prefix, Reply(200, body, injects=True))

    harness.fails(harness.package.APIResponseValidationError, harness.client(), get.bind("x"))

"""Row 2: credentials and headers that cannot be sent are refused, without showing them."""

from __future__ import annotations

from functools import partial

import pytest

from tests.faults.harness import ONCE, Harness

# Distinctive values (so that a leak is unmistakable), each with what makes it unsendable.
BAD_VALUES = {
    "non-ascii": "Zq7-sécret-Ω-Kp9",
    "cr-lf": "Zq7-secret\r\nX-Injected: Kp9",
    "lf": "Zq7-secret\nKp9",
    "nul": "Zq7-secret\x00Kp9",
    "escape": "Zq7-secret\x1bKp9",
}


@ONCE
@pytest.mark.parametrize("bad", BAD_VALUES)
def test_a_credential_that_cannot_be_sent_is_refused_at_construction(
    bad: str, harness: Harness
) -> None:
    value = BAD_VALUES[bad]
    for way in harness.api.credentials:
        for name in way:
            harness.refuses(partial(harness.client, **{**way, name: value}), value)


@ONCE
@pytest.mark.parametrize("bad", BAD_VALUES)
def test_a_client_header_that_cannot_be_sent_is_refused_at_construction(
    bad: str, harness: Harness
) -> None:
    value = BAD_VALUES[bad]
    harness.refuses(lambda: harness.client(headers={"X-Team": value}), value)


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_a_per_call_header_that_cannot_be_sent_is_refused_before_sending(
    bad: str, harness: Harness
) -> None:
    value = BAD_VALUES[bad]
    client = harness.client()
    options = harness.options(headers={"X-Trace": value})
    get = harness.api.resource.get.bind("shop")

    harness.refuses(lambda: harness.invoke(client, get, options), value)

    assert harness.server.requests == []  # not sent, so not retried either


@ONCE
def test_a_base_url_with_user_info_is_refused_without_its_password(harness: Harness) -> None:
    password = "pw-Zq7-Kp9-url"
    server_url = harness.server.url.replace("://", f"://someone:{password}@")

    harness.refuses(lambda: harness.client(server_url=server_url), password)

"""Row 10: pagination that makes no progress stops with PaginationError, naming the operation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.faults.actions import Reply
from tests.faults.apis import APIS
from tests.faults.harness import Harness
from tests.faults.server import Action

ENOUGH = 10  # repeats served before an empty page, so that a runtime that loops still ends


def _collect(harness: Harness, client: Any) -> tuple[list[Any], BaseException | None]:
    """Every item of the API's listing, and the error that stopped it."""
    call = harness.api.listing.call
    return harness.walk(client, call.operation, **call.kwargs)


def _serve(harness: Harness, *pages: Action) -> None:
    listing = harness.api.listing
    harness.server.route(listing.path, *pages, Reply(200, listing.page(range(0), None)))


def test_pagination_walks_every_page(harness: Harness) -> None:
    page = harness.api.listing.page
    _serve(
        harness,
        Reply(200, page(range(0, 2), 2)),
        Reply(200, page(range(2, 4), 3)),
        Reply(200, page(range(4, 5), None)),
    )

    items, error = _collect(harness, harness.client())

    assert error is None
    assert len(items) == 5
    assert len(harness.api_requests()) == 3


def test_a_server_repeating_the_same_page_raises_pagination_error(harness: Harness) -> None:
    same = Reply(200, harness.api.listing.page(range(0, 2), 2), injects=True)
    _serve(harness, *[same] * ENOUGH)

    items, error = _collect(harness, harness.client())

    assert type(error) is harness.package.PaginationError, error
    assert harness.api.listing.call.name in str(error)
    assert len(items) == 2  # the first page, never its repeats
    assert len(harness.api_requests()) <= 3


@pytest.mark.parametrize(
    "api",
    [api for api in APIS if api.listing.points_to_next],
    ids=lambda api: api.name,
    indirect=True,
)
def test_a_server_pointing_at_the_same_page_again_raises_pagination_error(
    harness: Harness,
) -> None:
    page = harness.api.listing.page
    _serve(
        harness,
        Reply(200, page(range(0, 2), 2)),
        *[Reply(200, page(range(2, 4), 2), injects=True)] * ENOUGH,
    )

    items, error = _collect(harness, harness.client())

    assert type(error) is harness.package.PaginationError, error
    assert harness.api.listing.call.name in str(error)
    assert len(items) <= 4
    assert len(harness.api_requests()) <= 3

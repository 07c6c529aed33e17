"""Each API's config records where its spec comes from, and the digest it records is that of
what the committed spec was made from (make update compares the upstream with it)."""

from __future__ import annotations

import pytest

from generator.registry import CLIENTS, ClientSpec
from generator.upstream import committed_digest


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_upstream_is_recorded_with_the_digest_of_what_the_spec_was_made_from(
    client: ClientSpec,
) -> None:
    upstream = client.upstream
    assert upstream is not None, f"{client.relative(client.config)} has no upstream: section"
    assert upstream.url.startswith("https://")
    made_from = client.relative(upstream.made_from or client.spec)
    assert committed_digest(upstream, client.spec) == upstream.sha256, (
        f"upstream.sha256 in {client.relative(client.config)} is not the digest of {made_from}"
    )

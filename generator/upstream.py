"""The digest an API's config records of its upstream source (fetched by generator/fetch.py).

An ``openapi`` source is digested as received (its bytes). A ``docs`` page is digested as
a reader sees it, its text (generator/docs_changes.py), so that the HTML served and the
committed copy of its text (``made_from``) have the same digest, and a change to the page's
markup alone is no change.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.config import Upstream
from generator.docs_changes import page_lines


def digest(kind: str, body: bytes, content_type: str = "") -> str:
    """Return the SHA-256 a config records for ``body`` received from a ``kind`` source."""
    if kind == "docs":
        body = "\n".join(page_lines(body, content_type)).encode("utf-8")
    return hashlib.sha256(body).hexdigest()


def committed_digest(upstream: Upstream, spec: Path) -> str:
    """Return the digest of what the committed spec was made from: ``made_from``, else the
    spec itself (which is then the upstream document, verbatim)."""
    source = upstream.made_from or spec
    return digest(upstream.kind, source.read_bytes(), "text/plain")

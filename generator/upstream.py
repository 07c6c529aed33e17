"""Fetch an API's upstream source and compute the digest its config records.

An ``openapi`` source is digested as received (its bytes). A ``docs`` page is digested as
a reader sees it, its text (generator/docs_changes.py), so that the HTML served and the
committed copy of its text (``made_from``) have the same digest, and a change to the page's
markup alone is no change.
"""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from generator.config import Upstream
from generator.docs_changes import page_lines

FETCH_TIMEOUT = 30.0
MAX_BYTES = 32 * 1024 * 1024
"""Far above any API description; a larger answer is not one."""
USER_AGENT = "api-clients-update (+make update)"


class UpstreamError(Exception):
    """The source could not be fetched; the message says which URL and why."""


@dataclass(frozen=True)
class Fetched:
    """What the upstream URL answered."""

    body: bytes
    content_type: str


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT) -> Fetched:
    """Return the body and media type served at ``url``; raise :class:`UpstreamError`."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        raise UpstreamError(f"{url} answered HTTP {err.code} {err.reason}") from err
    except urllib.error.URLError as err:
        raise UpstreamError(f"cannot reach {url}: {err.reason}") from err
    except (OSError, ValueError) as err:  # timeouts, resets, malformed URLs
        raise UpstreamError(f"cannot read {url}: {err}") from err
    if len(body) > MAX_BYTES:
        raise UpstreamError(f"{url} sent more than {MAX_BYTES // 2**20} MiB")
    if not body.strip():
        raise UpstreamError(f"{url} sent an empty body")
    return Fetched(body, content_type)


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

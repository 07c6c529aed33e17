# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""What is refused before anything is sent: values that would reach the wrong endpoint, or that
cannot be sent at all. Messages name the value's role and never quote the value (it may be a
secret)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

import httpx

# A dot segment would be removed by URL normalisation (``..`` climbs to another endpoint); an
# empty one reaches a different path.
_DOT_SEGMENTS = frozenset({"", ".", ".."})
_UNSENDABLE_IN_HEADER = re.compile(r"[^\t\x20-\x7e]")
_UNSENDABLE_IN_CREDENTIAL = re.compile(r"[^\x20-\x7e]")
# A header name is an RFC 9110 token: no spaces, separators or control characters.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def expand_path(operation: str, template: str, values: Mapping[str, Any]) -> str:
    """Return ``template`` with each ``{name}`` replaced by its value as one encoded segment.

    Raises ``ValueError`` for a value that is empty, ``.`` or ``..``: percent-encoding cannot
    keep those in their segment.
    """
    segments = {}
    for name, value in values.items():
        text = str(value.value if isinstance(value, Enum) else value)
        if text in _DOT_SEGMENTS:
            shown = "empty" if not text else repr(text)
            raise ValueError(
                f"{operation}: path parameter {name!r} must not be {shown}: it would send the "
                "request to another endpoint"
            )
        segments[name] = quote(text, safe="")
    return template.format_map(segments)


def check_header(name: str, value: str, role: str = "") -> None:
    """Raise ``ValueError`` when ``value`` cannot be sent as the HTTP header ``name``."""
    _check(_UNSENDABLE_IN_HEADER, value, role or f"header {name!r}")


def check_headers(headers: Mapping[str, str], role: str) -> None:
    """Raise ``ValueError`` for the first header in ``headers`` that cannot be sent."""
    for name, value in headers.items():
        if not _HEADER_NAME.fullmatch(name):
            shown = repr(name) if name.isprintable() and name.isascii() else "a header name"
            raise ValueError(
                f"{role}: {shown} is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only)"
            )
        check_header(name, value, f"{role}: header {name!r}")


def check_credential(role: str, value: str) -> str:
    """Return ``value`` if it can be sent in an HTTP header, else raise ``ValueError``.

    Only printable ASCII is accepted: anything else would be garbled or would split headers.
    """
    if not value:
        raise ValueError(f"{role} must not be empty")
    _check(_UNSENDABLE_IN_CREDENTIAL, value, role)
    return value


def check_base_url(base_url: str) -> str:
    """Return ``base_url`` without a trailing slash, or raise ``ValueError`` when unusable."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as err:
        raise ValueError(f"base_url is not a valid URL ({err})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, not {base_url!r}")
    if url.userinfo:
        safe = str(url.copy_with(username=None, password=None))
        raise ValueError(
            f"base_url must not carry credentials (user:password@): pass them as the client's "
            f"credential arguments instead ({safe})"
        )
    return base_url.rstrip("/")


def _check(pattern: re.Pattern[str], value: str, role: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{role} must be a string, not {type(value).__name__}")
    found = pattern.search(value)
    if found is None:
        return
    char = found.group()
    kind = "a line break" if char in "\r\n" else "a non-ASCII character" if ord(char) > 0x7F else "a control character"
    raise ValueError(f"{role} holds {kind} at position {found.start()}: it cannot be sent in an HTTP header")

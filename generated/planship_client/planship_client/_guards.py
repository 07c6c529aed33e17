# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""What is refused before anything is sent: values that would reach the wrong endpoint, or that
cannot be sent at all. Messages name the value's role and never quote the value (it may be a
secret)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import unquote

import httpx

_UNSENDABLE_IN_HEADER = re.compile(r"[^\t\x20-\x7e]")
_UNSENDABLE_IN_CREDENTIAL = re.compile(r"[^\x20-\x7e]")
_NOT_IN_COOKIE = re.compile(r"[;,]")
# What a server variable's value may hold: it lands in the host or the path of the base URL,
# and must stay within the part it stands for.
_SERVER_VARIABLE = re.compile(r"[A-Za-z0-9._~:-]+")
# A header name is an RFC 9110 token: no spaces, separators or control characters.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


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
    """Return ``value`` if it can be sent in an HTTP header, else raise.

    ``TypeError`` for anything but a string (bytes included: decode them); ``ValueError`` for
    an empty value or one with a character other than printable ASCII (it would be garbled or
    would split headers).
    """
    if not isinstance(value, str):
        raise TypeError(f"{role} must be a string, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{role} must not be empty")
    _check(_UNSENDABLE_IN_CREDENTIAL, value, role)
    return value


def check_cookie_value(role: str, value: str) -> str:
    """Return ``value`` if it can be sent as a cookie's value, else raise ``ValueError``: a
    ``;`` or ``,`` would start another cookie."""
    _check(_UNSENDABLE_IN_CREDENTIAL, value, role)
    found = _NOT_IN_COOKIE.search(value)
    if found is not None:
        raise ValueError(
            f"{role} holds {found.group()!r} at position {found.start()}: in a Cookie header it "
            "would start another cookie"
        )
    return value


def check_server_variable(name: str, value: str, allowed: tuple[str, ...]) -> str:
    """Return the value of server variable ``name`` if it stays in its part of the URL.

    A value the spec lists (``allowed``, with the default) is the spec's own; any other may hold
    letters, digits and ``. _ ~ : -`` only: a ``/``, ``?``, ``#`` or ``@`` would move the
    request to another path or host.
    """
    role = f"server_variables[{name!r}]"
    if not isinstance(value, str):
        raise TypeError(f"{role} must be a string, not {type(value).__name__}")
    if value in allowed:
        return value
    if not value:
        raise ValueError(f"{role} must not be empty")
    bad = next((c for c in value if not _SERVER_VARIABLE.fullmatch(c)), None)
    if bad is not None:
        shown = repr(bad) if bad.isprintable() and bad.isascii() else "a non-printable character"
        raise ValueError(
            f"{role} must hold only letters, digits and . _ ~ : - (it holds {shown}): any other "
            "character could take the request, and its credentials, to another path or host"
        )
    return value


def check_base_url(base_url: str) -> str:
    """Return ``base_url`` without a trailing slash, or raise when it is unusable: not an
    http(s) URL with a host, or with user info, a query, a fragment or a dot segment (the
    paths of operations are appended to it)."""
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a string, not {type(base_url).__name__}")
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
    if "?" in base_url or "#" in base_url:
        raise ValueError(
            f"base_url must not hold a query or fragment ('?' or '#'): the paths of operations "
            f"are appended to it ({base_url!r})"
        )
    path = base_url.split("://", 1)[-1].partition("/")[2]
    if any(unquote(segment) in (".", "..") for segment in path.split("/")):
        raise ValueError(f"base_url must not hold a '.' or '..' segment ({base_url!r})")
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

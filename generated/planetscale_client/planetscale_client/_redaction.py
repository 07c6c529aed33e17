# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Credential redaction: the one path every exception text and log line passes.

A server may echo a credential in the form it had on the wire or in an encoding of its own: as
is, percent-encoded (either case, once or twice), with ``+`` for a space (a form-encoded query),
JSON-escaped (``\\/``, ``\\"``, ``\\u0041``), backslash-escaped as ``repr`` shows it, or as an HTML
character reference; an HTTP Basic pair also in base64 (its credential lists that form as one
of its secrets). :class:`Redactor` finds each secret in any mix of those forms, character by
character, and replaces it with ``***``.

A secret shorter than ``WHOLE_TOKEN_BELOW`` characters (a placeholder key, or a token a server
chose) is replaced only where it stands as a whole token (between characters that are not
letters or digits), not inside longer words: replacing every ``t`` of a message would garble
it, and a secret that short is found by guessing anyway.

While a call runs, its client's redactor is the :func:`active` one: errors built during the
call redact the excerpt of a body before cutting it, and the log records of httpx and httpcore
are redacted too (``_logging.py``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar, Token

import httpx

REDACTED = "***"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "www-authenticate"})
"""Headers whose whole value is replaced in logs, whatever it holds."""
WHOLE_TOKEN_BELOW = 8
"""Secrets shorter than this are redacted only as whole tokens."""
_REACH_PER_CHARACTER = 10
"""The longest form one character of a secret takes here (``&#x0041;`` is 8, ``%2541`` 5)."""
_HTML_NAMES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


class Redactor:
    """Replaces the secrets it was made with by ``***`` in texts, headers and URLs."""

    __slots__ = ("_pattern", "reach")

    def __init__(self, secrets: Iterable[str]) -> None:
        kept = tuple(sorted({s for s in secrets if isinstance(s, str) and s}))
        self._pattern = _pattern(kept)
        self.reach = _REACH_PER_CHARACTER * max((len(s) for s in kept), default=0)
        """How many characters past a cut a secret starting before it may reach."""

    def text(self, text: str) -> str:
        """Return ``text`` with every secret, in any of its forms, replaced by ``***``."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(REDACTED, text)

    def finds(self, text: str) -> bool:
        """Whether ``text`` holds a secret in any of its forms."""
        return self._pattern is not None and self._pattern.search(text) is not None

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        """Return ``headers`` with credential headers replaced by ``***`` and secrets removed
        from the others."""
        return {
            name: REDACTED if name.lower() in SENSITIVE_HEADERS else self.text(value) for name, value in headers.items()
        }

    def url(self, url: httpx.URL) -> httpx.URL:
        """Return ``url`` with every secret (a query API key, say) replaced by ``***``."""
        shown = str(url)
        redacted = self.text(shown)
        if redacted == shown:
            return url
        try:
            return httpx.URL(redacted)
        except httpx.InvalidURL:
            return httpx.URL(url.copy_with(query=None, fragment=None), query=REDACTED.encode())


@functools.lru_cache(maxsize=64)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern matching every secret in any of its forms, longest secrets first."""
    if not secrets:
        return None
    alternatives = []
    for secret in sorted(secrets, key=len, reverse=True):
        forms = "".join(_character(character) for character in secret)
        if len(secret) < WHOLE_TOKEN_BELOW:
            forms = f"(?<![0-9A-Za-z]){forms}(?![0-9A-Za-z])"
        alternatives.append(forms)
    # Every form starts with the character itself or one of % \ & +: a lookahead on that
    # set lets the regex engine skip the other positions quickly (6 times faster on a log line).
    starts = "".join(sorted({re.escape(s[0]) for s in secrets} | {"%", "\\\\", "&", r"\+"}))
    return re.compile(f"(?=[{starts}])(?:{'|'.join(alternatives)})")


@functools.lru_cache(maxsize=512)
def _character(character: str) -> str:
    """A pattern for ``character`` in any of the forms a server may echo it in."""
    code = ord(character)
    forms = [
        re.escape(character),
        "%" + _hex(code, 2),  # percent-encoded
        "%25" + _hex(code, 2),  # percent-encoded twice
        r"\\u" + _hex(code, 4),  # a JSON or Python escape
        "&#0{0,3}" + str(code) + ";",  # an HTML character reference
        "&#[xX]0{0,3}" + _hex(code, 2) + ";",
    ]
    if character == " ":
        forms.append(r"\+")  # a form-encoded space
    if not character.isalnum():
        forms.append(r"\\" + re.escape(character))  # JSON's \/ \" \\, repr's \'
    if character in _HTML_NAMES:
        forms.append(re.escape(_HTML_NAMES[character]))
    return "(?:" + "|".join(forms) + ")"


def _hex(code: int, width: int) -> str:
    """Hexadecimal digits of ``code`` matching either case."""
    return "".join(f"[{digit}{digit.upper()}]" if digit.isalpha() else digit for digit in f"{code:0{width}x}")


_ACTIVE: ContextVar[Callable[[], Redactor] | None] = ContextVar("planetscale_client_redactor", default=None)


def active() -> Redactor | None:
    """The redactor of the call running in this thread or task, if any."""
    source = _ACTIVE.get()
    return None if source is None else source()


def activate(source: Callable[[], Redactor]) -> Token[Callable[[], Redactor] | None]:
    """Make ``source``'s redactor the active one until :func:`deactivate` (a call's span)."""
    return _ACTIVE.set(source)


def deactivate(token: Token[Callable[[], Redactor] | None]) -> None:
    _ACTIVE.reset(token)

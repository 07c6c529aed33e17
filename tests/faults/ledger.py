"""The suite's counters and the checks that feed them: raw exceptions and leaked secrets.

``tests/conftest.py`` prints the counters at the end of the run; a raw exception or a leak
also fails the test it happened in.
"""

from __future__ import annotations

import asyncio
import json
import threading
import traceback
from collections.abc import Iterable, Iterator
from types import ModuleType
from urllib.parse import quote, quote_plus

import httpx
import pytest

COUNTS = {"injected": 0, "raw": 0, "leaked": 0}
_lock = threading.Lock()


def count_injected(faults: int = 1) -> None:
    """Record ``faults`` faults injected (by the server, or as bad input to a client)."""
    with _lock:
        COUNTS["injected"] += faults


def summary() -> str:
    return (
        f"faults injected: {COUNTS['injected']}, raw exceptions: {COUNTS['raw']}, "
        f"secrets leaked: {COUNTS['leaked']}"
    )


def check_documented(error: BaseException, package: ModuleType) -> None:
    """Fail (and count) unless ``error`` is one the package documents for a call.

    Documented: the package's ``APIError`` family; a plain ``ValueError`` or ``TypeError``
    for bad arguments (not a subclass such as ``UnicodeEncodeError``); cancellation.
    """
    if isinstance(error, package.APIError | asyncio.CancelledError):
        return
    if type(error) in (ValueError, TypeError):
        return
    fail_raw("".join(traceback.format_exception(error)))


def fail_raw(formatted: str) -> None:
    """Count a raw exception (shown by its formatted traceback) and fail the test."""
    with _lock:
        COUNTS["raw"] += 1
    pytest.fail(f"raw exception left the call:\n{formatted}", pytrace=False)


def check_no_secret(texts: Iterable[str], secrets: Iterable[str], where: str) -> None:
    """Fail (and count) if any secret, as is or escaped, appears in any of ``texts``."""
    forms = sorted({form for secret in secrets if secret for form in _forms(secret)})
    for text in texts:
        found = [form for form in forms if form in text]
        if found:
            with _lock:
                COUNTS["leaked"] += 1
            pytest.fail(f"secret {found[0]!r} leaked in {where}:\n{text}", pytrace=False)


def exception_texts(error: BaseException) -> Iterator[str]:
    """Yield every text an exception shows: its whole traceback, and the ``str``, ``repr``,
    ``args``, notes and text attributes (``problem``, ``message``...) of each exception in its
    chain, with its ``url`` and ``request`` (URL and headers).

    The chain is the one Python prints: ``__cause__``, else ``__context__`` unless
    suppressed (``raise ... from None``). ``response``, ``content``, ``headers`` and ``body``
    are what the server sent, documented as such: not read here.
    """
    yield "".join(traceback.format_exception(error))
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield repr(current.args)
        yield from getattr(current, "__notes__", ())
        for value in vars(current).values():
            if isinstance(value, str):
                yield value
            elif isinstance(value, httpx.URL):
                yield str(value)
            elif isinstance(value, httpx.Request):
                yield repr(value)
                yield str(value.url)
                yield repr(value.headers.multi_items())
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )


def _forms(secret: str) -> set[str]:
    """The ways a secret can show up in text: as is, escaped by ``repr`` or JSON (``\\/``
    too), percent-encoded (``+`` for a space, or ``%20``; either case of hex digits)."""
    as_json = json.dumps(secret)[1:-1]
    percent = quote(secret, safe="")
    return {
        secret,
        repr(secret)[1:-1],
        secret.encode("unicode_escape").decode("ascii"),
        as_json,
        as_json.replace("/", "\\/"),
        percent,
        percent.lower(),
        quote_plus(secret, safe=""),
        quote(secret),
    }

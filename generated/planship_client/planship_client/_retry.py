# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""When and how long to wait before trying a request again."""

from __future__ import annotations

import datetime
import email.utils
import random as _random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - sync-only programs need not import asyncio

    await asyncio.sleep(seconds)


IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRYABLE_STATUSES = frozenset({408, 409, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """How failed requests are retried.

    A request is retried on connection errors, timeouts, and the statuses 408, 409, 429 and
    5xx, at most ``max_retries`` times, waiting ``initial_delay * 2**attempt`` seconds (capped
    at ``max_delay``, with up to ``jitter`` of it taken off at random) or what the server's
    ``Retry-After`` header asks, up to ``max_retry_after`` seconds. Only idempotent methods
    are retried unless ``retry_non_idempotent`` is set.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25
    retry_non_idempotent: bool = False
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, repr=False)
    random_fraction: Callable[[], float] = field(default=_random.random, repr=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")
        if self.initial_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("retry delays must not be negative")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"jitter must be between 0 and 1, not {self.jitter}")

    def allows(self, method: str) -> bool:
        """Return whether requests with ``method`` may be retried at all."""
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Return the seconds to wait before retry number ``attempt + 1``."""
        if response is not None:
            requested = retry_after(response)
            if requested is not None:
                return min(requested, self.max_retry_after)
        backoff = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return backoff * (1 - self.jitter * self.random_fraction())


def should_retry_status(status_code: int) -> bool:
    """Return whether a response with ``status_code`` is worth retrying."""
    return status_code in RETRYABLE_STATUSES or status_code >= 500


def retry_after(response: httpx.Response) -> float | None:
    """Return the wait the server asks for in ``Retry-After``, if it says one as RFC 9110 does:
    delay-seconds (ASCII digits only) or an HTTP-date. Anything else (``nan``, ``-1``, ``1e1``,
    ``+2``, ``1_0``, other scripts' digits) is ignored: the policy's backoff applies."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value) if len(value) < 10 else 1e9  # more than 30 years: capped anyway
    if not _HTTP_DATE.fullmatch(value):
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": UTC, though the sender does not say so
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - time.time())


# RFC 9110 HTTP-date: IMF-fixdate, or the obsolete RFC 850 and asctime forms.
_HTTP_DATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-[A-Z][a-z]{2}-\d{2} "
    r"\d{2}:\d{2}:\d{2} GMT"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}",
    re.ASCII,
)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Request and response logging, switched on by ``PLANSHIP_LOG``, secrets redacted;
and the redaction of httpx's and httpcore's own log records while a call of ours runs."""

from __future__ import annotations

import logging
import os
import warnings

from ._redaction import active

logger = logging.getLogger("planship_client")

ENV_VAR = "PLANSHIP_LOG"
LEVELS = ("debug", "info")
FOREIGN_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack.hpack",
    "hpack.table",
)
"""The loggers of the libraries under ours that may print a URL, a header or a body: httpx logs
every request (URL with its query) at INFO, httpcore every header it reads at DEBUG."""


def configure_from_environment() -> None:
    """Send this package's log records to stderr when ``PLANSHIP_LOG`` asks for it.

    ``debug`` logs every request and response; ``info`` logs retries and token refreshes.
    Does nothing when the variable is unset or when the application configured the logger;
    any other value is ignored with a ``RuntimeWarning`` naming the levels.
    """
    raw = os.environ.get(ENV_VAR, "")
    level = raw.strip().lower()
    if level and level not in LEVELS:
        warnings.warn(
            f"{ENV_VAR}={raw!r} is not a log level of planship_client: use {' or '.join(LEVELS)} (logging stays off)",
            RuntimeWarning,
            stacklevel=2,
        )
        return
    if not level or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


class RedactDuringCalls(logging.Filter):
    """Removes our credentials from a record of httpx or httpcore made while one of our calls
    runs (in the same thread or task); other records pass unchanged.

    A filter on the logger that makes the record, so every handler sees the redacted text. It
    runs only for records that are emitted: with those loggers at their default level (WARNING)
    it costs nothing.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        redactor = active()
        if redactor is not None:
            message = record.getMessage()
            redacted = redactor.text(message)
            if redacted != message:
                record.msg, record.args = redacted, None
        return True


_FILTER = RedactDuringCalls()


def redact_foreign_loggers() -> None:
    """Put the filter on httpx's and httpcore's loggers (once: a logger keeps one of each)."""
    for name in FOREIGN_LOGGERS:
        foreign = logging.getLogger(name)
        if _FILTER not in foreign.filters:
            foreign.addFilter(_FILTER)

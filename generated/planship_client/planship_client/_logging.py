# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Request and response logging, switched on by ``PLANSHIP_LOG``, secrets redacted."""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Iterable, Mapping

logger = logging.getLogger("planship_client")

ENV_VAR = "PLANSHIP_LOG"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
REDACTED = "***"
LEVELS = ("debug", "info")


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


def redact_headers(headers: Mapping[str, str], secrets: Iterable[str] = ()) -> dict[str, str]:
    """Return ``headers`` with credentials replaced by ``***``."""
    return {
        name: REDACTED if name.lower() in SENSITIVE_HEADERS else redact(value, secrets)
        for name, value in headers.items()
    }


def redact(text: str, secrets: Iterable[str]) -> str:
    """Return ``text`` with every secret string replaced by ``***``."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    return text

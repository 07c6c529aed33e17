"""The environment of the processes that run generated code: nothing a secret can be in.

Generated code comes from documents written by others (an upstream page, a pull request's
spec). The generator never means it to run anything but what the templates say, and the
escaping and the hostile-spec tests hold that; this is the second wall. The import check of
``make regenerate`` and ``make update``, the editable install of the packages and the package
build run with only what a Python process needs (where programs are, the locale, the
temporary folder), so a ``GH_TOKEN``, ``PYPI_TOKEN`` or cloud credential of the CI job, or a
developer's shell, is not there to be read.
"""

from __future__ import annotations

import os

KEPT = (
    "PATH",
    "HOME",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "TZ",
    "TMPDIR",
    "TEMP",
    "TMP",
    "SYSTEMROOT",
    "SOURCE_DATE_EPOCH",  # the build's timestamps
)
"""The variables kept: none holds a credential."""


def without_secrets() -> dict[str, str]:
    """Return this process's environment reduced to :data:`KEPT`."""
    return {name: os.environ[name] for name in KEPT if name in os.environ}

"""The fault suite's third client, generated once per session from ``every_kind/every_kind.yaml``.

The spec has what the two bundled APIs lack: every authentication kind (API keys in a header,
the query and a cookie, HTTP Basic, a bearer token, OAuth2 client credentials with a relative
token URL, an OAuth2 authorization-code token), every pagination style (offset, page, cursor,
next URL, ``Link`` header), header, cookie, array and deepObject parameters, server variables,
an AND requirement, ``security: []``, an optional requirement, an optional body whose schema
requires a field, a binary ``text/calendar`` answer and an ``application/jwt`` body.

It is generated as a user would (its config file, ``generator.regenerate.build_clients``) into
a temporary folder, never committed. The folder is handed to subprocesses (``memory_probe``)
through ``EVERY_KIND_PROJECT`` so that they import the same package instead of generating it.
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from generator.config import load_config
from generator.regenerate import build_clients

CONFIG = Path(__file__).resolve().parent / "every_kind" / "every_kind.config.yaml"
PACKAGE = "every_kind_client"
_PROJECT_VARIABLE = "EVERY_KIND_PROJECT"


def _project() -> Path:
    """The folder holding the generated package: the parent process's, or a new one."""
    given = os.environ.get(_PROJECT_VARIABLE)
    if given:
        return Path(given)
    folder = Path(tempfile.mkdtemp(prefix="every-kind-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    (project,) = build_clients([load_config(CONFIG)], folder).values()
    os.environ[_PROJECT_VARIABLE] = str(project)
    return project


def _load() -> ModuleType:
    sys.path.insert(0, str(_project()))
    return importlib.import_module(PACKAGE)


package = _load()


def module(name: str) -> ModuleType:
    """A module of the generated package, e.g. ``module("api.pages.list_by_cursor")``."""
    return importlib.import_module(f"{PACKAGE}.{name}")

"""The one list of API clients that regenerate, check, diff and the tests iterate over.

Every ``specs/<name>.config.yaml`` is one client (see generator/config.py): adding an API is
adding its spec and that one file, no Python edit.

Configs are read when they are needed, not when this module is imported: a command about one
API reads that API's config only, so a broken config breaks its own API's commands, and the
commands about every API, which name it; never the others, nor the commands that read no
config (``diff OLD NEW``).
"""

from __future__ import annotations

from typing import Any

from generator.config import CONFIG_SUFFIX, ClientSpec, load_clients, load_config
from generator.paths import GENERATED_DIR, ROOT, SPECS_DIR, TEMPLATES_DIR

__all__ = [
    "CLIENTS",
    "GENERATED_DIR",
    "ROOT",
    "SPECS_DIR",
    "TEMPLATES_DIR",
    "ClientSpec",
    "client_names",
    "get_client",
]

CLIENTS: tuple[ClientSpec, ...]
"""Every registered client, sorted by name; read on first use (a broken config raises the
:class:`~generator.errors.SpecError` that names it)."""


def __getattr__(name: str) -> Any:
    if name == "CLIENTS":
        clients = load_clients(SPECS_DIR)
        globals()["CLIENTS"] = clients  # read once per process
        return clients
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def client_names() -> list[str]:
    """Return the name of every registered client, from the file names (no config is read)."""
    return sorted(
        path.name.removesuffix(CONFIG_SUFFIX) for path in SPECS_DIR.glob(f"*{CONFIG_SUFFIX}")
    )


def get_client(name: str) -> ClientSpec:
    """Return the registered client called ``name``, reading its config only.

    Raises KeyError for an unknown name, :class:`~generator.errors.SpecError` for a config
    that cannot be used.
    """
    known = client_names()
    if name not in known:
        raise KeyError(
            f"no client named {name!r} in specs/*.config.yaml (known: {', '.join(known)})"
        )
    return load_config(SPECS_DIR / f"{name}{CONFIG_SUFFIX}")

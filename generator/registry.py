"""The one list of API clients that regenerate, check, diff and the tests iterate over.

Every ``specs/<name>.config.yaml`` is one client (see generator/config.py): adding an API is
adding its spec and that one file, no Python edit.
"""

from __future__ import annotations

from generator.config import ClientSpec, load_clients
from generator.paths import GENERATED_DIR, ROOT, SPECS_DIR, TEMPLATES_DIR

__all__ = [
    "CLIENTS",
    "GENERATED_DIR",
    "ROOT",
    "SPECS_DIR",
    "TEMPLATES_DIR",
    "ClientSpec",
    "get_client",
]

CLIENTS: tuple[ClientSpec, ...] = load_clients(SPECS_DIR)


def get_client(name: str) -> ClientSpec:
    """Return the registered client called ``name``."""
    for client in CLIENTS:
        if client.name == name:
            return client
    known = ", ".join(c.name for c in CLIENTS)
    raise KeyError(f"no client named {name!r} in specs/*.config.yaml (known: {known})")

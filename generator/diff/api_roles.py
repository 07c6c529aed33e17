"""Which classes of a generated package callers build and pass in, and which they only get
back, read from the package's own signatures.

A class that some public function or method accepts (directly or inside another class it
accepts) is *sent*: callers construct it. A class some public function returns (directly
or inside another returned class's fields) is *received*: callers read it. A class that is
only received (a response model) is built by the package, so changes to its constructor
are not the caller's concern, just as the spec rules judge response schemas by what callers
read; a class only sent (a request model) is built by the caller, so what reading it back
returns is not judged. A class that is both, or neither (an exception), is judged both ways.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.diff.public_api import Api


class Role(Enum):
    """How callers meet a class."""

    SENT = "sent"
    RECEIVED = "received"
    BOTH = "both"

    @property
    def built_by_callers(self) -> bool:
        """Return whether callers construct it (its constructor is theirs)."""
        return self is not Role.RECEIVED

    @property
    def read_by_callers(self) -> bool:
        """Return whether callers read what it holds (its fields and results are theirs)."""
        return self is not Role.SENT


def class_roles(api: Api) -> dict[str, Role]:
    """Return the role of every public class of ``api``, by dotted path."""
    classes = {path for path, entry in api.items() if entry.kind == "class"}
    sent: set[str] = set()
    received: set[str] = set()
    for path, entry in api.items():
        owner, _, name = path.rpartition(".")
        # A constructor passes on its class's role; it does not give one.
        if entry.kind != "function" or name == "__init__":
            continue
        for param in entry.params:
            sent |= (param.type.names & classes) - {owner}
        received |= (entry.returns_type.names & classes) - {owner}
    _close(sent, classes, lambda cls: _constructor_names(api, cls))
    _close(received, classes, lambda cls: _member_names(api, cls))
    return {
        cls: Role.BOTH
        if (cls in sent) == (cls in received)
        else Role.SENT
        if cls in sent
        else Role.RECEIVED
        for cls in classes
    }


def _close(found: set[str], classes: set[str], reached: Callable[[str], set[str]]) -> None:
    """Add to ``found`` every class reached from it, transitively."""
    todo = list(found)
    while todo:
        for cls in reached(todo.pop()) & classes:
            if cls not in found:
                found.add(cls)
                todo.append(cls)


def _constructor_names(api: Api, cls: str) -> set[str]:
    entry = api.get(f"{cls}.__init__")
    return set() if entry is None else {name for p in entry.params for name in p.type.names}


def _member_names(api: Api, cls: str) -> set[str]:
    """Return the names in the types of what a class gives: its attributes, and what its
    methods return."""
    prefix = cls + "."
    return {
        name
        for path, entry in api.items()
        if path.startswith(prefix) and "." not in path[len(prefix) :]
        for name in (entry.type if entry.kind == "attribute" else entry.returns_type).names
    }

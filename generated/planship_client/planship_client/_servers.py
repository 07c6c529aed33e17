# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The API's servers (from the spec) and how a base URL is chosen among them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ._guards import check_server_variable


@dataclass(frozen=True)
class ServerVariable:
    """A ``{name}`` in a server URL: its default and, when the spec lists them, allowed values."""

    default: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Server:
    """One server of the spec: a URL template and its variables."""

    url: str
    description: str = ""
    variables: Mapping[str, ServerVariable] = field(default_factory=dict)

    def resolve(self, values: Mapping[str, str] | None = None) -> str:
        """Return the URL with each variable replaced by ``values[name]`` or its default."""
        values = dict(values or {})
        unknown = sorted(set(values) - set(self.variables))
        if unknown:
            raise ValueError(
                f"server_variables: {unknown} are not variables of {self.url!r} "
                f"(it has {sorted(self.variables) or 'none'})"
            )
        for name, variable in self.variables.items():
            value = values.get(name, variable.default)
            if name in values:  # the caller's: it must stay in its part of the URL
                check_server_variable(name, value, (variable.default, *variable.enum))
            if variable.enum and value not in variable.enum:
                raise ValueError(f"server_variables[{name!r}] must be one of {list(variable.enum)}, not {value!r}")
            values[name] = value
        return re.sub(r"{(\w+)}", lambda m: values[m.group(1)], self.url)


def choose(servers: tuple[Server, ...], server: int | str, variables: Mapping[str, str] | None) -> Server:
    """Return the server at index ``server``, or the one whose description is ``server``."""
    if isinstance(server, int) and not isinstance(server, bool) and 0 <= server < len(servers):
        return servers[server]
    for candidate in servers:
        if isinstance(server, str) and candidate.description == server:
            return candidate
    names = [f"{i} ({s.description or s.url})" for i, s in enumerate(servers)]
    raise ValueError(f"server must be one of {names}, not {server!r}")

"""What the method reference (each package's ``api.md``) says about every resource method: the
call as a user writes it (sync and async), the HTTP route, the arguments, what it returns and
the errors its operation documents, with links to the models and errors.

The links point into the package's sources (``planetscale_client/models/database.py``), from
the project folder where ``api.md`` is; the reference site turns them into its own pages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.operations import RaisedError
from generator.signatures import (
    OPTIONS,
    Parameter,
    call_arguments,
    expand_maps,
    signature_parameters,
)

if TYPE_CHECKING:
    from generator.context import ResourceView


@dataclass(frozen=True)
class MethodEntry:
    """One method of a resource, as api.md documents it."""

    resource: str
    name: str
    call: str
    """``client.databases.list(organization, *, page=..., per_page=...) -> SyncPage[Database]``"""
    async_call: str
    http_method: str
    path: str
    summary: str
    description: str
    arguments: tuple[Parameter, ...]
    """Every argument but ``options`` (which every method takes)."""
    returns: str
    """The return type of the sync method, as Python source."""
    paginated: bool
    item_type: str
    raises: tuple[RaisedError, ...]
    function_module: str
    """The functional layer's module, relative to the package: ``api.databases.list_databases``."""

    @property
    def anchor(self) -> str:
        """The anchor of the heading ``### databases.list`` (GitHub's and pdoc's: the dot
        dropped)."""
        return f"{self.resource}{self.name}"


def method_entries(resource: ResourceView, maps: Mapping[str, str]) -> list[MethodEntry]:
    """Return the entries of every method of ``resource``, in order.

    ``maps``: objects of open keys spelled out as ``dict[str, ...]`` (``ApiView.maps``).
    """
    entries = []
    name = resource.name
    for method in resource.methods:
        operation = method.operation
        parameters = [
            parameter
            for parameter in signature_parameters(
                method.endpoint,
                flat_body=method.flat_body,
                optional_body=method.body_optional,
                parameter_docs=dict(operation.parameter_docs),
            )
            if parameter is not OPTIONS
        ]
        arguments = call_arguments(parameters).removesuffix(", *")
        if operation.pagination is not None:
            item = expand_maps(operation.pagination.item_type, maps)
            returns, async_returns = f"SyncPage[{item}]", f"AsyncPaginator[{item}]"
            async_call = f"async_client.{name}.{method.name}({arguments}) -> {async_returns}"
        else:
            item = ""
            returns = expand_maps(operation.return_type, maps)
            async_call = f"await async_client.{name}.{method.name}({arguments}) -> {returns}"
        entries.append(
            MethodEntry(
                resource=name,
                name=method.name,
                call=f"client.{name}.{method.name}({arguments}) -> {returns}",
                async_call=async_call,
                http_method=str(method.endpoint.method).upper(),
                path=operation.path,
                summary=operation.summary,
                description=" ".join(operation.description.split()),
                arguments=tuple(parameters),
                returns=returns,
                paginated=operation.pagination is not None,
                item_type=item,
                raises=operation.raises,
                function_module=method.module,
            )
        )
    return entries


def link_types(annotation: str, modules: Mapping[str, str], package: str) -> str:
    """Return ``annotation`` as Markdown with each model or enum named in it linked to its
    module (``[`Database`](planetscale_client/models/database.py)``), the rest as code.

    ``modules`` maps the class names of the package's models and enums to their modules.
    """
    parts = []
    position = 0
    for found in re.finditer(r"[A-Za-z_][A-Za-z0-9_]*", annotation):
        name = found.group(0)
        if name not in modules:
            continue
        parts.append(_code(annotation[position : found.start()]))
        parts.append(f"[`{name}`]({package}/models/{modules[name]}.py)")
        position = found.end()
    parts.append(_code(annotation[position:]))
    return "".join(parts).replace("|", "\\|")


def _code(text: str) -> str:
    """``text`` (code the generator wrote, no spec text) as a code span, spaces kept outside."""
    stripped = text.strip()
    if not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}`{stripped}`{trail}"

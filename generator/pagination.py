"""Which operations paginate, and how: the config's rules matched against the parsed operations.

A rule names operations by operationId or glob. A glob applies where the operation has the
parameters the rule moves (a ``list*`` rule skips a list without ``page``); an exact name that
does not fit is an error. The item type is read from the response model at the rule's
``items`` path, so ``paginate`` is typed by it.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

from generator.config import ClientSpec, PaginationRule
from generator.errors import GenerationError
from generator.specs import text

_POSITION_ROLE = {"offset": "offset", "page": "page", "cursor": "cursor"}
_SIZE_ROLE = {"offset": "limit", "page": "size", "cursor": "limit"}


@dataclass(frozen=True)
class PaginationView:
    """What the endpoint template renders as the module's ``PAGINATION``."""

    style: str
    items: str
    item_type: str
    position: str | None
    size: str | None
    next: str | None
    has_more: str | None
    start: int | None
    imports: tuple[str, ...] = ()
    """What the endpoint module imports for ``item_type``."""


def resolve_pagination(
    client: ClientSpec, endpoints: Iterable[Any], operation_ids: Mapping[str, str]
) -> dict[str, PaginationView]:
    """Return the pagination of each paginated endpoint, by endpoint name.

    ``operation_ids`` maps endpoint names to the spec's operationIds (for matching rules).
    """
    views: dict[str, PaginationView] = {}
    for index, rule in enumerate(client.pagination):
        matched = 0
        for endpoint in endpoints:
            names = {endpoint.name, operation_ids.get(endpoint.name, endpoint.name)}
            exact = any(name in rule.operations for name in names)
            if not exact and not any(
                fnmatch.fnmatchcase(name, pattern) for pattern in rule.operations for name in names
            ):
                continue
            view = _view(rule, endpoint)
            if isinstance(view, str):
                if exact:
                    raise GenerationError(
                        f"{client.relative(client.config)}: pagination[{index}] names "
                        f"{endpoint.name}, but {view}"
                    )
                continue
            views.setdefault(endpoint.name, view)
            matched += 1
        if not matched:
            raise GenerationError(
                f"{client.relative(client.config)}: pagination[{index}] ({rule.style}, "
                f"{list(rule.operations)}) matches no operation that has its parameters"
            )
    return views


def _view(rule: PaginationRule, endpoint: Any) -> PaginationView | str:
    """Return the endpoint's pagination under ``rule``, or why the rule does not fit it."""
    parameters = {text(p.name): p.python_name for p in endpoint.query_parameters}
    position = size = None
    if rule.style in _POSITION_ROLE:
        position_name = rule.parameters.get(_POSITION_ROLE[rule.style], _POSITION_ROLE[rule.style])
        if position_name not in parameters:
            return f"it has no query parameter {position_name!r}"
        position = str(parameters[position_name])
        size_name = rule.parameters.get(_SIZE_ROLE[rule.style], _SIZE_ROLE[rule.style])
        size = str(parameters[size_name]) if size_name in parameters else None
    response = _success_property(endpoint)
    if response is None:
        return "it documents no JSON success response"
    items = _at(response, rule.items)
    if isinstance(items, UnionProperty):  # a nullable list
        items = next((p for p in items.inner_properties if isinstance(p, ListProperty)), None)
    if not isinstance(items, ListProperty):
        return f"its response has no list at {rule.items or 'the top level'!r}"
    return PaginationView(
        style=rule.style,
        items=rule.items,
        item_type=items.inner_property.get_type_string().as_unembedded_code(),
        position=position,
        size=size,
        next=rule.next,
        has_more=rule.has_more,
        start=rule.start,
        imports=tuple(sorted(items.inner_property.get_lazy_imports(prefix="..."))),
    )


def _success_property(endpoint: Any) -> Any:
    for response in endpoint.responses.patterns:
        code_range = response.status_code.range
        if code_range and 200 <= code_range[0] <= 299:
            return response.prop
    return None


def _at(prop: Any, path: str) -> Any:
    for name in [part for part in path.split(".") if part]:
        if not isinstance(prop, ModelProperty):
            return None
        fields = {
            text(p.name): p
            for p in (prop.required_properties or []) + (prop.optional_properties or [])
        }
        prop = fields.get(name)
    return prop

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Auto-pagination: every item of a list operation, across pages, one page in memory at a time.

Two styles are recognised from the operation's parameters: ``page``/``per_page`` (follows
``next_page`` when the response carries it, else stops at a short or empty page) and
``skip``/``limit`` (stops at a short or empty page). A server that ignores the position and
answers the same page again raises :class:`PaginationError` instead of looping forever.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .errors import PaginationError
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._base_client import BaseClient

ItemT = TypeVar("ItemT")
ParsedT = TypeVar("ParsedT", covariant=True)


class Detailed(Protocol[ParsedT]):
    """What pagination reads of a ``Response``: the raw body and the parsed model."""

    @property
    def content(self) -> bytes: ...

    @property
    def parsed(self) -> ParsedT: ...


class Page(Protocol[ItemT]):
    """A list response: ``data`` holds the page's items."""

    @property
    def data(self) -> list[ItemT] | Unset: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...


class PagedOperation(Protocol[ItemT]):
    """A generated operation module whose response is a page or a plain list of items."""

    @property
    def sync(self) -> Callable[..., Page[ItemT] | list[ItemT]]: ...

    @property
    def sync_detailed(self) -> Callable[..., Detailed[Page[ItemT] | list[ItemT]]]: ...

    @property
    def asyncio_detailed(self) -> Callable[..., Awaitable[Detailed[Page[ItemT] | list[ItemT]]]]: ...


@dataclass
class _Cursor:
    operation: str
    page_param: str
    size_param: str
    position: int
    size: int
    by_offset: bool
    seen_positions: set[int]
    seen_pages: set[int]

    def params(self) -> dict[str, int]:
        if self.position in self.seen_positions:
            raise PaginationError(self.operation, f"the server pointed to {self.page_param}={self.position} twice")
        self.seen_positions.add(self.position)
        return {self.page_param: self.position, self.size_param: self.size}

    def check_progress(self, content: bytes) -> None:
        """Raise when a page is byte for byte one already seen (the position was ignored)."""
        digest = hash(content)
        if digest in self.seen_pages:
            raise PaginationError(
                self.operation,
                f"the page at {self.page_param}={self.position} repeats an earlier page",
            )
        self.seen_pages.add(digest)

    def advance(self, result: Any, count: int) -> bool:
        """Move to the next page; False when there is none."""
        if count == 0:
            return False
        if not self.by_offset:
            # A declared field (see the spec's overlay) or, failing that, an unknown one.
            next_page = getattr(result, "next_page", UNSET)
            if isinstance(next_page, Unset):
                next_page = getattr(result, "additional_properties", {}).get("next_page", UNSET)
            if not isinstance(next_page, Unset):
                if not isinstance(next_page, int) or next_page <= self.position:
                    return False  # null on the last page
                self.position = next_page
                return True
        if count < self.size:
            return False
        self.position += count if self.by_offset else 1
        return True


def _cursor(operation: Any, params: dict[str, Any]) -> _Cursor:
    signature = inspect.signature(operation.sync).parameters
    for page_param, size_param, by_offset in (("page", "per_page", False), ("skip", "limit", True)):
        if page_param in signature and size_param in signature:
            start = params.pop(page_param, signature[page_param].default)
            size = params.pop(size_param, signature[size_param].default)
            if isinstance(start, Unset):
                start = 0 if by_offset else 1
            if not isinstance(size, int) or size <= 0:
                raise ValueError(f"{size_param} must be a positive integer to paginate, not {size!r}")
            return _Cursor(_name(operation), page_param, size_param, start, size, by_offset, set(), set())
    name = _name(operation)
    raise TypeError(f"{name} is not a paginated operation (no page/per_page or skip/limit)")


def _name(operation: Any) -> str:
    return str(getattr(operation, "__name__", repr(operation))).rpartition(".")[2]


def _items(result: Any) -> list[Any]:
    if isinstance(result, list):
        return result
    data = result.data
    return [] if isinstance(data, Unset) else list(data)


def _check(max_items: int | None) -> None:
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be 0 or more, not {max_items}")


def iterate(
    client: BaseClient, operation: PagedOperation[ItemT], params: dict[str, Any], max_items: int | None
) -> Iterator[ItemT]:
    """Return a lazy iterator over every item (the first request happens on first ``next``)."""
    _check(max_items)
    params = dict(params)
    cursor = _cursor(operation, params)

    def items() -> Iterator[ItemT]:
        remaining = max_items
        while remaining is None or remaining > 0:
            response = operation.sync_detailed(client=client, **params, **cursor.params())
            cursor.check_progress(response.content)
            result = response.parsed
            del response
            page = _items(result)
            more = cursor.advance(result, len(page))
            del result  # only the items are kept, and only until the next page is asked for
            for item in page[:remaining]:
                yield item
            if remaining is not None:
                remaining -= min(len(page), remaining)
            del page
            if not more:
                return

    return items()


def aiterate(
    client: BaseClient, operation: PagedOperation[ItemT], params: dict[str, Any], max_items: int | None
) -> AsyncIterator[ItemT]:
    """Async version of :func:`iterate`."""
    _check(max_items)
    params = dict(params)
    cursor = _cursor(operation, params)

    async def items() -> AsyncIterator[ItemT]:
        remaining = max_items
        while remaining is None or remaining > 0:
            response = await operation.asyncio_detailed(client=client, **params, **cursor.params())
            cursor.check_progress(response.content)
            result = response.parsed
            del response
            page = _items(result)
            more = cursor.advance(result, len(page))
            del result  # only the items are kept, and only until the next page is asked for
            for item in page[:remaining]:
                yield item
            if remaining is not None:
                remaining -= min(len(page), remaining)
            del page
            if not more:
                return

    return items()

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Auto-pagination: every item of a list operation, across pages, one page in memory at a time.

Each list operation carries a ``PAGINATION`` declared in the API's config file (generator): its
style (offset, page, cursor, next URL in the body, or ``Link`` header), the request parameters
it moves, where the items are in the response, and what says there is no next page. A server
that ignores the position and answers the same page again raises :class:`PaginationError`
instead of looping forever.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

import httpx
import msgspec

from .errors import PaginationError
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._base_client import BaseClient

ItemT = TypeVar("ItemT")
ParsedT = TypeVar("ParsedT", covariant=True)
Style = Literal["offset", "page", "cursor", "next_url", "link_header"]


@dataclass(frozen=True)
class Pagination(Generic[ItemT]):
    """How one list operation moves from page to page (generated from the API's config)."""

    style: Style
    items: str = ""
    """Dotted path of the items in the response (``""``: the response is the list)."""
    position: str | None = None
    """The argument that says where a page starts: offset, page number or cursor."""
    size: str | None = None
    """The argument that says how many items a page holds."""
    next: str | None = None
    """Path of the next page number, cursor or URL in the response (``data[-1].id`` allowed)."""
    has_more: str | None = None
    """Path of a boolean that is false on the last page."""
    start: int | None = None
    """The first page or offset when the operation gives no default."""


class Detailed(Protocol[ParsedT]):
    """What pagination reads of a ``Response``: the raw body, the headers and the model."""

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Any: ...

    @property
    def parsed(self) -> ParsedT: ...


class PagedOperation(Protocol[ItemT]):
    """A generated list operation module (it has a ``PAGINATION``)."""

    @property
    def PAGINATION(self) -> Pagination[ItemT]: ...  # noqa: N802 - the module constant

    @property
    def sync_detailed(self) -> Callable[..., Detailed[Any]]: ...

    @property
    def asyncio_detailed(self) -> Callable[..., Awaitable[Detailed[Any]]]: ...

    @property
    def _get_kwargs(self) -> Callable[..., dict[str, Any]]: ...

    @property
    def _build_response(self) -> Callable[[httpx.Response], Detailed[Any]]: ...


class _Pages:
    """The position of the next page, and the checks that pages make progress."""

    def __init__(self, client: BaseClient, operation: PagedOperation[Any], params: dict[str, Any]) -> None:
        spec = getattr(operation, "PAGINATION", None)
        self.name = str(getattr(operation, "__name__", repr(operation))).rpartition(".")[2]
        if not isinstance(spec, Pagination):
            raise TypeError(f"{self.name} is not a paginated operation (it has no PAGINATION)")
        self.client = client
        self.operation = operation
        self.spec = spec
        self.params = dict(params)
        signature = inspect.signature(operation.sync_detailed).parameters
        self.position: Any = None
        if spec.position is not None:
            default = signature[spec.position].default if spec.position in signature else None
            given = self.params.pop(spec.position, default)
            if isinstance(given, Unset) or given is inspect.Parameter.empty:
                given = None
            fallback = {"page": 1, "offset": 0}.get(spec.style)
            self.position = given if given is not None else (spec.start if spec.start is not None else fallback)
        self.size: int | None = None
        if spec.size is not None:
            size = self.params.get(spec.size, signature[spec.size].default if spec.size in signature else None)
            if isinstance(size, int) and not isinstance(size, bool):
                if size <= 0:
                    raise ValueError(f"{spec.size} must be a positive integer to paginate")
                self.size = size
        self.next_url: str | None = None
        self.done = False
        self.seen_positions: set[Any] = set()
        self.seen_pages: set[int] = set()

    def request(self) -> tuple[dict[str, Any], Callable[[httpx.Response], Detailed[Any]]] | None:
        """Return the kwargs of a raw next-URL request, or None to call the operation."""
        if self.next_url is None:
            return None
        kwargs = self.operation._get_kwargs(**self.params)
        kwargs.pop("params", None)
        kwargs.pop("path_params", None)
        kwargs["url"] = self.next_url
        return kwargs, self.operation._build_response

    def arguments(self) -> dict[str, Any]:
        """Return the operation's arguments for the next page."""
        arguments = dict(self.params)
        if self.spec.position is not None and self.position is not None:
            if self.position in self.seen_positions:
                raise PaginationError(
                    self.name,
                    f"the server pointed to {self.spec.position}={self.position!r} twice",
                )
            self.seen_positions.add(self.position)
            arguments[self.spec.position] = self.position
        return arguments

    def advance(self, response: Detailed[Any]) -> list[Any]:
        """Return the page's items, and move to the next page (``done`` when there is none)."""
        digest = hash(response.content)
        if digest in self.seen_pages:
            raise PaginationError(self.name, "a page repeats an earlier page byte for byte")
        self.seen_pages.add(digest)
        result = response.parsed
        items = _items(read_path(result, self.spec.items), self.name, self.spec.items)
        self.done = self._next(result, response, items)
        return items

    def _next(self, result: Any, response: Detailed[Any], items: list[Any]) -> bool:
        """Set the position of the next page; return True when this page was the last."""
        spec = self.spec
        if spec.has_more is not None and read_path(result, spec.has_more) in (False, None):
            return True
        if spec.style in ("next_url", "link_header"):
            url = read_path(result, spec.next) if spec.style == "next_url" else _link_next(response.headers)
            if not isinstance(url, str) or not url:
                return True
            self.next_url = self._same_origin(url)
            if self.next_url in self.seen_positions:
                raise PaginationError(self.name, f"the next page's URL repeats: {url}")
            self.seen_positions.add(self.next_url)
            return False
        if not items:
            return True
        if spec.next is not None:
            following = read_path(result, spec.next)
            if following is None or following == "":
                return True  # null on the last page
            if not isinstance(following, Unset):
                self.position = following
                return False
            # not in this response: fall back to the page's size
        if self.size is not None and len(items) < self.size:
            return True
        if spec.style == "offset":
            self.position = (self.position or 0) + len(items)
        elif spec.style == "page":
            self.position = (self.position or 0) + 1
        else:
            raise PaginationError(self.name, "the cursor style needs a `next` field")
        return False

    def _same_origin(self, url: str) -> str:
        base = httpx.URL(self.client.base_url)
        target = base.join(url)
        if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
            raise PaginationError(
                self.name,
                f"the next page is on another host ({target.host}); credentials are not sent there",
            )
        return str(target)


def iterate(
    client: BaseClient,
    operation: PagedOperation[ItemT],
    params: Mapping[str, Any],
    max_items: int | None,
) -> Iterator[ItemT]:
    """Return a lazy iterator over every item (the first request happens on first ``next``)."""
    _check(max_items)
    pages = _Pages(client, operation, dict(params))

    def items() -> Iterator[ItemT]:
        remaining = max_items
        while remaining is None or remaining > 0:
            raw = pages.request()
            if raw is None:
                response = operation.sync_detailed(client=client, **pages.arguments())
            else:
                response = client.call(raw[0], raw[1], options=None)
            page = pages.advance(response)
            del response  # only the items are kept, and only until the next page is asked for
            for item in page[:remaining]:
                yield item
            if remaining is not None:
                remaining -= min(len(page), remaining)
            del page
            if pages.done:
                return

    return items()


def aiterate(
    client: BaseClient,
    operation: PagedOperation[ItemT],
    params: Mapping[str, Any],
    max_items: int | None,
) -> AsyncIterator[ItemT]:
    """Async version of :func:`iterate`."""
    _check(max_items)
    pages = _Pages(client, operation, dict(params))

    async def items() -> AsyncIterator[ItemT]:
        remaining = max_items
        while remaining is None or remaining > 0:
            raw = pages.request()
            if raw is None:
                response = await operation.asyncio_detailed(client=client, **pages.arguments())
            else:
                response = await client.acall(raw[0], raw[1], options=None)
            page = pages.advance(response)
            del response
            for item in page[:remaining]:
                yield item
            if remaining is not None:
                remaining -= min(len(page), remaining)
            del page
            if pages.done:
                return

    return items()


_STEP = re.compile(r"([^.\[\]]+)|\[(-?\d+)\]")


def read_path(value: Any, path: str | None) -> Any:
    """Return the value at a dotted ``path`` (``data[-1].id``) of a model, dict or list.

    A step that is absent gives ``UNSET``; a null gives None. Model fields are looked up by
    their JSON name, declared or kept in ``additional_properties``.
    """
    if not path:
        return value
    for name, index in _STEP.findall(path):
        if value is None or isinstance(value, Unset):
            return value
        if index:
            position = int(index)
            if not isinstance(value, list) or not -len(value) <= position < len(value):
                return UNSET
            value = value[position]
        else:
            value = _field(value, name)
    return value


def _field(value: Any, name: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(name, UNSET)
    if isinstance(value, msgspec.Struct):
        attribute = _attributes(type(value)).get(name)
        if attribute is not None:
            return getattr(value, attribute)
    extra = getattr(value, "additional_properties", None)
    return extra.get(name, UNSET) if isinstance(extra, Mapping) else UNSET


_ATTRIBUTES: dict[type, dict[str, str]] = {}


def _attributes(model: type[msgspec.Struct]) -> dict[str, str]:
    """JSON name → attribute name of a model's fields."""
    names = _ATTRIBUTES.get(model)
    if names is None:
        names = _ATTRIBUTES[model] = {field.encode_name: field.name for field in msgspec.structs.fields(model)}
    return names


def _items(value: Any, operation: str, path: str) -> list[Any]:
    if value is None or isinstance(value, Unset):
        return []
    if not isinstance(value, list):
        raise PaginationError(operation, f"the response's {path or 'body'} is not a list of items")
    return value


_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]+)*)")


def _link_next(headers: Any) -> str | None:
    """Return the ``rel="next"`` URL of an RFC 8288 ``Link`` header, if any."""
    for link in headers.get_list("link") if hasattr(headers, "get_list") else [headers.get("link")]:
        for url, parameters in _LINK.findall(link or ""):
            rels = re.findall(r'rel\s*=\s*"?([^";]+)"?', parameters)
            if any("next" in rel.split() for rel in rels):
                return str(url)
    return None


def _check(max_items: int | None) -> None:
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be 0 or more, not {max_items}")

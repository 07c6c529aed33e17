# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Pages of list operations: ``SyncPage`` / ``AsyncPage`` hold one page's items and fetch the
next; iterating one yields every item from there on, one page in memory at a time.

Each list operation carries a ``Pagination`` declared in the API's config file (generator): its
style (offset, page, cursor, next URL in the body, or ``Link`` header), the arguments it moves,
where the items are in the response, and what says there is no next page. A server that
ignores the position and answers the same page again raises :class:`PaginationError` instead
of looping forever.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import re
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

import httpx
import msgspec

from .errors import PaginationError
from .types import UNSET, RequestOptions, Response, Unset

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from ._operation import Operation

ItemT = TypeVar("ItemT")
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


class PagedOperation(Protocol[ItemT]):
    """A generated list operation module: it has a ``PAGINATION``."""

    @property
    def PAGINATION(self) -> Pagination[ItemT]: ...  # noqa: N802 - the module constant

    @property
    def OPERATION(self) -> Operation[Any]: ...  # noqa: N802 - the module constant

    @property
    def sync_detailed(self) -> Callable[..., Any]: ...


@dataclass(frozen=True)
class _Request:
    """Where a page is: the operation's arguments, or the URL the previous page gave."""

    arguments: Mapping[str, Any]
    url: str | None = None
    following: bool = True
    """Whether the server chose where it is (every page but the first)."""


class _Series:
    """What a series of pages has seen, so that one going round in circles is stopped."""

    def __init__(
        self,
        client: BaseClient,
        operation: Operation[Any],
        pagination: Pagination[Any],
        options: RequestOptions | None,
    ) -> None:
        self.client = client
        self.operation = operation
        self.pagination = pagination
        self.options = options
        self.positions: set[Any] = set()
        self.pages: set[int] = set()

    def first(self, arguments: Mapping[str, Any]) -> _Request:
        spec = self.pagination
        values = dict(arguments)
        if spec.position is not None:
            given = values.get(spec.position, UNSET)
            if isinstance(given, Unset) or given is None:
                fallback = {"page": 1, "offset": 0}.get(spec.style)
                start = spec.start if spec.start is not None else fallback
                values[spec.position] = UNSET if start is None else start
            self._visit(values[spec.position])
        _check_size(spec, values)
        return _Request(values, following=False)

    def kwargs(self, request: _Request) -> dict[str, Any]:
        """Return what the client sends for ``request``."""
        kwargs = self.operation.request(request.arguments)
        if request.url is not None:  # the server's URL, query included
            kwargs.pop("query", None)
            kwargs["url"] = request.url
        return kwargs

    def unsendable(self, error: ValueError | TypeError) -> PaginationError:
        """The error for a next page that cannot be requested: its position, which the server
        chose, cannot be sent (a first page's bad argument is the caller's ``error``)."""
        return PaginationError(
            self.operation.name, f"the next page the server pointed to cannot be requested ({error})"
        )

    def page(self, request: _Request, answer: httpx.Response) -> tuple[Response[Any], list[Any], _Request | None]:
        """Read the answer to ``request``: its response, its items and where the next page is.

        Runs inside the client's call, so that what it raises is redacted like any error.
        """
        response = self.operation.parse(answer)
        items, following = self.read(request, response, answer.request.url)
        return response, items, following

    def read(self, request: _Request, response: Response[Any], url: httpx.URL) -> tuple[list[Any], _Request | None]:
        """Return a page's items and where the next page is (None after the last); ``url`` is
        the page's, which a relative next URL is resolved against."""
        digest = hash(response.content)
        if digest in self.pages:
            raise PaginationError(self.operation.name, "a page repeats an earlier page byte for byte")
        self.pages.add(digest)
        spec = self.pagination
        items = _items(read_path(response.parsed, spec.items), self.operation.name, spec.items)
        following = self._following(request, response, items, url)
        return items, following

    def _following(
        self, request: _Request, response: Response[Any], items: list[Any], url: httpx.URL
    ) -> _Request | None:
        spec = self.pagination
        result = response.parsed
        if spec.has_more is not None and read_path(result, spec.has_more) in (False, None):
            return None
        if spec.style in ("next_url", "link_header"):
            given = read_path(result, spec.next) if spec.style == "next_url" else _link_next(response.headers)
            if not isinstance(given, str) or not given:
                return None
            target = self._within_base(given, url)
            self._visit(target)
            return _Request(request.arguments, target)
        if not items:
            return None
        position: Any = UNSET
        if spec.next is not None:
            position = read_path(result, spec.next)
            if position is None or position == "":
                return None  # null on the last page
            current = request.arguments.get(spec.position) if spec.position else None
            if spec.style == "page" and _before(position, current):
                return None  # a page number before this one: there is no next page
        if isinstance(position, Unset):  # not in this response: go by the page's size
            size = request.arguments.get(spec.size) if spec.size else None
            if isinstance(size, int) and len(items) < size:
                return None
            current = request.arguments.get(spec.position) if spec.position else None
            current = 0 if isinstance(current, Unset) or current is None else current
            if spec.style == "offset":
                position = current + len(items)
            elif spec.style == "page":
                position = current + 1
            else:
                raise PaginationError(self.operation.name, "the cursor style needs a `next` field")
        self._visit(position)
        return _Request({**request.arguments, str(spec.position): position})

    def _visit(self, position: Any) -> None:
        if isinstance(position, Unset):
            return
        if position in self.positions:
            raise PaginationError(self.operation.name, f"the server pointed to the page at {position!r} twice")
        self.positions.add(position)

    def _within_base(self, given: str, page: httpx.URL) -> str:
        """Return the absolute next-page URL the server gave (relative to the ``page`` it
        came with), if the credentials may go there: the base URL's scheme, host and port,
        under its path, with no user info."""
        base = httpx.URL(self.client.base_url)
        try:
            target = page.join(given)
        except (httpx.InvalidURL, ValueError, TypeError):
            raise PaginationError(
                self.operation.name, "the next page's URL given by the server is not a valid URL"
            ) from None
        problem = _outside(base, target)
        if problem is not None:
            raise PaginationError(
                self.operation.name,
                f"the next page {problem}; the request and its credentials are not sent there",
            )
        return str(target)


def _outside(base: httpx.URL, target: httpx.URL) -> str | None:
    """Why ``target`` is not a URL under ``base``, or None when it is."""
    if target.userinfo:
        return "carries user info (user:password@)"
    if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
        return f"is on another scheme, host or port ({target.scheme}://{target.host})"
    if any(segment in (".", "..") for segment in re.split(r"[/\\]", target.path)):
        return "has a '.' or '..' segment in its path"
    prefix = base.raw_path.partition(b"?")[0].rstrip(b"/")
    path = target.raw_path.partition(b"?")[0]
    if prefix and path != prefix and not path.startswith(prefix + b"/"):
        return f"is outside the base URL's path ({prefix.decode('ascii')}/)"
    return None


class _Page(Generic[ItemT]):
    """One page of a list: its items, its response, and where the next one is."""

    def __init__(
        self,
        series: _Series,
        items: list[ItemT],
        response: Response[Any],
        following: _Request | None,
    ) -> None:
        self._series = series
        self.items = items
        """The items of this page."""
        self.response = response
        """This page's whole response (status, headers, raw content, the parsed model)."""
        self._following = following

    def has_next_page(self) -> bool:
        """Whether there is a page after this one."""
        return self._following is not None

    def _next_request(self) -> _Request:
        if self._following is None:
            raise PaginationError(self._series.operation.name, "this is the last page")
        return self._following

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({len(self.items)} items of {self._series.operation.name}, "
            f"next page: {self.has_next_page()})"
        )


class SyncPage(_Page[ItemT]):
    """A page of a list operation; iterate it for every item of this page and the next ones."""

    @classmethod
    def first(
        cls,
        client: BaseClient,
        operation: Operation[Any],
        pagination: Pagination[ItemT],
        arguments: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> SyncPage[ItemT]:
        """Fetch and return the first page of ``operation`` called with ``arguments``."""
        series = _Series(client, operation, pagination, options)
        return cls._fetch(series, series.first(arguments))

    @classmethod
    def _fetch(cls, series: _Series, request: _Request) -> SyncPage[ItemT]:
        try:
            response, items, following = series.client.call(
                series.kwargs(request),
                functools.partial(series.page, request),
                options=series.options,
            )
        except (ValueError, TypeError) as error:
            if not request.following:
                raise
            raise series.unsendable(error) from None
        return cls(series, items, response, following)

    def next_page(self) -> SyncPage[ItemT]:
        """Fetch and return the next page (raises ``PaginationError`` after the last)."""
        return self._fetch(self._series, self._next_request())

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        """Yield this page and every following one, fetching each when asked for."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        return _sync_items(self._series, self.items, self._following)


class AsyncPage(_Page[ItemT]):
    """Async version of :class:`SyncPage`: ``async for item in page``."""

    @classmethod
    async def first(
        cls,
        client: BaseClient,
        operation: Operation[Any],
        pagination: Pagination[ItemT],
        arguments: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> AsyncPage[ItemT]:
        """Fetch and return the first page of ``operation`` called with ``arguments``."""
        series = _Series(client, operation, pagination, options)
        return await cls._fetch(series, series.first(arguments))

    @classmethod
    async def _fetch(cls, series: _Series, request: _Request) -> AsyncPage[ItemT]:
        try:
            response, items, following = await series.client.acall(
                series.kwargs(request),
                functools.partial(series.page, request),
                options=series.options,
            )
        except (ValueError, TypeError) as error:
            if not request.following:
                raise
            raise series.unsendable(error) from None
        return cls(series, items, response, following)

    async def next_page(self) -> AsyncPage[ItemT]:
        """Fetch and return the next page (raises ``PaginationError`` after the last)."""
        return await self._fetch(self._series, self._next_request())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        """Yield this page and every following one, fetching each when asked for."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return _async_items(self._series, self.items, self._following)


def _sync_items(series: _Series, items: list[Any], following: _Request | None) -> Iterator[Any]:
    """Every item from a page on. Only one page is referenced at a time: a page's items are
    dropped before the next page is fetched."""
    while True:
        yield from items
        del items
        if following is None:
            return
        page: SyncPage[Any] = SyncPage._fetch(series, following)
        items, following = page.items, page._following
        del page


async def _async_items(series: _Series, items: list[Any], following: _Request | None) -> AsyncIterator[Any]:
    while True:
        for item in items:
            yield item
        del items
        if following is None:
            return
        page: AsyncPage[Any] = await AsyncPage._fetch(series, following)
        items, following = page.items, page._following
        del page


class AsyncPaginator(Generic[ItemT]):
    """What an async list method returns: ``await`` it for the first page, or ``async for``
    over it for every item of every page."""

    def __init__(
        self,
        client: BaseClient,
        operation: Operation[Any],
        pagination: Pagination[ItemT],
        arguments: Mapping[str, Any],
        options: RequestOptions | None,
        *,
        raw: bool = False,
    ) -> None:
        self._first = (client, operation, pagination, dict(arguments), options)
        self._raw = raw

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._page().__await__()

    async def _page(self) -> AsyncPage[ItemT]:
        page: AsyncPage[ItemT] = await AsyncPage.first(*self._first)
        if self._raw:
            return dataclasses.replace(page.response, parsed=page)  # type: ignore[return-value]
        return page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        first = await AsyncPage.first(*self._first)
        every = aiter(first)
        del first
        async for item in every:
            yield item


def iterate(
    client: BaseClient,
    operation: PagedOperation[ItemT],
    params: Mapping[str, Any],
    max_items: int | None,
) -> Iterator[ItemT]:
    """Return a lazy iterator over every item (the first request happens on first ``next``)."""
    spec, arguments = _prepare(operation, params, max_items)

    def items() -> Iterator[ItemT]:
        if max_items == 0:
            return
        first = SyncPage.first(client, operation.OPERATION, spec, arguments, None)
        every = iter(first)
        del first
        for count, item in enumerate(every, start=1):
            yield item
            if max_items is not None and count >= max_items:
                return

    return items()


def aiterate(
    client: BaseClient,
    operation: PagedOperation[ItemT],
    params: Mapping[str, Any],
    max_items: int | None,
) -> AsyncIterator[ItemT]:
    """Async version of :func:`iterate`."""
    spec, arguments = _prepare(operation, params, max_items)

    async def items() -> AsyncIterator[ItemT]:
        if max_items == 0:
            return
        count = 0
        first = await AsyncPage.first(client, operation.OPERATION, spec, arguments, None)
        every = aiter(first)
        del first
        async for item in every:
            yield item
            count += 1
            if max_items is not None and count >= max_items:
                return

    return items()


def _prepare(
    operation: PagedOperation[ItemT], params: Mapping[str, Any], max_items: int | None
) -> tuple[Pagination[ItemT], dict[str, Any]]:
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be 0 or more, not {max_items}")
    spec = getattr(operation, "PAGINATION", None)
    if not isinstance(spec, Pagination):
        name = str(getattr(operation, "__name__", operation)).rpartition(".")[2]
        raise TypeError(f"{name} is not a paginated operation (it has no PAGINATION)")
    signature = inspect.signature(operation.sync_detailed).parameters
    arguments = {
        name: parameter.default
        for name, parameter in signature.items()
        if parameter.default is not inspect.Parameter.empty and name != "options"
    }
    unknown = sorted(set(params) - set(signature))
    if unknown:
        raise TypeError(f"{operation.OPERATION.name} has no argument {unknown[0]!r}")
    arguments.update(params)
    _check_size(spec, arguments)
    return spec, arguments


def _check_size(spec: Pagination[Any], arguments: Mapping[str, Any]) -> None:
    size = arguments.get(spec.size) if spec.size else None
    if isinstance(size, int) and not isinstance(size, bool) and size <= 0:
        raise ValueError(f"{spec.size} must be a positive integer to paginate, not {size}")


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


def _before(position: Any, current: Any) -> bool:
    numbers = (int, float)
    return isinstance(position, numbers) and isinstance(current, numbers) and position < current


def _items(value: Any, operation: str, path: str) -> list[Any]:
    if value is None or isinstance(value, Unset):
        return []
    if not isinstance(value, list):
        raise PaginationError(operation, f"the response's {path or 'body'} is not a list of items")
    return value


_LINK_SYNTAX = re.compile(r'[",\\]')
_REL = re.compile(r'(?:^|;)[ \t]*rel[ \t]*=[ \t]*(?:"([^"]*)"|([^;"]*))', re.IGNORECASE)


def _link_next(headers: Mapping[str, str]) -> str | None:
    """Return the ``rel="next"`` URL of an RFC 8288 ``Link`` header, if any."""
    links = headers.get_list("link") if isinstance(headers, httpx.Headers) else [headers.get("link", "")]
    for link in links:
        for url, parameters in _link_values(link):
            for quoted, bare in _REL.findall(parameters):
                if "next" in (quoted or bare).lower().split():
                    return url
    return None


def _link_values(header: str) -> Iterator[tuple[str, str]]:
    """Yield ``(URL, parameters)`` of each link of a ``Link`` header, in one pass over it
    (time linear in its length, whatever a server puts in it)."""
    position, size = 0, len(header)
    while True:
        start = header.find("<", position)
        end = header.find(">", start + 1) if start >= 0 else -1
        if end < 0:
            return
        # the parameters run to the next comma outside a quoted string
        cursor, quoted = end + 1, False
        while True:
            found = _LINK_SYNTAX.search(header, cursor)
            if found is None:
                cursor = size
                break
            char, cursor = found.group(), found.end()
            if char == "\\" and quoted:
                cursor += 1  # an escaped character inside a quoted string
            elif char == '"':
                quoted = not quoted
            elif char == "," and not quoted:
                cursor -= 1
                break
        yield header[start + 1 : end], header[end + 1 : cursor]
        position = cursor + 1

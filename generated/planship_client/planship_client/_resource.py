# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The base of the resources (``client.databases``): how their methods send an operation, and
``with_raw_response``, which returns the whole response of any method instead of its model."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from contextvars import ContextVar
from functools import wraps
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from ._arguments import checked
from ._pagination import AsyncPaginator, Pagination, SyncPage
from .types import RequestOptions, Response

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from ._operation import Operation

P = ParamSpec("P")
T = TypeVar("T")
ItemT = TypeVar("ItemT")

_RAW: ContextVar[bool] = ContextVar("planship_client_raw_response", default=False)
"""Set while a ``with_raw_response`` method runs: the resource returns the whole response."""


class SyncAPIResource:
    """A group of operations (a tag of the spec) on a client."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _check_arguments(cls)

    def _call(self, operation: Operation[T], arguments: Mapping[str, Any], options: RequestOptions | None) -> T:
        response = self._client.send(operation, arguments, options)
        return cast(T, response) if _RAW.get() else response.parsed

    def _page(
        self,
        operation: Operation[Any],
        pagination: Pagination[ItemT],
        arguments: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> SyncPage[ItemT]:
        page = SyncPage.first(self._client, operation, pagination, arguments, options)
        if _RAW.get():
            return cast(SyncPage[ItemT], dataclasses.replace(page.response, parsed=page))
        return page


class AsyncAPIResource:
    """Async version of :class:`SyncAPIResource`."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _check_arguments(cls)

    async def _call(self, operation: Operation[T], arguments: Mapping[str, Any], options: RequestOptions | None) -> T:
        response = await self._client.asend(operation, arguments, options)
        return cast(T, response) if _RAW.get() else response.parsed

    def _page(
        self,
        operation: Operation[Any],
        pagination: Pagination[ItemT],
        arguments: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> AsyncPaginator[ItemT]:
        return AsyncPaginator(self._client, operation, pagination, arguments, options, raw=_RAW.get())


def _check_arguments(resource: type) -> None:
    """Check the arguments of every method of ``resource`` (see ``_arguments.py``), naming the
    call as it is written: ``client.databases.get()``."""
    attribute = resource.__module__.rpartition(".")[2]  # resources/<attribute>.py
    for name, member in list(vars(resource).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(resource, name, checked(_named(f"client.{attribute}.{name}()"))(member))


def _named(call: str) -> Callable[[object], str]:
    return lambda _: call


def to_raw_response(method: Callable[P, T]) -> Callable[P, Response[T]]:
    """Return ``method`` returning the whole :class:`Response` (status, headers, raw content,
    ``.parse()``) instead of the model."""

    @wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        token = _RAW.set(True)
        try:
            return cast(Response[T], method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return raw


def to_async_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Coroutine[Any, Any, Response[T]]]:
    """Async version of :func:`to_raw_response`."""

    @wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        token = _RAW.set(True)
        try:
            return cast(Response[T], await method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return raw

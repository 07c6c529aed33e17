# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""How a stub gets in front of the clients: while one is active, the clients of this package
that it covers send every request to it instead of the network.

Four methods of ``BaseClient`` are wrapped for as long as a stub is active: ``request`` and
``arequest`` (one call of an operation: the stub learns which operation it is, and answers
all of the call's attempts alike, a 401 refresh included; the client's own retries are
switched off, so a stubbed error is raised at once), and ``get_httpx_client`` /
``get_async_httpx_client`` (an httpx client whose transport is the stub). Clients no stub
covers are untouched.
"""

from __future__ import annotations

import dataclasses
import threading
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .._base_client import BaseClient
from ..types import RequestOptions

if TYPE_CHECKING:
    from .responses import Served
    from .stubs import Stub


@dataclass
class CallScope:
    """One call of an operation by a client, across its attempts."""

    client: BaseClient
    operation: str | None
    """The operation's name (its module), None for a request sent outside a call."""
    served: Served | None = None
    """What the call's first request was answered; its other attempts get the same."""


_CALL: ContextVar[CallScope | None] = ContextVar("planetscale_client_stub_call", default=None)
_ACTIVE: list[Stub] = []
_LOCK = threading.Lock()
_ORIGINALS: dict[str, Any] = {}


def activate(stub: Stub) -> None:
    """Put ``stub`` in front of the clients it covers (the latest active stub wins)."""
    with _LOCK:
        if not _ACTIVE:
            for name, replacement in _REPLACEMENTS.items():
                _ORIGINALS[name] = getattr(BaseClient, name)
                setattr(BaseClient, name, replacement)
        _ACTIVE.append(stub)


def deactivate(stub: Stub) -> None:
    with _LOCK:
        if stub in _ACTIVE:
            _ACTIVE.remove(stub)
        if not _ACTIVE and _ORIGINALS:
            for name, original in _ORIGINALS.items():
                setattr(BaseClient, name, original)
            _ORIGINALS.clear()


def current_call(client: BaseClient) -> CallScope:
    """The call ``client`` is making in this thread or task (a new scope outside one)."""
    scope = _CALL.get()
    return scope if scope is not None and scope.client is client else CallScope(client, None)


def _covering(client: BaseClient) -> Stub | None:
    for stub in reversed(_ACTIVE):
        if stub._covers(client):
            return stub
    return None


def _single_attempt(options: RequestOptions | None) -> RequestOptions:
    return dataclasses.replace(options or RequestOptions(), max_retries=0)


def _request(self: BaseClient, kwargs: dict[str, Any], *, options: RequestOptions | None) -> httpx.Response:
    original = _ORIGINALS["request"]
    if _covering(self) is None:
        return original(self, kwargs, options=options)  # type: ignore[no-any-return]
    token = _CALL.set(CallScope(self, kwargs.get("operation")))
    try:
        return original(self, kwargs, options=_single_attempt(options))  # type: ignore[no-any-return]
    finally:
        _CALL.reset(token)


async def _arequest(self: BaseClient, kwargs: dict[str, Any], *, options: RequestOptions | None) -> httpx.Response:
    original = _ORIGINALS["arequest"]
    if _covering(self) is None:
        return await original(self, kwargs, options=options)  # type: ignore[no-any-return]
    token = _CALL.set(CallScope(self, kwargs.get("operation")))
    try:
        return await original(self, kwargs, options=_single_attempt(options))  # type: ignore[no-any-return]
    finally:
        _CALL.reset(token)


def _get_httpx_client(self: BaseClient) -> httpx.Client:
    stub = _covering(self)
    if stub is None:
        return _ORIGINALS["get_httpx_client"](self)  # type: ignore[no-any-return]
    self._check_open()
    return stub._http_for(self)


def _get_async_httpx_client(self: BaseClient) -> httpx.AsyncClient:
    stub = _covering(self)
    if stub is None:
        return _ORIGINALS["get_async_httpx_client"](self)  # type: ignore[no-any-return]
    self._check_open()
    return stub._async_http_for(self)


_REPLACEMENTS: dict[str, Any] = {
    "request": _request,
    "arequest": _arequest,
    "get_httpx_client": _get_httpx_client,
    "get_async_httpx_client": _get_async_httpx_client,
}

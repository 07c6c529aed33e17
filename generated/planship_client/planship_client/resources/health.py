# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.health``"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.health import health as _health
from ..types import RequestOptions


class Health(SyncAPIResource):
    """``client.health``
    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def check(self, *, options: RequestOptions | None = None) -> Any:
        """Health

        Basic health check

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(_health.OPERATION, {}, options)

    @cached_property
    def with_raw_response(self) -> HealthRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return HealthRaw(self)


class AsyncHealth(AsyncAPIResource):
    """``async_client.health``
    The same methods as ``Health``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def check(self, *, options: RequestOptions | None = None) -> Any:
        """Health: see ``Health.check``."""
        return await self._call(_health.OPERATION, {}, options)

    @cached_property
    def with_raw_response(self) -> AsyncHealthRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncHealthRaw(self)


class HealthRaw:
    """``client.health.with_raw_response``."""

    def __init__(self, resource: Health) -> None:
        self.check = to_raw_response(resource.check)


class AsyncHealthRaw:
    """``async_client.health.with_raw_response``."""

    def __init__(self, resource: AsyncHealth) -> None:
        self.check = to_async_raw_response(resource.check)

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

        ``GET /api/v1/health`` (functional layer: ``api.health.health.sync``).

        Basic health check

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Any``, read from the response body.

        Raises:
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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
        """Health

        ``GET /api/v1/health`` (functional layer: ``api.health.health.asyncio``).

        Basic health check

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Any``, read from the response body.

        Raises:
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

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

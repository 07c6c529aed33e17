# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.health``"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.health import health
from ..types import RequestOptions


class Health(SyncAPIResource):
    """``client.health``"""

    def check(self, *, options: RequestOptions | None = None) -> Any:
        """Health

        Basic health check

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            Any

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(health.OPERATION, {}, options)

    @cached_property
    def with_raw_response(self) -> HealthWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return HealthWithRawResponse(self)


class AsyncHealth(AsyncAPIResource):
    """``async_client.health``"""

    async def check(self, *, options: RequestOptions | None = None) -> Any:
        """Health

        Basic health check

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            Any

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(health.OPERATION, {}, options)

    @cached_property
    def with_raw_response(self) -> AsyncHealthWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncHealthWithRawResponse(self)


class HealthWithRawResponse:
    """``client.health.with_raw_response``."""

    def __init__(self, resource: Health) -> None:
        self.check = to_raw_response(resource.check)


class AsyncHealthWithRawResponse:
    """``async_client.health.with_raw_response``."""

    def __init__(self, resource: AsyncHealth) -> None:
        self.check = to_async_raw_response(resource.check)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.auth``"""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.auth import get_access_token as _get_access_token
from ..models.token_response import TokenResponse
from ..types import RequestOptions


class Auth(SyncAPIResource):
    """``client.auth``
    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def get_access_token(self, *, options: RequestOptions | None = None) -> TokenResponse:
        """Get Access Token

        Obtain an access token for client credentials

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(_get_access_token.OPERATION, {}, options)

    @cached_property
    def with_raw_response(self) -> AuthRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AuthRaw(self)


class AsyncAuth(AsyncAPIResource):
    """``async_client.auth``
    The same methods as ``Auth``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def get_access_token(self, *, options: RequestOptions | None = None) -> TokenResponse:
        """Get Access Token: see ``Auth.get_access_token``."""
        return await self._call(_get_access_token.OPERATION, {}, options)

    @cached_property
    def with_raw_response(self) -> AsyncAuthRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncAuthRaw(self)


class AuthRaw:
    """``client.auth.with_raw_response``."""

    def __init__(self, resource: Auth) -> None:
        self.get_access_token = to_raw_response(resource.get_access_token)


class AsyncAuthRaw:
    """``async_client.auth.with_raw_response``."""

    def __init__(self, resource: AsyncAuth) -> None:
        self.get_access_token = to_async_raw_response(resource.get_access_token)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.auth``"""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.auth import get_access_token
from ..models.token_response import TokenResponse
from ..types import RequestOptions


class Auth(SyncAPIResource):
    """``client.auth``"""

    def get_access_token(self, *, options: RequestOptions | None = None) -> TokenResponse:
        """Get Access Token

        Obtain an access token for client credentials

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            TokenResponse

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(get_access_token.OPERATION, {}, options)

    @cached_property
    def with_raw_response(self) -> AuthWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AuthWithRawResponse(self)


class AsyncAuth(AsyncAPIResource):
    """``async_client.auth``"""

    async def get_access_token(self, *, options: RequestOptions | None = None) -> TokenResponse:
        """Get Access Token

        Obtain an access token for client credentials

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            TokenResponse

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(get_access_token.OPERATION, {}, options)

    @cached_property
    def with_raw_response(self) -> AsyncAuthWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncAuthWithRawResponse(self)


class AuthWithRawResponse:
    """``client.auth.with_raw_response``."""

    def __init__(self, resource: Auth) -> None:
        self.get_access_token = to_raw_response(resource.get_access_token)


class AsyncAuthWithRawResponse:
    """``async_client.auth.with_raw_response``."""

    def __init__(self, resource: AsyncAuth) -> None:
        self.get_access_token = to_async_raw_response(resource.get_access_token)

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

        ``POST /api/v1/auth/token`` (functional layer: ``api.auth.get_access_token.sync``).

        Obtain an access token for client credentials

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``TokenResponse``, read from the response body.

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
        """Get Access Token

        ``POST /api/v1/auth/token`` (functional layer: ``api.auth.get_access_token.asyncio``).

        Obtain an access token for client credentials

        Args:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``TokenResponse``, read from the response body.

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

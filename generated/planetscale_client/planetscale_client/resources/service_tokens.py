# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.service_tokens``: Manage service tokens for API authentication, including creating, listing, and deleting tokens and their access grants."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.service_tokens import create_service_token as _create_service_token
from ..api.service_tokens import create_service_token_access as _create_service_token_access
from ..api.service_tokens import delete_service_token as _delete_service_token
from ..api.service_tokens import get_service_token as _get_service_token
from ..api.service_tokens import list_service_token_accesses as _list_service_token_accesses
from ..api.service_tokens import list_service_tokens as _list_service_tokens
from ..models.create_service_token_access_body import CreateServiceTokenAccessBody
from ..models.create_service_token_body import CreateServiceTokenBody
from ..models.service_token import ServiceToken
from ..models.service_token_access import ServiceTokenAccess
from ..models.service_token_access_list import ServiceTokenAccessList
from ..models.service_token_list import ServiceTokenList
from ..models.service_token_with_plaintext import ServiceTokenWithPlaintext
from ..types import UNSET, RequestOptions, Unset


class ServiceTokens(SyncAPIResource):
    """``client.service_tokens``: Manage service tokens for API authentication, including creating, listing, and deleting tokens and their access grants.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(self, organization: str, *, options: RequestOptions | None = None) -> ServiceTokenList:
        """List service tokens

        ``GET /organizations/{organization}/service-tokens`` (functional layer: ``api.service_tokens.list_service_tokens.sync``).

        Returns a list of all service tokens for the specified organization.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceTokenList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
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

        return self._call(_list_service_tokens.OPERATION, {"organization": organization}, options)

    def create(
        self, organization: str, *, name: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> ServiceTokenWithPlaintext:
        """Create a service token

        ``POST /organizations/{organization}/service-tokens`` (functional layer: ``api.service_tokens.create_service_token.sync``).

        Creates a new service token for API authentication. The token value is only returned once
        during creation.

        Args:
            organization: The name of the organization.
            name: A descriptive name for the service token.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceTokenWithPlaintext``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
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

        body = CreateServiceTokenBody(name=name)
        return self._call(_create_service_token.OPERATION, {"organization": organization, "body": body}, options)

    def get(self, organization: str, service_token_id: str, *, options: RequestOptions | None = None) -> ServiceToken:
        """Get a service token

        ``GET /organizations/{organization}/service-tokens/{service_token_id}`` (functional layer: ``api.service_tokens.get_service_token.sync``).

        Returns details about a specific service token. The token value is not included.

        Args:
            organization: The name of the organization.
            service_token_id: The ID of the service token.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceToken``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
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

        return self._call(
            _get_service_token.OPERATION, {"organization": organization, "service_token_id": service_token_id}, options
        )

    def delete(self, organization: str, service_token_id: str, *, options: RequestOptions | None = None) -> Any:
        """Delete a service token

        ``DELETE /organizations/{organization}/service-tokens/{service_token_id}`` (functional layer: ``api.service_tokens.delete_service_token.sync``).

        Deletes a service token, revoking all API access associated with it.

        Args:
            organization: The name of the organization.
            service_token_id: The ID of the service token.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Any``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
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

        return self._call(
            _delete_service_token.OPERATION,
            {"organization": organization, "service_token_id": service_token_id},
            options,
        )

    def list_accesses(
        self, organization: str, service_token_id: str, *, options: RequestOptions | None = None
    ) -> ServiceTokenAccessList:
        """List service token accesses

        ``GET /organizations/{organization}/service-tokens/{service_token_id}/accesses`` (functional layer: ``api.service_tokens.list_service_token_accesses.sync``).

        Returns a list of access grants for a specific service token.

        Args:
            organization: The name of the organization.
            service_token_id: The ID of the service token.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceTokenAccessList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
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

        return self._call(
            _list_service_token_accesses.OPERATION,
            {"organization": organization, "service_token_id": service_token_id},
            options,
        )

    def create_access(
        self,
        organization: str,
        service_token_id: str,
        *,
        access: str,
        database: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ServiceTokenAccess:
        """Grant service token access

        ``POST /organizations/{organization}/service-tokens/{service_token_id}/accesses`` (functional layer: ``api.service_tokens.create_service_token_access.sync``).

        Grants a specific access permission to a service token for a database or organization
        resource.

        Args:
            organization: The name of the organization.
            service_token_id: The ID of the service token.
            access: The permission to grant.
            database: The database to scope the access to. If omitted, access applies to all
                databases.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceTokenAccess``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
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

        body = CreateServiceTokenAccessBody(access=access, database=database)
        return self._call(
            _create_service_token_access.OPERATION,
            {"organization": organization, "service_token_id": service_token_id, "body": body},
            options,
        )

    @cached_property
    def with_raw_response(self) -> ServiceTokensRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return ServiceTokensRaw(self)


class AsyncServiceTokens(AsyncAPIResource):
    """``async_client.service_tokens``: Manage service tokens for API authentication, including creating, listing, and deleting tokens and their access grants.

    The same methods as ``ServiceTokens``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list(self, organization: str, *, options: RequestOptions | None = None) -> ServiceTokenList:
        """List service tokens

        ``GET /organizations/{organization}/service-tokens`` (functional layer: ``api.service_tokens.list_service_tokens.asyncio``).

        Returns a list of all service tokens for the specified organization.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceTokenList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
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

        return await self._call(_list_service_tokens.OPERATION, {"organization": organization}, options)

    async def create(
        self, organization: str, *, name: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> ServiceTokenWithPlaintext:
        """Create a service token

        ``POST /organizations/{organization}/service-tokens`` (functional layer: ``api.service_tokens.create_service_token.asyncio``).

        Creates a new service token for API authentication. The token value is only returned once
        during creation.

        Args:
            organization: The name of the organization.
            name: A descriptive name for the service token.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceTokenWithPlaintext``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
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

        body = CreateServiceTokenBody(name=name)
        return await self._call(_create_service_token.OPERATION, {"organization": organization, "body": body}, options)

    async def get(
        self, organization: str, service_token_id: str, *, options: RequestOptions | None = None
    ) -> ServiceToken:
        """Get a service token

        ``GET /organizations/{organization}/service-tokens/{service_token_id}`` (functional layer: ``api.service_tokens.get_service_token.asyncio``).

        Returns details about a specific service token. The token value is not included.

        Args:
            organization: The name of the organization.
            service_token_id: The ID of the service token.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceToken``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
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

        return await self._call(
            _get_service_token.OPERATION, {"organization": organization, "service_token_id": service_token_id}, options
        )

    async def delete(self, organization: str, service_token_id: str, *, options: RequestOptions | None = None) -> Any:
        """Delete a service token

        ``DELETE /organizations/{organization}/service-tokens/{service_token_id}`` (functional layer: ``api.service_tokens.delete_service_token.asyncio``).

        Deletes a service token, revoking all API access associated with it.

        Args:
            organization: The name of the organization.
            service_token_id: The ID of the service token.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Any``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
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

        return await self._call(
            _delete_service_token.OPERATION,
            {"organization": organization, "service_token_id": service_token_id},
            options,
        )

    async def list_accesses(
        self, organization: str, service_token_id: str, *, options: RequestOptions | None = None
    ) -> ServiceTokenAccessList:
        """List service token accesses

        ``GET /organizations/{organization}/service-tokens/{service_token_id}/accesses`` (functional layer: ``api.service_tokens.list_service_token_accesses.asyncio``).

        Returns a list of access grants for a specific service token.

        Args:
            organization: The name of the organization.
            service_token_id: The ID of the service token.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceTokenAccessList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
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

        return await self._call(
            _list_service_token_accesses.OPERATION,
            {"organization": organization, "service_token_id": service_token_id},
            options,
        )

    async def create_access(
        self,
        organization: str,
        service_token_id: str,
        *,
        access: str,
        database: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ServiceTokenAccess:
        """Grant service token access

        ``POST /organizations/{organization}/service-tokens/{service_token_id}/accesses`` (functional layer: ``api.service_tokens.create_service_token_access.asyncio``).

        Grants a specific access permission to a service token for a database or organization
        resource.

        Args:
            organization: The name of the organization.
            service_token_id: The ID of the service token.
            access: The permission to grant.
            database: The database to scope the access to. If omitted, access applies to all
                databases.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``ServiceTokenAccess``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
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

        body = CreateServiceTokenAccessBody(access=access, database=database)
        return await self._call(
            _create_service_token_access.OPERATION,
            {"organization": organization, "service_token_id": service_token_id, "body": body},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncServiceTokensRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncServiceTokensRaw(self)


class ServiceTokensRaw:
    """``client.service_tokens.with_raw_response``."""

    def __init__(self, resource: ServiceTokens) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.list_accesses = to_raw_response(resource.list_accesses)
        self.create_access = to_raw_response(resource.create_access)


class AsyncServiceTokensRaw:
    """``async_client.service_tokens.with_raw_response``."""

    def __init__(self, resource: AsyncServiceTokens) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.list_accesses = to_async_raw_response(resource.list_accesses)
        self.create_access = to_async_raw_response(resource.create_access)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.entitlements``"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.entitlements import get_product_entitlements_for_customer as _get_product_entitlements_for_customer
from ..types import RequestOptions


class Entitlements(SyncAPIResource):
    """``client.entitlements``

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def get(self, customer_id: str, product_slug: str, *, options: RequestOptions | None = None) -> dict[str, Any]:
        """Get Product Entitlements For Customer

        ``GET /api/v1/customers/{customer_id}/products/{product_slug}/entitlements`` (functional layer: ``api.entitlements.get_product_entitlements_for_customer.sync``).

        List all entitlements for the customer with a given id and the product with a given slug.
        Entitlements are returned as a dictionary keyed by lever slugs.

        Args:
            customer_id:
            product_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``dict[str, Any]``, read from the response body.

        Raises:
            UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
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
            _get_product_entitlements_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug},
            options,
        )

    @cached_property
    def with_raw_response(self) -> EntitlementsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return EntitlementsRaw(self)


class AsyncEntitlements(AsyncAPIResource):
    """``async_client.entitlements``

    The same methods as ``Entitlements``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def get(
        self, customer_id: str, product_slug: str, *, options: RequestOptions | None = None
    ) -> dict[str, Any]:
        """Get Product Entitlements For Customer

        ``GET /api/v1/customers/{customer_id}/products/{product_slug}/entitlements`` (functional layer: ``api.entitlements.get_product_entitlements_for_customer.asyncio``).

        List all entitlements for the customer with a given id and the product with a given slug.
        Entitlements are returned as a dictionary keyed by lever slugs.

        Args:
            customer_id:
            product_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``dict[str, Any]``, read from the response body.

        Raises:
            UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
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
            _get_product_entitlements_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncEntitlementsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncEntitlementsRaw(self)


class EntitlementsRaw:
    """``client.entitlements.with_raw_response``."""

    def __init__(self, resource: Entitlements) -> None:
        self.get = to_raw_response(resource.get)


class AsyncEntitlementsRaw:
    """``async_client.entitlements.with_raw_response``."""

    def __init__(self, resource: AsyncEntitlements) -> None:
        self.get = to_async_raw_response(resource.get)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.entitlements``"""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.entitlements import get_product_entitlements_for_customer
from ..models.entitlements_response_schema import EntitlementsResponseSchema
from ..types import RequestOptions


class Entitlements(SyncAPIResource):
    """``client.entitlements``"""

    def get(
        self, customer_id: str, product_slug: str, *, options: RequestOptions | None = None
    ) -> EntitlementsResponseSchema:
        """Get Product Entitlements For Customer

        List all entitlements for the customer with a given id and the product with a given slug.
        Entitlements are returned as a dictionary keyed by lever slugs.

        Args:
            customer_id:
            product_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            EntitlementsResponseSchema

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(
            get_product_entitlements_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug},
            options,
        )

    @cached_property
    def with_raw_response(self) -> EntitlementsWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return EntitlementsWithRawResponse(self)


class AsyncEntitlements(AsyncAPIResource):
    """``async_client.entitlements``"""

    async def get(
        self, customer_id: str, product_slug: str, *, options: RequestOptions | None = None
    ) -> EntitlementsResponseSchema:
        """Get Product Entitlements For Customer

        List all entitlements for the customer with a given id and the product with a given slug.
        Entitlements are returned as a dictionary keyed by lever slugs.

        Args:
            customer_id:
            product_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            EntitlementsResponseSchema

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(
            get_product_entitlements_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncEntitlementsWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncEntitlementsWithRawResponse(self)


class EntitlementsWithRawResponse:
    """``client.entitlements.with_raw_response``."""

    def __init__(self, resource: Entitlements) -> None:
        self.get = to_raw_response(resource.get)


class AsyncEntitlementsWithRawResponse:
    """``async_client.entitlements.with_raw_response``."""

    def __init__(self, resource: AsyncEntitlements) -> None:
        self.get = to_async_raw_response(resource.get)

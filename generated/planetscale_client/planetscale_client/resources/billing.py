# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.billing``: Access organization billing data and invoices programmatically."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.billing import list_invoices
from ..models.list_invoices_response_200 import ListInvoicesResponse200
from ..types import RequestOptions


class Billing(SyncAPIResource):
    """``client.billing``: Access organization billing data and invoices programmatically."""

    def list_invoices(self, organization: str, *, options: RequestOptions | None = None) -> ListInvoicesResponse200:
        """List invoices

        Returns a list of invoices for the specified organization. Requires OAuth or service token
        with billing access.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListInvoicesResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return self._call(list_invoices.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> BillingWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return BillingWithRawResponse(self)


class AsyncBilling(AsyncAPIResource):
    """``async_client.billing``: Access organization billing data and invoices programmatically."""

    async def list_invoices(
        self, organization: str, *, options: RequestOptions | None = None
    ) -> ListInvoicesResponse200:
        """List invoices

        Returns a list of invoices for the specified organization. Requires OAuth or service token
        with billing access.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ListInvoicesResponse200

        Raises:
            APIStatusError: A non-2xx status (after retries); the subclass says which
                (``NotFoundError``, ``RateLimitError``...) and ``.body`` has the error model.
            APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
            APIResponseValidationError: The response does not match the documented model.
        """

        return await self._call(list_invoices.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> AsyncBillingWithRawResponse:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncBillingWithRawResponse(self)


class BillingWithRawResponse:
    """``client.billing.with_raw_response``."""

    def __init__(self, resource: Billing) -> None:
        self.list_invoices = to_raw_response(resource.list_invoices)


class AsyncBillingWithRawResponse:
    """``async_client.billing.with_raw_response``."""

    def __init__(self, resource: AsyncBilling) -> None:
        self.list_invoices = to_async_raw_response(resource.list_invoices)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.billing``: Access organization billing data and invoices programmatically."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.billing import list_invoices as _list_invoices
from ..models.invoice_list import InvoiceList
from ..types import RequestOptions


class Billing(SyncAPIResource):
    """``client.billing``: Access organization billing data and invoices programmatically.

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list_invoices(self, organization: str, *, options: RequestOptions | None = None) -> InvoiceList:
        """List invoices

        ``GET /organizations/{organization}/invoices`` (functional layer: ``api.billing.list_invoices.sync``).

        Returns a list of invoices for the specified organization. Requires OAuth or service token
        with billing access.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``InvoiceList``, read from the response body.

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

        return self._call(_list_invoices.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> BillingRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return BillingRaw(self)


class AsyncBilling(AsyncAPIResource):
    """``async_client.billing``: Access organization billing data and invoices programmatically.

    The same methods as ``Billing``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list_invoices(self, organization: str, *, options: RequestOptions | None = None) -> InvoiceList:
        """List invoices

        ``GET /organizations/{organization}/invoices`` (functional layer: ``api.billing.list_invoices.asyncio``).

        Returns a list of invoices for the specified organization. Requires OAuth or service token
        with billing access.

        Args:
            organization: The name of the organization.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``InvoiceList``, read from the response body.

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

        return await self._call(_list_invoices.OPERATION, {"organization": organization}, options)

    @cached_property
    def with_raw_response(self) -> AsyncBillingRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncBillingRaw(self)


class BillingRaw:
    """``client.billing.with_raw_response``."""

    def __init__(self, resource: Billing) -> None:
        self.list_invoices = to_raw_response(resource.list_invoices)


class AsyncBillingRaw:
    """``async_client.billing.with_raw_response``."""

    def __init__(self, resource: AsyncBilling) -> None:
        self.list_invoices = to_async_raw_response(resource.list_invoices)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.metered_usage``"""

from __future__ import annotations

from functools import cached_property
from uuid import UUID

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.metered_usage import get_lever_usage_for_customer as _get_lever_usage_for_customer
from ..api.metered_usage import get_metering_id_levers_usage_for_customer as _get_metering_id_levers_usage_for_customer
from ..api.metered_usage import report_metered_usage_for_customer as _report_metered_usage_for_customer
from ..models.get_metering_id_levers_usage_response import GetMeteringIdLeversUsageResponse
from ..models.lever_usage import LeverUsage
from ..models.metered_usage_in import MeteredUsageIn
from ..models.metering_record import MeteringRecord
from ..types import UNSET, RequestOptions, Unset


class MeteredUsage(SyncAPIResource):
    """``client.metered_usage``

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def get_levers_usage(
        self, customer_id: str, product_slug: str, metering_id: str, *, options: RequestOptions | None = None
    ) -> GetMeteringIdLeversUsageResponse:
        """Get Metering Id Levers Usage For Customer

        ``GET /api/v1/customers/{customer_id}/products/{product_slug}/usage/{metering_id}`` (functional layer: ``api.metered_usage.get_metering_id_levers_usage_for_customer.sync``).

        Args:
            customer_id:
            product_slug:
            metering_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``GetMeteringIdLeversUsageResponse``, read from the response body.

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
            _get_metering_id_levers_usage_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug, "metering_id": metering_id},
            options,
        )

    def report(
        self,
        customer_id: str,
        product_slug: str,
        metering_id: str,
        *,
        usage: int,
        subscription_id: UUID | Unset = UNSET,
        bucket: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> MeteringRecord:
        """Report Metered Usage For Customer

        ``POST /api/v1/customers/{customer_id}/products/{product_slug}/usage/{metering_id}`` (functional layer: ``api.metered_usage.report_metered_usage_for_customer.sync``).

        Args:
            customer_id:
            product_slug:
            metering_id:
            usage:
            subscription_id:
            bucket:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``MeteringRecord``, read from the response body.

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

        body = MeteredUsageIn(usage=usage, subscription_id=subscription_id, bucket=bucket)
        return self._call(
            _report_metered_usage_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug, "metering_id": metering_id, "body": body},
            options,
        )

    def get_lever_usage(
        self, customer_id: str, product_slug: str, lever_slug: str, *, options: RequestOptions | None = None
    ) -> LeverUsage:
        """Get Lever Usage For Customer

        ``GET /api/v1/customers/{customer_id}/products/{product_slug}/levers/{lever_slug}/usage`` (functional layer: ``api.metered_usage.get_lever_usage_for_customer.sync``).

        Args:
            customer_id:
            product_slug:
            lever_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``LeverUsage``, read from the response body.

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
            _get_lever_usage_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug, "lever_slug": lever_slug},
            options,
        )

    @cached_property
    def with_raw_response(self) -> MeteredUsageRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return MeteredUsageRaw(self)


class AsyncMeteredUsage(AsyncAPIResource):
    """``async_client.metered_usage``

    The same methods as ``MeteredUsage``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def get_levers_usage(
        self, customer_id: str, product_slug: str, metering_id: str, *, options: RequestOptions | None = None
    ) -> GetMeteringIdLeversUsageResponse:
        """Get Metering Id Levers Usage For Customer

        ``GET /api/v1/customers/{customer_id}/products/{product_slug}/usage/{metering_id}`` (functional layer: ``api.metered_usage.get_metering_id_levers_usage_for_customer.asyncio``).

        Args:
            customer_id:
            product_slug:
            metering_id:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``GetMeteringIdLeversUsageResponse``, read from the response body.

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
            _get_metering_id_levers_usage_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug, "metering_id": metering_id},
            options,
        )

    async def report(
        self,
        customer_id: str,
        product_slug: str,
        metering_id: str,
        *,
        usage: int,
        subscription_id: UUID | Unset = UNSET,
        bucket: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> MeteringRecord:
        """Report Metered Usage For Customer

        ``POST /api/v1/customers/{customer_id}/products/{product_slug}/usage/{metering_id}`` (functional layer: ``api.metered_usage.report_metered_usage_for_customer.asyncio``).

        Args:
            customer_id:
            product_slug:
            metering_id:
            usage:
            subscription_id:
            bucket:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``MeteringRecord``, read from the response body.

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

        body = MeteredUsageIn(usage=usage, subscription_id=subscription_id, bucket=bucket)
        return await self._call(
            _report_metered_usage_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug, "metering_id": metering_id, "body": body},
            options,
        )

    async def get_lever_usage(
        self, customer_id: str, product_slug: str, lever_slug: str, *, options: RequestOptions | None = None
    ) -> LeverUsage:
        """Get Lever Usage For Customer

        ``GET /api/v1/customers/{customer_id}/products/{product_slug}/levers/{lever_slug}/usage`` (functional layer: ``api.metered_usage.get_lever_usage_for_customer.asyncio``).

        Args:
            customer_id:
            product_slug:
            lever_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``LeverUsage``, read from the response body.

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
            _get_lever_usage_for_customer.OPERATION,
            {"customer_id": customer_id, "product_slug": product_slug, "lever_slug": lever_slug},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncMeteredUsageRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncMeteredUsageRaw(self)


class MeteredUsageRaw:
    """``client.metered_usage.with_raw_response``."""

    def __init__(self, resource: MeteredUsage) -> None:
        self.get_levers_usage = to_raw_response(resource.get_levers_usage)
        self.report = to_raw_response(resource.report)
        self.get_lever_usage = to_raw_response(resource.get_lever_usage)


class AsyncMeteredUsageRaw:
    """``async_client.metered_usage.with_raw_response``."""

    def __init__(self, resource: AsyncMeteredUsage) -> None:
        self.get_levers_usage = to_async_raw_response(resource.get_levers_usage)
        self.report = to_async_raw_response(resource.report)
        self.get_lever_usage = to_async_raw_response(resource.get_lever_usage)

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.public``"""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.public import get_public_plan as _get_public_plan
from ..api.public import list_public_plans as _list_public_plans
from ..models.plan import Plan
from ..models.plan_in_list import PlanInList
from ..types import RequestOptions


class Public(SyncAPIResource):
    """``client.public``

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list_plans(
        self, organization_slug: str, product_slug: str, *, options: RequestOptions | None = None
    ) -> list[PlanInList]:
        """List Public Plans

        ``GET /api/v1/public/{organization_slug}/{product_slug}/plans`` (functional layer: ``api.public.list_public_plans.sync``).

        Args:
            organization_slug:
            product_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[PlanInList]``, read from the response body.

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
            _list_public_plans.OPERATION,
            {"organization_slug": organization_slug, "product_slug": product_slug},
            options,
        )

    def get_plan(
        self, organization_slug: str, product_slug: str, plan_slug: str, *, options: RequestOptions | None = None
    ) -> Plan:
        """Get Public Plan

        ``GET /api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}`` (functional layer: ``api.public.get_public_plan.sync``).

        Args:
            organization_slug:
            product_slug:
            plan_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Plan``, read from the response body.

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
            _get_public_plan.OPERATION,
            {"organization_slug": organization_slug, "product_slug": product_slug, "plan_slug": plan_slug},
            options,
        )

    @cached_property
    def with_raw_response(self) -> PublicRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return PublicRaw(self)


class AsyncPublic(AsyncAPIResource):
    """``async_client.public``

    The same methods as ``Public``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    async def list_plans(
        self, organization_slug: str, product_slug: str, *, options: RequestOptions | None = None
    ) -> list[PlanInList]:
        """List Public Plans

        ``GET /api/v1/public/{organization_slug}/{product_slug}/plans`` (functional layer: ``api.public.list_public_plans.asyncio``).

        Args:
            organization_slug:
            product_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[PlanInList]``, read from the response body.

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
            _list_public_plans.OPERATION,
            {"organization_slug": organization_slug, "product_slug": product_slug},
            options,
        )

    async def get_plan(
        self, organization_slug: str, product_slug: str, plan_slug: str, *, options: RequestOptions | None = None
    ) -> Plan:
        """Get Public Plan

        ``GET /api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}`` (functional layer: ``api.public.get_public_plan.asyncio``).

        Args:
            organization_slug:
            product_slug:
            plan_slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Plan``, read from the response body.

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
            _get_public_plan.OPERATION,
            {"organization_slug": organization_slug, "product_slug": product_slug, "plan_slug": plan_slug},
            options,
        )

    @cached_property
    def with_raw_response(self) -> AsyncPublicRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncPublicRaw(self)


class PublicRaw:
    """``client.public.with_raw_response``."""

    def __init__(self, resource: Public) -> None:
        self.list_plans = to_raw_response(resource.list_plans)
        self.get_plan = to_raw_response(resource.get_plan)


class AsyncPublicRaw:
    """``async_client.public.with_raw_response``."""

    def __init__(self, resource: AsyncPublic) -> None:
        self.list_plans = to_async_raw_response(resource.list_plans)
        self.get_plan = to_async_raw_response(resource.get_plan)

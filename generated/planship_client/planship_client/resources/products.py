# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.products``"""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import Any

from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.products import create_plan_subscription as _create_plan_subscription
from ..api.products import get_product as _get_product
from ..api.products import get_product_lever as _get_product_lever
from ..api.products import get_product_plan as _get_product_plan
from ..api.products import get_product_plan_entitlements as _get_product_plan_entitlements
from ..api.products import list_product_levers as _list_product_levers
from ..api.products import list_product_plans as _list_product_plans
from ..api.products import list_products as _list_products
from ..models.id_name_orm_base import IdNameOrmBase
from ..models.id_name_slug_orm_base import IdNameSlugOrmBase
from ..models.lever import Lever
from ..models.plan import Plan
from ..models.plan_in_list import PlanInList
from ..models.plan_subscription_create import PlanSubscriptionCreate
from ..models.product import Product
from ..models.subscription_with_plan import SubscriptionWithPlan
from ..types import UNSET, RequestOptions, Unset


class Products(SyncAPIResource):
    """``client.products``

    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(
        self, *, limit: int | Unset = 100, skip: int | Unset = 0, options: RequestOptions | None = None
    ) -> SyncPage[IdNameSlugOrmBase]:
        """List Products

        ``GET /api/v1/products`` (functional layer: ``api.products.list_products.sync``).

        List all products in the current organization. Organization is determined by the Planship
        API auth token.

        Args:
            limit:
            skip:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SyncPage[IdNameSlugOrmBase]``: the first page; iterate it for every item of
                every page, fetched as needed.

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

        return self._page(_list_products.OPERATION, _list_products.PAGINATION, {"limit": limit, "skip": skip}, options)

    def get(self, slug: str, *, options: RequestOptions | None = None) -> Product:
        """Get Product

        ``GET /api/v1/products/{slug}`` (functional layer: ``api.products.get_product.sync``).

        Get a product with a given slug in the current organization. Organization is determined by
        the Planship API auth token.

        Args:
            slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Product``, read from the response body.

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

        return self._call(_get_product.OPERATION, {"slug": slug}, options)

    def list_levers(self, slug: str, *, options: RequestOptions | None = None) -> builtins.list[IdNameSlugOrmBase]:
        """List Product Levers

        ``GET /api/v1/products/{slug}/levers`` (functional layer: ``api.products.list_product_levers.sync``).

        List all levers for the product with a given slug in the current organization. Organization
        is determined by the Planship API auth token.

        Args:
            slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[IdNameSlugOrmBase]``, read from the response body.

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

        return self._call(_list_product_levers.OPERATION, {"slug": slug}, options)

    def get_lever(self, product_slug: str, slug: str, *, options: RequestOptions | None = None) -> Lever:
        """Get Product Lever

        ``GET /api/v1/products/{product_slug}/levers/{slug}`` (functional layer: ``api.products.get_product_lever.sync``).

        Get the product lever for given product and lever slugs in the current organization.
        Organization is determined by the Planship API auth token.

        Args:
            product_slug:
            slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Lever``, read from the response body.

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

        return self._call(_get_product_lever.OPERATION, {"product_slug": product_slug, "slug": slug}, options)

    def list_plans(
        self,
        slug: str,
        *,
        order_by: str | Unset = UNSET,
        public_only: bool | Unset = False,
        options: RequestOptions | None = None,
    ) -> builtins.list[PlanInList]:
        """List Product Plans

        ``GET /api/v1/products/{slug}/plans`` (functional layer: ``api.products.list_product_plans.sync``).

        List all plans for the product with a given slug in the current organization. Organization
        is determined by the Planship API auth token.

        Args:
            slug:
            order_by:
            public_only:
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
            _list_product_plans.OPERATION, {"slug": slug, "order_by": order_by, "public_only": public_only}, options
        )

    def get_plan(self, product_slug: str, slug: str, *, options: RequestOptions | None = None) -> Plan:
        """Get Product Plan

        ``GET /api/v1/products/{product_slug}/plans/{slug}`` (functional layer: ``api.products.get_product_plan.sync``).

        Get the product plan for given product and lever slugs in the current organization.
        Organization is determined by the Planship API auth token.

        Args:
            product_slug:
            slug:
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

        return self._call(_get_product_plan.OPERATION, {"product_slug": product_slug, "slug": slug}, options)

    def get_plan_entitlements(
        self, product_slug: str, slug: str, *, options: RequestOptions | None = None
    ) -> builtins.list[IdNameOrmBase]:
        """Get Product Plan Entitlements

        ``GET /api/v1/products/{product_slug}/plans/{slug}/entitlements`` (functional layer: ``api.products.get_product_plan_entitlements.sync``).

        List all entitlements for the product plan with given product and plan slugs in the current
        organization. Organization is determined by the Planship API auth token.

        Args:
            product_slug:
            slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[IdNameOrmBase]``, read from the response body.

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
            _get_product_plan_entitlements.OPERATION, {"product_slug": product_slug, "slug": slug}, options
        )

    def create_plan_subscription(
        self,
        product_slug: str,
        slug: str,
        *,
        customer_id: str,
        metadata: dict[str, Any] | Unset = UNSET,
        is_subscriber: bool | Unset = True,
        max_subscribers: int | Unset = 1,
        renew_at: datetime.datetime | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> SubscriptionWithPlan:
        """Create Plan Subscription

        ``POST /api/v1/products/{product_slug}/plans/{slug}/subscriptions`` (functional layer: ``api.products.create_plan_subscription.sync``).

        Create a subscription to the product plan with given product and plan slugs for the customer
        described in subscription_customer_in. Organization is determined by the Planship API auth
        token.

        Args:
            product_slug:
            slug:
            customer_id:
            metadata:
            is_subscriber:
            max_subscribers:
            renew_at:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SubscriptionWithPlan``, read from the response body.

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

        body = PlanSubscriptionCreate(
            customer_id=customer_id,
            metadata=metadata,
            is_subscriber=is_subscriber,
            max_subscribers=max_subscribers,
            renew_at=renew_at,
        )
        return self._call(
            _create_plan_subscription.OPERATION, {"product_slug": product_slug, "slug": slug, "body": body}, options
        )

    @cached_property
    def with_raw_response(self) -> ProductsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return ProductsRaw(self)


class AsyncProducts(AsyncAPIResource):
    """``async_client.products``

    The same methods as ``Products``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    def list(
        self, *, limit: int | Unset = 100, skip: int | Unset = 0, options: RequestOptions | None = None
    ) -> AsyncPaginator[IdNameSlugOrmBase]:
        """List Products

        ``GET /api/v1/products`` (functional layer: ``api.products.list_products.asyncio``).

        List all products in the current organization. Organization is determined by the Planship
        API auth token.

        Args:
            limit:
            skip:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``AsyncPaginator[IdNameSlugOrmBase]``: ``await`` it for the first page, or
                ``async for`` over every item of every page, fetched as needed.

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

        return self._page(_list_products.OPERATION, _list_products.PAGINATION, {"limit": limit, "skip": skip}, options)

    async def get(self, slug: str, *, options: RequestOptions | None = None) -> Product:
        """Get Product

        ``GET /api/v1/products/{slug}`` (functional layer: ``api.products.get_product.asyncio``).

        Get a product with a given slug in the current organization. Organization is determined by
        the Planship API auth token.

        Args:
            slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Product``, read from the response body.

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

        return await self._call(_get_product.OPERATION, {"slug": slug}, options)

    async def list_levers(
        self, slug: str, *, options: RequestOptions | None = None
    ) -> builtins.list[IdNameSlugOrmBase]:
        """List Product Levers

        ``GET /api/v1/products/{slug}/levers`` (functional layer: ``api.products.list_product_levers.asyncio``).

        List all levers for the product with a given slug in the current organization. Organization
        is determined by the Planship API auth token.

        Args:
            slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[IdNameSlugOrmBase]``, read from the response body.

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

        return await self._call(_list_product_levers.OPERATION, {"slug": slug}, options)

    async def get_lever(self, product_slug: str, slug: str, *, options: RequestOptions | None = None) -> Lever:
        """Get Product Lever

        ``GET /api/v1/products/{product_slug}/levers/{slug}`` (functional layer: ``api.products.get_product_lever.asyncio``).

        Get the product lever for given product and lever slugs in the current organization.
        Organization is determined by the Planship API auth token.

        Args:
            product_slug:
            slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``Lever``, read from the response body.

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

        return await self._call(_get_product_lever.OPERATION, {"product_slug": product_slug, "slug": slug}, options)

    async def list_plans(
        self,
        slug: str,
        *,
        order_by: str | Unset = UNSET,
        public_only: bool | Unset = False,
        options: RequestOptions | None = None,
    ) -> builtins.list[PlanInList]:
        """List Product Plans

        ``GET /api/v1/products/{slug}/plans`` (functional layer: ``api.products.list_product_plans.asyncio``).

        List all plans for the product with a given slug in the current organization. Organization
        is determined by the Planship API auth token.

        Args:
            slug:
            order_by:
            public_only:
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
            _list_product_plans.OPERATION, {"slug": slug, "order_by": order_by, "public_only": public_only}, options
        )

    async def get_plan(self, product_slug: str, slug: str, *, options: RequestOptions | None = None) -> Plan:
        """Get Product Plan

        ``GET /api/v1/products/{product_slug}/plans/{slug}`` (functional layer: ``api.products.get_product_plan.asyncio``).

        Get the product plan for given product and lever slugs in the current organization.
        Organization is determined by the Planship API auth token.

        Args:
            product_slug:
            slug:
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

        return await self._call(_get_product_plan.OPERATION, {"product_slug": product_slug, "slug": slug}, options)

    async def get_plan_entitlements(
        self, product_slug: str, slug: str, *, options: RequestOptions | None = None
    ) -> builtins.list[IdNameOrmBase]:
        """Get Product Plan Entitlements

        ``GET /api/v1/products/{product_slug}/plans/{slug}/entitlements`` (functional layer: ``api.products.get_product_plan_entitlements.asyncio``).

        List all entitlements for the product plan with given product and plan slugs in the current
        organization. Organization is determined by the Planship API auth token.

        Args:
            product_slug:
            slug:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``list[IdNameOrmBase]``, read from the response body.

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
            _get_product_plan_entitlements.OPERATION, {"product_slug": product_slug, "slug": slug}, options
        )

    async def create_plan_subscription(
        self,
        product_slug: str,
        slug: str,
        *,
        customer_id: str,
        metadata: dict[str, Any] | Unset = UNSET,
        is_subscriber: bool | Unset = True,
        max_subscribers: int | Unset = 1,
        renew_at: datetime.datetime | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> SubscriptionWithPlan:
        """Create Plan Subscription

        ``POST /api/v1/products/{product_slug}/plans/{slug}/subscriptions`` (functional layer: ``api.products.create_plan_subscription.asyncio``).

        Create a subscription to the product plan with given product and plan slugs for the customer
        described in subscription_customer_in. Organization is determined by the Planship API auth
        token.

        Args:
            product_slug:
            slug:
            customer_id:
            metadata:
            is_subscriber:
            max_subscribers:
            renew_at:
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SubscriptionWithPlan``, read from the response body.

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

        body = PlanSubscriptionCreate(
            customer_id=customer_id,
            metadata=metadata,
            is_subscriber=is_subscriber,
            max_subscribers=max_subscribers,
            renew_at=renew_at,
        )
        return await self._call(
            _create_plan_subscription.OPERATION, {"product_slug": product_slug, "slug": slug, "body": body}, options
        )

    @cached_property
    def with_raw_response(self) -> AsyncProductsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncProductsRaw(self)


class ProductsRaw:
    """``client.products.with_raw_response``."""

    def __init__(self, resource: Products) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.list_levers = to_raw_response(resource.list_levers)
        self.get_lever = to_raw_response(resource.get_lever)
        self.list_plans = to_raw_response(resource.list_plans)
        self.get_plan = to_raw_response(resource.get_plan)
        self.get_plan_entitlements = to_raw_response(resource.get_plan_entitlements)
        self.create_plan_subscription = to_raw_response(resource.create_plan_subscription)


class AsyncProductsRaw:
    """``async_client.products.with_raw_response``."""

    def __init__(self, resource: AsyncProducts) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.list_levers = to_async_raw_response(resource.list_levers)
        self.get_lever = to_async_raw_response(resource.get_lever)
        self.list_plans = to_async_raw_response(resource.list_plans)
        self.get_plan = to_async_raw_response(resource.get_plan)
        self.get_plan_entitlements = to_async_raw_response(resource.get_plan_entitlements)
        self.create_plan_subscription = to_async_raw_response(resource.create_plan_subscription)

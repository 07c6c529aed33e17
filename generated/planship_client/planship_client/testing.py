# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Stubs of the Planship API for your tests: ``PlanshipStub`` answers your code's
calls (sync and async clients alike) with what you stub per resource and method, checks every
request against the spec, and fails the test on what the spec forbids.

.. code-block:: python

    def test_it(planship_stub: PlanshipStub) -> None:  # the pytest fixture
        planship_stub.<resource>.<method>.returns(value)   # the method's return type
        planship_stub.<resource>.<method>.raises(NotFoundError)
        planship_stub.<resource>.<list method>.pages([[a, b], [c]])
        ...  # the code under test, calling the client
        assert planship_stub.<resource>.<method>.calls[0].kwargs == {...}

Outside pytest: ``with PlanshipStub() as stub: ...``. Needs nothing beyond the
package (``pip install planship-client[testing]`` adds pytest, for the fixture).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._testing import ListMethodStub, MethodStub, Raising, Stub, StubCall, StubError, raising

if TYPE_CHECKING:
    from .client import AsyncPlanshipClient, PlanshipClient
    from .models.customer import Customer
    from .models.customer_in_db_base import CustomerInDbBase
    from .models.customer_subscription_with_plan import CustomerSubscriptionWithPlan
    from .models.get_metering_id_levers_usage_response import GetMeteringIdLeversUsageResponse
    from .models.id_name_orm_base import IdNameOrmBase
    from .models.id_name_slug_orm_base import IdNameSlugOrmBase
    from .models.lever import Lever
    from .models.lever_usage import LeverUsage
    from .models.metering_record import MeteringRecord
    from .models.plan import Plan
    from .models.plan_in_list import PlanInList
    from .models.product import Product
    from .models.subscription_customer import SubscriptionCustomer
    from .models.subscription_customer_in_db_base import SubscriptionCustomerInDbBase
    from .models.subscription_with_plan import SubscriptionWithPlan
    from .models.token_response import TokenResponse

_OPERATIONS = {
    "health.check": "api.health.health",
    "auth.get_access_token": "api.auth.get_access_token",
    "products.list": "api.products.list_products",
    "products.get": "api.products.get_product",
    "products.list_levers": "api.products.list_product_levers",
    "products.get_lever": "api.products.get_product_lever",
    "products.list_plans": "api.products.list_product_plans",
    "products.get_plan": "api.products.get_product_plan",
    "products.get_plan_entitlements": "api.products.get_product_plan_entitlements",
    "products.create_plan_subscription": "api.products.create_plan_subscription",
    "public.list_plans": "api.public.list_public_plans",
    "public.get_plan": "api.public.get_public_plan",
    "customers.create": "api.customers.create_customer",
    "customers.delete": "api.customers.delete_customer",
    "customer_subscriptions.list": "api.customer_subscriptions.list_customer_plan_subscriptions",
    "customer_subscriptions.create": "api.customer_subscriptions.create_plan_subscription_for_customer",
    "customer_subscriptions.get": "api.customer_subscriptions.get_customer_plan_subscription",
    "customer_subscriptions.modify": "api.customer_subscriptions.modify_customer_plan_subscription",
    "subscription_customers.list": "api.subscription_customers.list_subscription_customers",
    "subscription_customers.add": "api.subscription_customers.add_customer_to_subscription",
    "subscription_customers.remove": "api.subscription_customers.remove_customer_from_subscription",
    "entitlements.get": "api.entitlements.get_product_entitlements_for_customer",
    "metered_usage.get_levers_usage": "api.metered_usage.get_metering_id_levers_usage_for_customer",
    "metered_usage.report": "api.metered_usage.report_metered_usage_for_customer",
    "metered_usage.get_lever_usage": "api.metered_usage.get_lever_usage_for_customer",
    "subscriptions.force_renew": "api.subscriptions.force_renew_subscription",
}
"""Each method's operation (its module under ``api``): what its calls are checked against."""


class HealthStub:
    """Stubs of ``client.health``."""

    def __init__(self, stub: Stub) -> None:
        self.check: MethodStub[Any] = stub._method("health.check")
        """``client.health.check()``: Health"""


class AuthStub:
    """Stubs of ``client.auth``."""

    def __init__(self, stub: Stub) -> None:
        self.get_access_token: MethodStub[TokenResponse] = stub._method("auth.get_access_token")
        """``client.auth.get_access_token()``: Get Access Token"""


class ProductsStub:
    """Stubs of ``client.products``."""

    def __init__(self, stub: Stub) -> None:
        self.list: ListMethodStub[list[IdNameSlugOrmBase], IdNameSlugOrmBase] = stub._list_method("products.list")
        """``client.products.list()``: List Products"""
        self.get: MethodStub[Product] = stub._method("products.get")
        """``client.products.get()``: Get Product"""
        self.list_levers: MethodStub[list[IdNameSlugOrmBase]] = stub._method("products.list_levers")
        """``client.products.list_levers()``: List Product Levers"""
        self.get_lever: MethodStub[Lever] = stub._method("products.get_lever")
        """``client.products.get_lever()``: Get Product Lever"""
        self.list_plans: MethodStub[list[PlanInList]] = stub._method("products.list_plans")
        """``client.products.list_plans()``: List Product Plans"""
        self.get_plan: MethodStub[Plan] = stub._method("products.get_plan")
        """``client.products.get_plan()``: Get Product Plan"""
        self.get_plan_entitlements: MethodStub[list[IdNameOrmBase]] = stub._method("products.get_plan_entitlements")
        """``client.products.get_plan_entitlements()``: Get Product Plan Entitlements"""
        self.create_plan_subscription: MethodStub[SubscriptionWithPlan] = stub._method(
            "products.create_plan_subscription", flat_body=True
        )
        """``client.products.create_plan_subscription()``: Create Plan Subscription"""


class PublicStub:
    """Stubs of ``client.public``."""

    def __init__(self, stub: Stub) -> None:
        self.list_plans: MethodStub[list[PlanInList]] = stub._method("public.list_plans")
        """``client.public.list_plans()``: List Public Plans"""
        self.get_plan: MethodStub[Plan] = stub._method("public.get_plan")
        """``client.public.get_plan()``: Get Public Plan"""


class CustomersStub:
    """Stubs of ``client.customers``."""

    def __init__(self, stub: Stub) -> None:
        self.create: MethodStub[Customer] = stub._method("customers.create", flat_body=True)
        """``client.customers.create()``: Create Customer"""
        self.delete: MethodStub[CustomerInDbBase] = stub._method("customers.delete")
        """``client.customers.delete()``: Delete Customer"""


class CustomerSubscriptionsStub:
    """Stubs of ``client.customer_subscriptions``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[list[CustomerSubscriptionWithPlan]] = stub._method("customer_subscriptions.list")
        """``client.customer_subscriptions.list()``: List Customer Plan Subscriptions"""
        self.create: MethodStub[SubscriptionWithPlan] = stub._method("customer_subscriptions.create", flat_body=True)
        """``client.customer_subscriptions.create()``: Create Plan Subscription For Customer"""
        self.get: MethodStub[CustomerSubscriptionWithPlan] = stub._method("customer_subscriptions.get")
        """``client.customer_subscriptions.get()``: Get Customer Plan Subscription"""
        self.modify: MethodStub[CustomerSubscriptionWithPlan] = stub._method(
            "customer_subscriptions.modify", flat_body=True
        )
        """``client.customer_subscriptions.modify()``: Modify Customer Plan Subscription"""


class SubscriptionCustomersStub:
    """Stubs of ``client.subscription_customers``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[list[SubscriptionCustomer]] = stub._method("subscription_customers.list")
        """``client.subscription_customers.list()``: List Subscription Customers"""
        self.add: MethodStub[SubscriptionCustomer] = stub._method("subscription_customers.add")
        """``client.subscription_customers.add()``: Add Customer To Subscription"""
        self.remove: MethodStub[SubscriptionCustomerInDbBase] = stub._method("subscription_customers.remove")
        """``client.subscription_customers.remove()``: Remove Customer From Subscription"""


class EntitlementsStub:
    """Stubs of ``client.entitlements``."""

    def __init__(self, stub: Stub) -> None:
        self.get: MethodStub[dict[str, Any]] = stub._method("entitlements.get")
        """``client.entitlements.get()``: Get Product Entitlements For Customer"""


class MeteredUsageStub:
    """Stubs of ``client.metered_usage``."""

    def __init__(self, stub: Stub) -> None:
        self.get_levers_usage: MethodStub[GetMeteringIdLeversUsageResponse] = stub._method(
            "metered_usage.get_levers_usage"
        )
        """``client.metered_usage.get_levers_usage()``: Get Metering Id Levers Usage For Customer"""
        self.report: MethodStub[MeteringRecord] = stub._method("metered_usage.report", flat_body=True)
        """``client.metered_usage.report()``: Report Metered Usage For Customer"""
        self.get_lever_usage: MethodStub[LeverUsage] = stub._method("metered_usage.get_lever_usage")
        """``client.metered_usage.get_lever_usage()``: Get Lever Usage For Customer"""


class SubscriptionsStub:
    """Stubs of ``client.subscriptions``."""

    def __init__(self, stub: Stub) -> None:
        self.force_renew: MethodStub[SubscriptionWithPlan] = stub._method("subscriptions.force_renew")
        """``client.subscriptions.force_renew()``: Force Renew Subscription"""


class PlanshipStub(Stub):
    """A stub in front of this package's clients while it is active: every client
    (``PlanshipStub()``) or one and its ``with_options`` copies
    (``PlanshipStub(client)``), sync and async.

    Each method's stub (``stub.<resource>.<method>``) answers the calls in the order stubbed:
    ``returns(value)``, ``raises(error)``, ``pages([...])`` for list methods, ``sequence(...)``;
    ``example(**fields)`` makes a value the spec allows; ``calls`` records each call's arguments.
    A request the spec forbids, a stubbed response it forbids, a call nobody stubbed and (when
    the stub ends) a stubbed response nobody used raise ``StubError``. ``allow_unused`` and
    ``allow_unexpected`` relax the last two (an unexpected call then gets the spec's example).
    """

    def __init__(
        self,
        client: PlanshipClient | AsyncPlanshipClient | None = None,
        *,
        allow_unused: bool = False,
        allow_unexpected: bool = False,
    ) -> None:
        super().__init__(client, _OPERATIONS, allow_unused=allow_unused, allow_unexpected=allow_unexpected)
        self.health = HealthStub(self)
        self.auth = AuthStub(self)
        self.products = ProductsStub(self)
        self.public = PublicStub(self)
        self.customers = CustomersStub(self)
        self.customer_subscriptions = CustomerSubscriptionsStub(self)
        self.subscription_customers = SubscriptionCustomersStub(self)
        self.entitlements = EntitlementsStub(self)
        self.metered_usage = MeteredUsageStub(self)
        self.subscriptions = SubscriptionsStub(self)

    def __enter__(self) -> PlanshipStub:
        super().__enter__()
        return self


__all__ = [
    "AuthStub",
    "CustomersStub",
    "CustomerSubscriptionsStub",
    "EntitlementsStub",
    "HealthStub",
    "ListMethodStub",
    "MeteredUsageStub",
    "MethodStub",
    "PlanshipStub",
    "ProductsStub",
    "PublicStub",
    "Raising",
    "raising",
    "StubCall",
    "StubError",
    "SubscriptionCustomersStub",
    "SubscriptionsStub",
]

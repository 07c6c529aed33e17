# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The resources of the client: ``client.<resource>.<method>(...)``, sync and async.

Each is imported when first used (``client.databases`` imports only ``resources.databases``).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth import AsyncAuth, Auth
    from .customer_subscriptions import AsyncCustomerSubscriptions, CustomerSubscriptions
    from .customers import AsyncCustomers, Customers
    from .entitlements import AsyncEntitlements, Entitlements
    from .health import AsyncHealth, Health
    from .metered_usage import AsyncMeteredUsage, MeteredUsage
    from .products import AsyncProducts, Products
    from .public import AsyncPublic, Public
    from .subscription_customers import AsyncSubscriptionCustomers, SubscriptionCustomers
    from .subscriptions import AsyncSubscriptions, Subscriptions

_MODULES = {
    "Health": "health",
    "AsyncHealth": "health",
    "Auth": "auth",
    "AsyncAuth": "auth",
    "Products": "products",
    "AsyncProducts": "products",
    "Public": "public",
    "AsyncPublic": "public",
    "Customers": "customers",
    "AsyncCustomers": "customers",
    "CustomerSubscriptions": "customer_subscriptions",
    "AsyncCustomerSubscriptions": "customer_subscriptions",
    "SubscriptionCustomers": "subscription_customers",
    "AsyncSubscriptionCustomers": "subscription_customers",
    "Entitlements": "entitlements",
    "AsyncEntitlements": "entitlements",
    "MeteredUsage": "metered_usage",
    "AsyncMeteredUsage": "metered_usage",
    "Subscriptions": "subscriptions",
    "AsyncSubscriptions": "subscriptions",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


__all__ = [
    "AsyncHealth",
    "Health",
    "AsyncAuth",
    "Auth",
    "AsyncProducts",
    "Products",
    "AsyncPublic",
    "Public",
    "AsyncCustomers",
    "Customers",
    "AsyncCustomerSubscriptions",
    "CustomerSubscriptions",
    "AsyncSubscriptionCustomers",
    "SubscriptionCustomers",
    "AsyncEntitlements",
    "Entitlements",
    "AsyncMeteredUsage",
    "MeteredUsage",
    "AsyncSubscriptions",
    "Subscriptions",
]

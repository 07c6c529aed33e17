# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The resources of the client: ``client.<resource>.<method>(...)``, sync and async."""

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

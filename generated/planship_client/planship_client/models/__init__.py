# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The data models of the API's requests and responses.

Each model is imported when first used (``from .models import Database`` imports only
``models.database``), so a call imports only the models it needs.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bucket_usage import BucketUsage
    from .customer import Customer
    from .customer_in_db_base import CustomerInDbBase
    from .customer_in_db_base_metadata import CustomerInDbBaseMetadata
    from .customer_metadata import CustomerMetadata
    from .customer_subscription_with_plan import CustomerSubscriptionWithPlan
    from .customer_subscription_with_plan_metadata import CustomerSubscriptionWithPlanMetadata
    from .entitlements_response_schema import EntitlementsResponseSchema
    from .get_metering_id_levers_usage_response import GetMeteringIdLeversUsageResponse
    from .http_validation_error import HTTPValidationError
    from .id_name_orm_base import IdNameOrmBase
    from .id_name_slug_orm_base import IdNameSlugOrmBase
    from .lever import Lever
    from .lever_configuration import LeverConfiguration
    from .lever_display_extra_attributes import LeverDisplayExtraAttributes
    from .lever_entitlement_schema_json import LeverEntitlementSchemaJson
    from .lever_usage import LeverUsage
    from .lever_usage_by_bucket import LeverUsageByBucket
    from .lever_usage_by_subscription import LeverUsageBySubscription
    from .metered_usage_in import MeteredUsageIn
    from .metering_record import MeteringRecord
    from .organization_customer_create import OrganizationCustomerCreate
    from .organization_customer_create_metadata import OrganizationCustomerCreateMetadata
    from .plan import Plan
    from .plan_entitlement import PlanEntitlement
    from .plan_entitlement_configuration import PlanEntitlementConfiguration
    from .plan_in_db_base import PlanInDbBase
    from .plan_in_db_base_display_extra_attributes import PlanInDbBaseDisplayExtraAttributes
    from .plan_in_list import PlanInList
    from .plan_subscription_create import PlanSubscriptionCreate
    from .plan_subscription_create_metadata import PlanSubscriptionCreateMetadata
    from .product import Product
    from .subscription_create import SubscriptionCreate
    from .subscription_customer import SubscriptionCustomer
    from .subscription_customer_add import SubscriptionCustomerAdd
    from .subscription_customer_add_metadata import SubscriptionCustomerAddMetadata
    from .subscription_customer_in_db_base import SubscriptionCustomerInDbBase
    from .subscription_customer_in_db_base_metadata import SubscriptionCustomerInDbBaseMetadata
    from .subscription_customer_metadata import SubscriptionCustomerMetadata
    from .subscription_update_with_slugs import SubscriptionUpdateWithSlugs
    from .subscription_with_plan import SubscriptionWithPlan
    from .token_response import TokenResponse
    from .validation_error import ValidationError

_MODULES = {
    "BucketUsage": "bucket_usage",
    "Customer": "customer",
    "CustomerInDbBase": "customer_in_db_base",
    "CustomerInDbBaseMetadata": "customer_in_db_base_metadata",
    "CustomerMetadata": "customer_metadata",
    "CustomerSubscriptionWithPlan": "customer_subscription_with_plan",
    "CustomerSubscriptionWithPlanMetadata": "customer_subscription_with_plan_metadata",
    "EntitlementsResponseSchema": "entitlements_response_schema",
    "GetMeteringIdLeversUsageResponse": "get_metering_id_levers_usage_response",
    "HTTPValidationError": "http_validation_error",
    "IdNameOrmBase": "id_name_orm_base",
    "IdNameSlugOrmBase": "id_name_slug_orm_base",
    "Lever": "lever",
    "LeverConfiguration": "lever_configuration",
    "LeverDisplayExtraAttributes": "lever_display_extra_attributes",
    "LeverEntitlementSchemaJson": "lever_entitlement_schema_json",
    "LeverUsage": "lever_usage",
    "LeverUsageByBucket": "lever_usage_by_bucket",
    "LeverUsageBySubscription": "lever_usage_by_subscription",
    "MeteredUsageIn": "metered_usage_in",
    "MeteringRecord": "metering_record",
    "OrganizationCustomerCreate": "organization_customer_create",
    "OrganizationCustomerCreateMetadata": "organization_customer_create_metadata",
    "Plan": "plan",
    "PlanEntitlement": "plan_entitlement",
    "PlanEntitlementConfiguration": "plan_entitlement_configuration",
    "PlanInDbBase": "plan_in_db_base",
    "PlanInDbBaseDisplayExtraAttributes": "plan_in_db_base_display_extra_attributes",
    "PlanInList": "plan_in_list",
    "PlanSubscriptionCreate": "plan_subscription_create",
    "PlanSubscriptionCreateMetadata": "plan_subscription_create_metadata",
    "Product": "product",
    "SubscriptionCreate": "subscription_create",
    "SubscriptionCustomer": "subscription_customer",
    "SubscriptionCustomerAdd": "subscription_customer_add",
    "SubscriptionCustomerAddMetadata": "subscription_customer_add_metadata",
    "SubscriptionCustomerInDbBase": "subscription_customer_in_db_base",
    "SubscriptionCustomerInDbBaseMetadata": "subscription_customer_in_db_base_metadata",
    "SubscriptionCustomerMetadata": "subscription_customer_metadata",
    "SubscriptionUpdateWithSlugs": "subscription_update_with_slugs",
    "SubscriptionWithPlan": "subscription_with_plan",
    "TokenResponse": "token_response",
    "ValidationError": "validation_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


__all__ = (
    "BucketUsage",
    "Customer",
    "CustomerInDbBase",
    "CustomerInDbBaseMetadata",
    "CustomerMetadata",
    "CustomerSubscriptionWithPlan",
    "CustomerSubscriptionWithPlanMetadata",
    "EntitlementsResponseSchema",
    "GetMeteringIdLeversUsageResponse",
    "HTTPValidationError",
    "IdNameOrmBase",
    "IdNameSlugOrmBase",
    "Lever",
    "LeverConfiguration",
    "LeverDisplayExtraAttributes",
    "LeverEntitlementSchemaJson",
    "LeverUsage",
    "LeverUsageByBucket",
    "LeverUsageBySubscription",
    "MeteredUsageIn",
    "MeteringRecord",
    "OrganizationCustomerCreate",
    "OrganizationCustomerCreateMetadata",
    "Plan",
    "PlanEntitlement",
    "PlanEntitlementConfiguration",
    "PlanInDbBase",
    "PlanInDbBaseDisplayExtraAttributes",
    "PlanInList",
    "PlanSubscriptionCreate",
    "PlanSubscriptionCreateMetadata",
    "Product",
    "SubscriptionCreate",
    "SubscriptionCustomer",
    "SubscriptionCustomerAdd",
    "SubscriptionCustomerAddMetadata",
    "SubscriptionCustomerInDbBase",
    "SubscriptionCustomerInDbBaseMetadata",
    "SubscriptionCustomerMetadata",
    "SubscriptionUpdateWithSlugs",
    "SubscriptionWithPlan",
    "TokenResponse",
    "ValidationError",
)

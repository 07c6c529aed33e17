# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Contains all the data models used in inputs/outputs"""

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

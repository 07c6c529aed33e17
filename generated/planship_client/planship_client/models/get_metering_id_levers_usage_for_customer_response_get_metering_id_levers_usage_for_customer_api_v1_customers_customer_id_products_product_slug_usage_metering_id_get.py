# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError

T = TypeVar(
    "T",
    bound="GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet",
)


class GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False
):
    additional_properties: dict[str, LeverUsage] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "GetMeteringIdLeversUsageForCustomerResponseGetMeteringIdLeversUsageForCustomerApiV1CustomersCustomerIdProductsProductSlugUsageMeteringIdGet",
                "",
                f"expected an object, got {type(src_dict).__name__}",
            )
        d = dict(src_dict)
        get_metering_id_levers_usage_for_customer_response_get_metering_id_levers_usage_for_customer_api_v1_customers_customer_id_products_product_slug_usage_metering_id_get = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = LeverUsage.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        get_metering_id_levers_usage_for_customer_response_get_metering_id_levers_usage_for_customer_api_v1_customers_customer_id_products_product_slug_usage_metering_id_get.additional_properties = additional_properties
        return get_metering_id_levers_usage_for_customer_response_get_metering_id_levers_usage_for_customer_api_v1_customers_customer_id_products_product_slug_usage_metering_id_get

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LeverUsage:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LeverUsage) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.lever_usage import LeverUsage  # noqa: E402

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError

T = TypeVar("T", bound="LeverUsageBySubscription")


class LeverUsageBySubscription(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    additional_properties: dict[str, list[BucketUsage]] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "LeverUsageBySubscription", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        lever_usage_by_subscription = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            if not isinstance(_additional_property, list):
                raise TypeError(f"expected a list, got {type(_additional_property).__name__}")

            for additional_property_item_data in _additional_property:
                additional_property_item = BucketUsage.from_dict(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        lever_usage_by_subscription.additional_properties = additional_properties
        return lever_usage_by_subscription

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[BucketUsage]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[BucketUsage]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.bucket_usage import BucketUsage  # noqa: E402

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_entitlement_configuration import PlanEntitlementConfiguration


T = TypeVar("T", bound="PlanEntitlement")


@_attrs_define
class PlanEntitlement:
    value: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    order: int | Unset = UNSET
    configuration: PlanEntitlementConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        name = self.name

        description = self.description

        order = self.order

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if order is not UNSET:
            field_dict["order"] = order
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_entitlement_configuration import PlanEntitlementConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        order = d.pop("order", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: PlanEntitlementConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = PlanEntitlementConfiguration.from_dict(_configuration)

        plan_entitlement = cls(
            value=value,
            name=name,
            description=description,
            order=order,
            configuration=configuration,
        )

        plan_entitlement.additional_properties = d
        return plan_entitlement

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_in_db_base_display_extra_attributes import PlanInDbBaseDisplayExtraAttributes


T = TypeVar("T", bound="PlanInDbBase")


@_attrs_define
class PlanInDbBase:
    slug: str | Unset = UNSET
    display_order: int | Unset = UNSET
    display_name: str | Unset = UNSET
    display_description: str | Unset = UNSET
    display_extra_attributes: PlanInDbBaseDisplayExtraAttributes | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    max_subscribers: int | Unset = UNSET
    is_self_serve: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    duration_period: int | Unset = UNSET
    duration_unit: str | Unset = UNSET
    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        display_order = self.display_order

        display_name = self.display_name

        display_description = self.display_description

        display_extra_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_extra_attributes, Unset):
            display_extra_attributes = self.display_extra_attributes.to_dict()

        description = self.description

        name = self.name

        max_subscribers = self.max_subscribers

        is_self_serve = self.is_self_serve

        is_public = self.is_public

        auto_renew = self.auto_renew

        duration_period = self.duration_period

        duration_unit = self.duration_unit

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if display_description is not UNSET:
            field_dict["display_description"] = display_description
        if display_extra_attributes is not UNSET:
            field_dict["display_extra_attributes"] = display_extra_attributes
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if max_subscribers is not UNSET:
            field_dict["max_subscribers"] = max_subscribers
        if is_self_serve is not UNSET:
            field_dict["is_self_serve"] = is_self_serve
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if auto_renew is not UNSET:
            field_dict["auto_renew"] = auto_renew
        if duration_period is not UNSET:
            field_dict["duration_period"] = duration_period
        if duration_unit is not UNSET:
            field_dict["duration_unit"] = duration_unit
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_in_db_base_display_extra_attributes import PlanInDbBaseDisplayExtraAttributes  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        display_order = d.pop("display_order", UNSET)

        display_name = d.pop("display_name", UNSET)

        display_description = d.pop("display_description", UNSET)

        _display_extra_attributes = d.pop("display_extra_attributes", UNSET)
        display_extra_attributes: PlanInDbBaseDisplayExtraAttributes | Unset
        if isinstance(_display_extra_attributes, Unset):
            display_extra_attributes = UNSET
        else:
            display_extra_attributes = PlanInDbBaseDisplayExtraAttributes.from_dict(_display_extra_attributes)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        max_subscribers = d.pop("max_subscribers", UNSET)

        is_self_serve = d.pop("is_self_serve", UNSET)

        is_public = d.pop("is_public", UNSET)

        auto_renew = d.pop("auto_renew", UNSET)

        duration_period = d.pop("duration_period", UNSET)

        duration_unit = d.pop("duration_unit", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        plan_in_db_base = cls(
            slug=slug,
            display_order=display_order,
            display_name=display_name,
            display_description=display_description,
            display_extra_attributes=display_extra_attributes,
            description=description,
            name=name,
            max_subscribers=max_subscribers,
            is_self_serve=is_self_serve,
            is_public=is_public,
            auto_renew=auto_renew,
            duration_period=duration_period,
            duration_unit=duration_unit,
            id=id,
        )

        plan_in_db_base.additional_properties = d
        return plan_in_db_base

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

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionUpdateWithSlugs")


@_attrs_define
class SubscriptionUpdateWithSlugs:
    plan_id: UUID | Unset = UNSET
    renew_plan_id: UUID | Unset = UNSET
    plan_slug: str | Unset = UNSET
    renew_plan_slug: str | Unset = UNSET
    max_subscribers: int | Unset = 1
    is_active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id: str | Unset = UNSET
        if not isinstance(self.plan_id, Unset):
            plan_id = str(self.plan_id)

        renew_plan_id: str | Unset = UNSET
        if not isinstance(self.renew_plan_id, Unset):
            renew_plan_id = str(self.renew_plan_id)

        plan_slug = self.plan_slug

        renew_plan_slug = self.renew_plan_slug

        max_subscribers = self.max_subscribers

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if renew_plan_id is not UNSET:
            field_dict["renew_plan_id"] = renew_plan_id
        if plan_slug is not UNSET:
            field_dict["plan_slug"] = plan_slug
        if renew_plan_slug is not UNSET:
            field_dict["renew_plan_slug"] = renew_plan_slug
        if max_subscribers is not UNSET:
            field_dict["max_subscribers"] = max_subscribers
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _plan_id = d.pop("plan_id", UNSET)
        plan_id: UUID | Unset
        if isinstance(_plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = UUID(_plan_id)

        _renew_plan_id = d.pop("renew_plan_id", UNSET)
        renew_plan_id: UUID | Unset
        if isinstance(_renew_plan_id, Unset):
            renew_plan_id = UNSET
        else:
            renew_plan_id = UUID(_renew_plan_id)

        plan_slug = d.pop("plan_slug", UNSET)

        renew_plan_slug = d.pop("renew_plan_slug", UNSET)

        max_subscribers = d.pop("max_subscribers", UNSET)

        is_active = d.pop("is_active", UNSET)

        subscription_update_with_slugs = cls(
            plan_id=plan_id,
            renew_plan_id=renew_plan_id,
            plan_slug=plan_slug,
            renew_plan_slug=renew_plan_slug,
            max_subscribers=max_subscribers,
            is_active=is_active,
        )

        subscription_update_with_slugs.additional_properties = d
        return subscription_update_with_slugs

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

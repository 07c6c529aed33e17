# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_subscription_with_plan_metadata import CustomerSubscriptionWithPlanMetadata
    from ..models.id_name_slug_orm_base import IdNameSlugOrmBase


T = TypeVar("T", bound="CustomerSubscriptionWithPlan")


@_attrs_define
class CustomerSubscriptionWithPlan:
    customer_id: UUID
    subscription_id: UUID
    auto_renew: bool
    is_active: bool
    renew_at: datetime.datetime
    last_renewed_at: datetime.datetime
    plan: IdNameSlugOrmBase
    renew_plan: IdNameSlugOrmBase
    metadata: CustomerSubscriptionWithPlanMetadata | Unset = UNSET
    is_administrator: bool | Unset = False
    is_subscriber: bool | Unset = True
    max_subscribers: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        subscription_id = str(self.subscription_id)

        auto_renew = self.auto_renew

        is_active = self.is_active

        renew_at = self.renew_at.isoformat()

        last_renewed_at = self.last_renewed_at.isoformat()

        plan = self.plan.to_dict()

        renew_plan = self.renew_plan.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        is_administrator = self.is_administrator

        is_subscriber = self.is_subscriber

        max_subscribers = self.max_subscribers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "subscription_id": subscription_id,
                "auto_renew": auto_renew,
                "is_active": is_active,
                "renew_at": renew_at,
                "last_renewed_at": last_renewed_at,
                "plan": plan,
                "renew_plan": renew_plan,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata_"] = metadata
        if is_administrator is not UNSET:
            field_dict["is_administrator"] = is_administrator
        if is_subscriber is not UNSET:
            field_dict["is_subscriber"] = is_subscriber
        if max_subscribers is not UNSET:
            field_dict["max_subscribers"] = max_subscribers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_subscription_with_plan_metadata import CustomerSubscriptionWithPlanMetadata  # noqa: PLC0415
        from ..models.id_name_slug_orm_base import IdNameSlugOrmBase  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = UUID(d.pop("customer_id"))

        subscription_id = UUID(d.pop("subscription_id"))

        auto_renew = d.pop("auto_renew")

        is_active = d.pop("is_active")

        renew_at = datetime.datetime.fromisoformat(d.pop("renew_at"))

        last_renewed_at = datetime.datetime.fromisoformat(d.pop("last_renewed_at"))

        plan = IdNameSlugOrmBase.from_dict(d.pop("plan"))

        renew_plan = IdNameSlugOrmBase.from_dict(d.pop("renew_plan"))

        _metadata = d.pop("metadata_", UNSET)
        metadata: CustomerSubscriptionWithPlanMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CustomerSubscriptionWithPlanMetadata.from_dict(_metadata)

        is_administrator = d.pop("is_administrator", UNSET)

        is_subscriber = d.pop("is_subscriber", UNSET)

        max_subscribers = d.pop("max_subscribers", UNSET)

        customer_subscription_with_plan = cls(
            customer_id=customer_id,
            subscription_id=subscription_id,
            auto_renew=auto_renew,
            is_active=is_active,
            renew_at=renew_at,
            last_renewed_at=last_renewed_at,
            plan=plan,
            renew_plan=renew_plan,
            metadata=metadata,
            is_administrator=is_administrator,
            is_subscriber=is_subscriber,
            max_subscribers=max_subscribers,
        )

        customer_subscription_with_plan.additional_properties = d
        return customer_subscription_with_plan

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

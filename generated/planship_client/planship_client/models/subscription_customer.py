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
    from ..models.plan_in_db_base import PlanInDbBase
    from ..models.subscription_customer_metadata import SubscriptionCustomerMetadata


T = TypeVar("T", bound="SubscriptionCustomer")


@_attrs_define
class SubscriptionCustomer:
    customer_id: UUID
    subscription_id: UUID
    plan: PlanInDbBase
    metadata: SubscriptionCustomerMetadata | Unset = UNSET
    is_administrator: bool | Unset = False
    is_subscriber: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        subscription_id = str(self.subscription_id)

        plan = self.plan.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        is_administrator = self.is_administrator

        is_subscriber = self.is_subscriber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "subscription_id": subscription_id,
                "plan": plan,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata_"] = metadata
        if is_administrator is not UNSET:
            field_dict["is_administrator"] = is_administrator
        if is_subscriber is not UNSET:
            field_dict["is_subscriber"] = is_subscriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_in_db_base import PlanInDbBase  # noqa: PLC0415
        from ..models.subscription_customer_metadata import SubscriptionCustomerMetadata  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = UUID(d.pop("customer_id"))

        subscription_id = UUID(d.pop("subscription_id"))

        plan = PlanInDbBase.from_dict(d.pop("plan"))

        _metadata = d.pop("metadata_", UNSET)
        metadata: SubscriptionCustomerMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SubscriptionCustomerMetadata.from_dict(_metadata)

        is_administrator = d.pop("is_administrator", UNSET)

        is_subscriber = d.pop("is_subscriber", UNSET)

        subscription_customer = cls(
            customer_id=customer_id,
            subscription_id=subscription_id,
            plan=plan,
            metadata=metadata,
            is_administrator=is_administrator,
            is_subscriber=is_subscriber,
        )

        subscription_customer.additional_properties = d
        return subscription_customer

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

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeteringRecord")


@_attrs_define
class MeteringRecord:
    id: UUID
    usage: int
    metering_id: str
    customer_id: UUID
    product_id: UUID
    is_allocated: bool | Unset = False
    subscription_id: UUID | Unset = UNSET
    bucket: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        usage = self.usage

        metering_id = self.metering_id

        customer_id = str(self.customer_id)

        product_id = str(self.product_id)

        is_allocated = self.is_allocated

        subscription_id: str | Unset = UNSET
        if not isinstance(self.subscription_id, Unset):
            subscription_id = str(self.subscription_id)

        bucket = self.bucket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "usage": usage,
                "metering_id": metering_id,
                "customer_id": customer_id,
                "product_id": product_id,
            }
        )
        if is_allocated is not UNSET:
            field_dict["is_allocated"] = is_allocated
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if bucket is not UNSET:
            field_dict["bucket"] = bucket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        usage = d.pop("usage")

        metering_id = d.pop("metering_id")

        customer_id = UUID(d.pop("customer_id"))

        product_id = UUID(d.pop("product_id"))

        is_allocated = d.pop("is_allocated", UNSET)

        _subscription_id = d.pop("subscription_id", UNSET)
        subscription_id: UUID | Unset
        if isinstance(_subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = UUID(_subscription_id)

        bucket = d.pop("bucket", UNSET)

        metering_record = cls(
            id=id,
            usage=usage,
            metering_id=metering_id,
            customer_id=customer_id,
            product_id=product_id,
            is_allocated=is_allocated,
            subscription_id=subscription_id,
            bucket=bucket,
        )

        metering_record.additional_properties = d
        return metering_record

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

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="MeteringRecord")


class MeteringRecord(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    id: UUID
    usage: int
    metering_id: str
    customer_id: UUID
    product_id: UUID
    is_allocated: bool | Unset = False
    subscription_id: UUID | Unset = UNSET
    bucket: str | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("MeteringRecord", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = UUID(d.pop("id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("MeteringRecord", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("MeteringRecord", "id", _exc) from _exc

        try:
            usage = d.pop("usage")
            if not isinstance(usage, int) or isinstance(usage, bool):
                raise TypeError(f"expected int, got {type(usage).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("MeteringRecord", "usage") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("MeteringRecord", "usage", _exc) from _exc

        try:
            metering_id = d.pop("metering_id")
            if not isinstance(metering_id, str):
                raise TypeError(f"expected str, got {type(metering_id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("MeteringRecord", "metering_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("MeteringRecord", "metering_id", _exc) from _exc

        try:
            customer_id = UUID(d.pop("customer_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("MeteringRecord", "customer_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("MeteringRecord", "customer_id", _exc) from _exc

        try:
            product_id = UUID(d.pop("product_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("MeteringRecord", "product_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("MeteringRecord", "product_id", _exc) from _exc

        try:
            is_allocated = none_as_unset(d.pop("is_allocated", UNSET))
            if not isinstance(is_allocated, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_allocated).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("MeteringRecord", "is_allocated") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("MeteringRecord", "is_allocated", _exc) from _exc

        try:
            _subscription_id = none_as_unset(d.pop("subscription_id", UNSET))
            subscription_id: UUID | Unset
            if isinstance(_subscription_id, Unset):
                subscription_id = UNSET
            else:
                subscription_id = UUID(_subscription_id)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("MeteringRecord", "subscription_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("MeteringRecord", "subscription_id", _exc) from _exc

        try:
            bucket = none_as_unset(d.pop("bucket", UNSET))
            if not isinstance(bucket, str | Unset):
                raise TypeError(f"expected str, got {type(bucket).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("MeteringRecord", "bucket") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("MeteringRecord", "bucket", _exc) from _exc

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

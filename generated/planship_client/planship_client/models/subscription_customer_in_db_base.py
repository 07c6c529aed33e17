# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="SubscriptionCustomerInDbBase")


class SubscriptionCustomerInDbBase(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    customer_id: UUID
    subscription_id: UUID
    metadata: SubscriptionCustomerInDbBaseMetadata | Unset = msgspec.field(name="metadata_", default=UNSET)
    is_administrator: bool | Unset = False
    is_subscriber: bool | Unset = True
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        subscription_id = str(self.subscription_id)

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "SubscriptionCustomerInDbBase", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            customer_id = UUID(d.pop("customer_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionCustomerInDbBase", "customer_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionCustomerInDbBase", "customer_id", _exc) from _exc

        try:
            subscription_id = UUID(d.pop("subscription_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionCustomerInDbBase", "subscription_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionCustomerInDbBase", "subscription_id", _exc) from _exc

        try:
            _metadata = none_as_unset(d.pop("metadata_", UNSET))
            metadata: SubscriptionCustomerInDbBaseMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SubscriptionCustomerInDbBaseMetadata.from_dict(_metadata)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionCustomerInDbBase", "metadata_") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionCustomerInDbBase", "metadata_", _exc) from _exc

        try:
            is_administrator = none_as_unset(d.pop("is_administrator", UNSET))
            if not isinstance(is_administrator, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_administrator).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionCustomerInDbBase", "is_administrator") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionCustomerInDbBase", "is_administrator", _exc) from _exc

        try:
            is_subscriber = none_as_unset(d.pop("is_subscriber", UNSET))
            if not isinstance(is_subscriber, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_subscriber).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionCustomerInDbBase", "is_subscriber") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionCustomerInDbBase", "is_subscriber", _exc) from _exc

        subscription_customer_in_db_base = cls(
            customer_id=customer_id,
            subscription_id=subscription_id,
            metadata=metadata,
            is_administrator=is_administrator,
            is_subscriber=is_subscriber,
        )

        subscription_customer_in_db_base.additional_properties = d
        return subscription_customer_in_db_base

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


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.subscription_customer_in_db_base_metadata import SubscriptionCustomerInDbBaseMetadata  # noqa: E402

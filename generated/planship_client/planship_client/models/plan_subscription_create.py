# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="PlanSubscriptionCreate")


class PlanSubscriptionCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    customer_id: str
    metadata: PlanSubscriptionCreateMetadata | Unset = UNSET
    is_subscriber: bool | Unset = True
    max_subscribers: int | Unset = 1
    renew_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        is_subscriber = self.is_subscriber

        max_subscribers = self.max_subscribers

        renew_at: str | Unset = UNSET
        if not isinstance(self.renew_at, Unset):
            renew_at = self.renew_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_subscriber is not UNSET:
            field_dict["is_subscriber"] = is_subscriber
        if max_subscribers is not UNSET:
            field_dict["max_subscribers"] = max_subscribers
        if renew_at is not UNSET:
            field_dict["renew_at"] = renew_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "PlanSubscriptionCreate", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            customer_id = d.pop("customer_id")
            if not isinstance(customer_id, str):
                raise TypeError(f"expected str, got {type(customer_id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanSubscriptionCreate", "customer_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanSubscriptionCreate", "customer_id", _exc) from _exc

        try:
            _metadata = none_as_unset(d.pop("metadata", UNSET))
            metadata: PlanSubscriptionCreateMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PlanSubscriptionCreateMetadata.from_dict(_metadata)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanSubscriptionCreate", "metadata") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanSubscriptionCreate", "metadata", _exc) from _exc

        try:
            is_subscriber = none_as_unset(d.pop("is_subscriber", UNSET))
            if not isinstance(is_subscriber, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_subscriber).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanSubscriptionCreate", "is_subscriber") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanSubscriptionCreate", "is_subscriber", _exc) from _exc

        try:
            max_subscribers = none_as_unset(d.pop("max_subscribers", UNSET))
            if not isinstance(max_subscribers, int | Unset) or isinstance(max_subscribers, bool):
                raise TypeError(f"expected int, got {type(max_subscribers).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanSubscriptionCreate", "max_subscribers") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanSubscriptionCreate", "max_subscribers", _exc) from _exc

        try:
            _renew_at = none_as_unset(d.pop("renew_at", UNSET))
            renew_at: datetime.datetime | Unset
            if isinstance(_renew_at, Unset):
                renew_at = UNSET
            else:
                renew_at = datetime.datetime.fromisoformat(_renew_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanSubscriptionCreate", "renew_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanSubscriptionCreate", "renew_at", _exc) from _exc

        plan_subscription_create = cls(
            customer_id=customer_id,
            metadata=metadata,
            is_subscriber=is_subscriber,
            max_subscribers=max_subscribers,
            renew_at=renew_at,
        )

        plan_subscription_create.additional_properties = d
        return plan_subscription_create

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
from ..models.plan_subscription_create_metadata import PlanSubscriptionCreateMetadata  # noqa: E402

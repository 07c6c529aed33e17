# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CustomerSubscriptionWithPlan")


class CustomerSubscriptionWithPlan(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    customer_id: UUID
    subscription_id: UUID
    auto_renew: bool
    is_active: bool
    renew_at: datetime.datetime
    last_renewed_at: datetime.datetime
    plan: IdNameSlugOrmBase
    renew_plan: IdNameSlugOrmBase
    metadata: CustomerSubscriptionWithPlanMetadata | Unset = msgspec.field(name="metadata_", default=UNSET)
    is_administrator: bool | Unset = False
    is_subscriber: bool | Unset = True
    max_subscribers: int | Unset = 1
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "CustomerSubscriptionWithPlan", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            customer_id = UUID(d.pop("customer_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "customer_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "customer_id", _exc) from _exc

        try:
            subscription_id = UUID(d.pop("subscription_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "subscription_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "subscription_id", _exc) from _exc

        try:
            auto_renew = d.pop("auto_renew")
            if not isinstance(auto_renew, bool):
                raise TypeError(f"expected bool, got {type(auto_renew).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "auto_renew") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "auto_renew", _exc) from _exc

        try:
            is_active = d.pop("is_active")
            if not isinstance(is_active, bool):
                raise TypeError(f"expected bool, got {type(is_active).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "is_active") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "is_active", _exc) from _exc

        try:
            renew_at = datetime.datetime.fromisoformat(d.pop("renew_at"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "renew_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "renew_at", _exc) from _exc

        try:
            last_renewed_at = datetime.datetime.fromisoformat(d.pop("last_renewed_at"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "last_renewed_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "last_renewed_at", _exc) from _exc

        try:
            plan = IdNameSlugOrmBase.from_dict(d.pop("plan"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "plan") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "plan", _exc) from _exc

        try:
            renew_plan = IdNameSlugOrmBase.from_dict(d.pop("renew_plan"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "renew_plan") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "renew_plan", _exc) from _exc

        try:
            _metadata = none_as_unset(d.pop("metadata_", UNSET))
            metadata: CustomerSubscriptionWithPlanMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = CustomerSubscriptionWithPlanMetadata.from_dict(_metadata)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "metadata_") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "metadata_", _exc) from _exc

        try:
            is_administrator = none_as_unset(d.pop("is_administrator", UNSET))
            if not isinstance(is_administrator, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_administrator).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "is_administrator") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "is_administrator", _exc) from _exc

        try:
            is_subscriber = none_as_unset(d.pop("is_subscriber", UNSET))
            if not isinstance(is_subscriber, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_subscriber).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "is_subscriber") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "is_subscriber", _exc) from _exc

        try:
            max_subscribers = none_as_unset(d.pop("max_subscribers", UNSET))
            if not isinstance(max_subscribers, int | Unset) or isinstance(max_subscribers, bool):
                raise TypeError(f"expected int, got {type(max_subscribers).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CustomerSubscriptionWithPlan", "max_subscribers") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CustomerSubscriptionWithPlan", "max_subscribers", _exc) from _exc

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


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.customer_subscription_with_plan_metadata import CustomerSubscriptionWithPlanMetadata  # noqa: E402
from ..models.id_name_slug_orm_base import IdNameSlugOrmBase  # noqa: E402

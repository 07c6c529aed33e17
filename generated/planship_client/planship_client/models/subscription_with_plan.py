# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field

T = TypeVar("T", bound="SubscriptionWithPlan")


class SubscriptionWithPlan(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    id: UUID
    auto_renew: bool
    is_active: bool
    plan_id: UUID
    renew_plan_id: UUID
    renew_at: datetime.datetime
    last_renewed_at: datetime.datetime
    max_subscribers: int
    start_at: datetime.datetime
    plan: IdNameSlugOrmBase
    renew_plan: IdNameSlugOrmBase
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        auto_renew = self.auto_renew

        is_active = self.is_active

        plan_id = str(self.plan_id)

        renew_plan_id = str(self.renew_plan_id)

        renew_at = self.renew_at.isoformat()

        last_renewed_at = self.last_renewed_at.isoformat()

        max_subscribers = self.max_subscribers

        start_at = self.start_at.isoformat()

        plan = self.plan.to_dict()

        renew_plan = self.renew_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "auto_renew": auto_renew,
                "is_active": is_active,
                "plan_id": plan_id,
                "renew_plan_id": renew_plan_id,
                "renew_at": renew_at,
                "last_renewed_at": last_renewed_at,
                "max_subscribers": max_subscribers,
                "start_at": start_at,
                "plan": plan,
                "renew_plan": renew_plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "SubscriptionWithPlan", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            id = UUID(d.pop("id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "id", _exc) from _exc

        try:
            auto_renew = d.pop("auto_renew")
            if not isinstance(auto_renew, bool):
                raise TypeError(f"expected bool, got {type(auto_renew).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "auto_renew") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "auto_renew", _exc) from _exc

        try:
            is_active = d.pop("is_active")
            if not isinstance(is_active, bool):
                raise TypeError(f"expected bool, got {type(is_active).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "is_active") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "is_active", _exc) from _exc

        try:
            plan_id = UUID(d.pop("plan_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "plan_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "plan_id", _exc) from _exc

        try:
            renew_plan_id = UUID(d.pop("renew_plan_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "renew_plan_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "renew_plan_id", _exc) from _exc

        try:
            renew_at = datetime.datetime.fromisoformat(d.pop("renew_at"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "renew_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "renew_at", _exc) from _exc

        try:
            last_renewed_at = datetime.datetime.fromisoformat(d.pop("last_renewed_at"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "last_renewed_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "last_renewed_at", _exc) from _exc

        try:
            max_subscribers = d.pop("max_subscribers")
            if not isinstance(max_subscribers, int) or isinstance(max_subscribers, bool):
                raise TypeError(f"expected int, got {type(max_subscribers).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "max_subscribers") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "max_subscribers", _exc) from _exc

        try:
            start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "start_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "start_at", _exc) from _exc

        try:
            plan = IdNameSlugOrmBase.from_dict(d.pop("plan"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "plan") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "plan", _exc) from _exc

        try:
            renew_plan = IdNameSlugOrmBase.from_dict(d.pop("renew_plan"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionWithPlan", "renew_plan") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionWithPlan", "renew_plan", _exc) from _exc

        subscription_with_plan = cls(
            id=id,
            auto_renew=auto_renew,
            is_active=is_active,
            plan_id=plan_id,
            renew_plan_id=renew_plan_id,
            renew_at=renew_at,
            last_renewed_at=last_renewed_at,
            max_subscribers=max_subscribers,
            start_at=start_at,
            plan=plan,
            renew_plan=renew_plan,
        )

        subscription_with_plan.additional_properties = d
        return subscription_with_plan

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
from ..models.id_name_slug_orm_base import IdNameSlugOrmBase  # noqa: E402

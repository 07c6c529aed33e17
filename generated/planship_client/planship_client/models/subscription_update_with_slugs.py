# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="SubscriptionUpdateWithSlugs")


class SubscriptionUpdateWithSlugs(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    plan_id: UUID | Unset = UNSET
    renew_plan_id: UUID | Unset = UNSET
    plan_slug: str | Unset = UNSET
    renew_plan_slug: str | Unset = UNSET
    max_subscribers: int | Unset = 1
    is_active: bool | Unset = True
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "SubscriptionUpdateWithSlugs", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            _plan_id = none_as_unset(d.pop("plan_id", UNSET))
            plan_id: UUID | Unset
            if isinstance(_plan_id, Unset):
                plan_id = UNSET
            else:
                plan_id = UUID(_plan_id)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionUpdateWithSlugs", "plan_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionUpdateWithSlugs", "plan_id", _exc) from _exc

        try:
            _renew_plan_id = none_as_unset(d.pop("renew_plan_id", UNSET))
            renew_plan_id: UUID | Unset
            if isinstance(_renew_plan_id, Unset):
                renew_plan_id = UNSET
            else:
                renew_plan_id = UUID(_renew_plan_id)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionUpdateWithSlugs", "renew_plan_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionUpdateWithSlugs", "renew_plan_id", _exc) from _exc

        try:
            plan_slug = none_as_unset(d.pop("plan_slug", UNSET))
            if not isinstance(plan_slug, str | Unset):
                raise TypeError(f"expected str, got {type(plan_slug).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionUpdateWithSlugs", "plan_slug") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionUpdateWithSlugs", "plan_slug", _exc) from _exc

        try:
            renew_plan_slug = none_as_unset(d.pop("renew_plan_slug", UNSET))
            if not isinstance(renew_plan_slug, str | Unset):
                raise TypeError(f"expected str, got {type(renew_plan_slug).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionUpdateWithSlugs", "renew_plan_slug") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionUpdateWithSlugs", "renew_plan_slug", _exc) from _exc

        try:
            max_subscribers = none_as_unset(d.pop("max_subscribers", UNSET))
            if not isinstance(max_subscribers, int | Unset) or isinstance(max_subscribers, bool):
                raise TypeError(f"expected int, got {type(max_subscribers).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionUpdateWithSlugs", "max_subscribers") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionUpdateWithSlugs", "max_subscribers", _exc) from _exc

        try:
            is_active = none_as_unset(d.pop("is_active", UNSET))
            if not isinstance(is_active, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_active).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SubscriptionUpdateWithSlugs", "is_active") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SubscriptionUpdateWithSlugs", "is_active", _exc) from _exc

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

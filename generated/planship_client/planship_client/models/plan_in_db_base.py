# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="PlanInDbBase")


class PlanInDbBase(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    slug: str | Unset = UNSET
    display_order: int | Unset = UNSET
    display_name: str | Unset = UNSET
    display_description: str | Unset = UNSET
    display_extra_attributes: PlanInDbBaseDisplayExtraAttributes | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    max_subscribers: int | Unset = UNSET
    is_self_serve: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    duration_period: int | Unset = UNSET
    duration_unit: str | Unset = UNSET
    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        display_order = self.display_order

        display_name = self.display_name

        display_description = self.display_description

        display_extra_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_extra_attributes, Unset):
            display_extra_attributes = self.display_extra_attributes.to_dict()

        description = self.description

        name = self.name

        max_subscribers = self.max_subscribers

        is_self_serve = self.is_self_serve

        is_public = self.is_public

        auto_renew = self.auto_renew

        duration_period = self.duration_period

        duration_unit = self.duration_unit

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if display_description is not UNSET:
            field_dict["display_description"] = display_description
        if display_extra_attributes is not UNSET:
            field_dict["display_extra_attributes"] = display_extra_attributes
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if max_subscribers is not UNSET:
            field_dict["max_subscribers"] = max_subscribers
        if is_self_serve is not UNSET:
            field_dict["is_self_serve"] = is_self_serve
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if auto_renew is not UNSET:
            field_dict["auto_renew"] = auto_renew
        if duration_period is not UNSET:
            field_dict["duration_period"] = duration_period
        if duration_unit is not UNSET:
            field_dict["duration_unit"] = duration_unit
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("PlanInDbBase", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            slug = none_as_unset(d.pop("slug", UNSET))
            if not isinstance(slug, str | Unset):
                raise TypeError(f"expected str, got {type(slug).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "slug") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "slug", _exc) from _exc

        try:
            display_order = none_as_unset(d.pop("display_order", UNSET))
            if not isinstance(display_order, int | Unset) or isinstance(display_order, bool):
                raise TypeError(f"expected int, got {type(display_order).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "display_order") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "display_order", _exc) from _exc

        try:
            display_name = none_as_unset(d.pop("display_name", UNSET))
            if not isinstance(display_name, str | Unset):
                raise TypeError(f"expected str, got {type(display_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "display_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "display_name", _exc) from _exc

        try:
            display_description = none_as_unset(d.pop("display_description", UNSET))
            if not isinstance(display_description, str | Unset):
                raise TypeError(f"expected str, got {type(display_description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "display_description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "display_description", _exc) from _exc

        try:
            _display_extra_attributes = none_as_unset(d.pop("display_extra_attributes", UNSET))
            display_extra_attributes: PlanInDbBaseDisplayExtraAttributes | Unset
            if isinstance(_display_extra_attributes, Unset):
                display_extra_attributes = UNSET
            else:
                display_extra_attributes = PlanInDbBaseDisplayExtraAttributes.from_dict(_display_extra_attributes)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "display_extra_attributes") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "display_extra_attributes", _exc) from _exc

        try:
            description = none_as_unset(d.pop("description", UNSET))
            if not isinstance(description, str | Unset):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "description", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "name", _exc) from _exc

        try:
            max_subscribers = none_as_unset(d.pop("max_subscribers", UNSET))
            if not isinstance(max_subscribers, int | Unset) or isinstance(max_subscribers, bool):
                raise TypeError(f"expected int, got {type(max_subscribers).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "max_subscribers") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "max_subscribers", _exc) from _exc

        try:
            is_self_serve = none_as_unset(d.pop("is_self_serve", UNSET))
            if not isinstance(is_self_serve, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_self_serve).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "is_self_serve") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "is_self_serve", _exc) from _exc

        try:
            is_public = none_as_unset(d.pop("is_public", UNSET))
            if not isinstance(is_public, bool | Unset):
                raise TypeError(f"expected bool, got {type(is_public).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "is_public") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "is_public", _exc) from _exc

        try:
            auto_renew = none_as_unset(d.pop("auto_renew", UNSET))
            if not isinstance(auto_renew, bool | Unset):
                raise TypeError(f"expected bool, got {type(auto_renew).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "auto_renew") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "auto_renew", _exc) from _exc

        try:
            duration_period = none_as_unset(d.pop("duration_period", UNSET))
            if not isinstance(duration_period, int | Unset) or isinstance(duration_period, bool):
                raise TypeError(f"expected int, got {type(duration_period).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "duration_period") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "duration_period", _exc) from _exc

        try:
            duration_unit = none_as_unset(d.pop("duration_unit", UNSET))
            if not isinstance(duration_unit, str | Unset):
                raise TypeError(f"expected str, got {type(duration_unit).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "duration_unit") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "duration_unit", _exc) from _exc

        try:
            _id = none_as_unset(d.pop("id", UNSET))
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanInDbBase", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanInDbBase", "id", _exc) from _exc

        plan_in_db_base = cls(
            slug=slug,
            display_order=display_order,
            display_name=display_name,
            display_description=display_description,
            display_extra_attributes=display_extra_attributes,
            description=description,
            name=name,
            max_subscribers=max_subscribers,
            is_self_serve=is_self_serve,
            is_public=is_public,
            auto_renew=auto_renew,
            duration_period=duration_period,
            duration_unit=duration_unit,
            id=id,
        )

        plan_in_db_base.additional_properties = d
        return plan_in_db_base

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
from ..models.plan_in_db_base_display_extra_attributes import PlanInDbBaseDisplayExtraAttributes  # noqa: E402

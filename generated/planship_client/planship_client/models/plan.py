# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Plan")


class Plan(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    slug: str
    name: str
    """ Plan name """
    description: str
    """ Plan description """
    entitlements: list[PlanEntitlement]
    order: int | Unset = UNSET
    """ Plan display order """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description = self.description

        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "description": description,
                "entitlements": entitlements,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Plan", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            slug = d.pop("slug")
            if not isinstance(slug, str):
                raise TypeError(f"expected str, got {type(slug).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Plan", "slug") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Plan", "slug", _exc) from _exc

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Plan", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Plan", "name", _exc) from _exc

        try:
            description = d.pop("description")
            if not isinstance(description, str):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Plan", "description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Plan", "description", _exc) from _exc

        try:
            entitlements = []
            _entitlements = d.pop("entitlements")
            if not isinstance(_entitlements, list):
                raise TypeError(f"expected a list, got {type(_entitlements).__name__}")

            for entitlements_item_data in _entitlements:
                entitlements_item = PlanEntitlement.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Plan", "entitlements") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Plan", "entitlements", _exc) from _exc

        try:
            order = none_as_unset(d.pop("order", UNSET))
            if not isinstance(order, int | Unset) or isinstance(order, bool):
                raise TypeError(f"expected int, got {type(order).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Plan", "order") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Plan", "order", _exc) from _exc

        plan = cls(
            slug=slug,
            name=name,
            description=description,
            entitlements=entitlements,
            order=order,
        )

        plan.additional_properties = d
        return plan

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
from ..models.plan_entitlement import PlanEntitlement  # noqa: E402

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="PlanEntitlement")


class PlanEntitlement(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    value: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    order: int | Unset = UNSET
    configuration: PlanEntitlementConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        name = self.name

        description = self.description

        order = self.order

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if order is not UNSET:
            field_dict["order"] = order
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "PlanEntitlement", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            value = none_as_unset(d.pop("value", UNSET))
            if not isinstance(value, str | Unset):
                raise TypeError(f"expected str, got {type(value).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanEntitlement", "value") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanEntitlement", "value", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanEntitlement", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanEntitlement", "name", _exc) from _exc

        try:
            description = none_as_unset(d.pop("description", UNSET))
            if not isinstance(description, str | Unset):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanEntitlement", "description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanEntitlement", "description", _exc) from _exc

        try:
            order = none_as_unset(d.pop("order", UNSET))
            if not isinstance(order, int | Unset) or isinstance(order, bool):
                raise TypeError(f"expected int, got {type(order).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanEntitlement", "order") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanEntitlement", "order", _exc) from _exc

        try:
            _configuration = none_as_unset(d.pop("configuration", UNSET))
            configuration: PlanEntitlementConfiguration | Unset
            if isinstance(_configuration, Unset):
                configuration = UNSET
            else:
                configuration = PlanEntitlementConfiguration.from_dict(_configuration)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("PlanEntitlement", "configuration") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PlanEntitlement", "configuration", _exc) from _exc

        plan_entitlement = cls(
            value=value,
            name=name,
            description=description,
            order=order,
            configuration=configuration,
        )

        plan_entitlement.additional_properties = d
        return plan_entitlement

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
from ..models.plan_entitlement_configuration import PlanEntitlementConfiguration  # noqa: E402

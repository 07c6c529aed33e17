# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.create_role_body_role import CreateRoleBodyRole
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CreateRoleBody")


class CreateRoleBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    name: str
    """ The name of the role. """
    role: CreateRoleBodyRole | Unset = UNSET
    """ The access level for the role. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("CreateRoleBody", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateRoleBody", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateRoleBody", "name", _exc) from _exc

        try:
            _role = none_as_unset(d.pop("role", UNSET))
            role: CreateRoleBodyRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = CreateRoleBodyRole(_role)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateRoleBody", "role") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateRoleBody", "role", _exc) from _exc

        create_role_body = cls(
            name=name,
            role=role,
        )

        create_role_body.additional_properties = d
        return create_role_body

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

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.update_organization_member_body_role import UpdateOrganizationMemberBodyRole
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="UpdateOrganizationMemberBody")


class UpdateOrganizationMemberBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    role: UpdateOrganizationMemberBodyRole | Unset = UNSET
    """ The role to assign to the member. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "UpdateOrganizationMemberBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            _role = none_as_unset(d.pop("role", UNSET))
            role: UpdateOrganizationMemberBodyRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = UpdateOrganizationMemberBodyRole(_role)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateOrganizationMemberBody", "role") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateOrganizationMemberBody", "role", _exc) from _exc

        update_organization_member_body = cls(
            role=role,
        )

        update_organization_member_body.additional_properties = d
        return update_organization_member_body

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

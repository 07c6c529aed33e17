# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.organization_member_role import OrganizationMemberRole
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="OrganizationMember")


class OrganizationMember(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A member of a PlanetScale organization with a specific role."""

    id: str | Unset = UNSET
    """ The unique identifier of the member. """
    name: str | Unset = UNSET
    """ The display name of the member. """
    email: str | Unset = UNSET
    """ The email address of the member. """
    role: OrganizationMemberRole | Unset = UNSET
    """ The role of the member within the organization. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the member was added. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "OrganizationMember", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationMember", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationMember", "id", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationMember", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationMember", "name", _exc) from _exc

        try:
            email = none_as_unset(d.pop("email", UNSET))
            if not isinstance(email, str | Unset):
                raise TypeError(f"expected str, got {type(email).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationMember", "email") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationMember", "email", _exc) from _exc

        try:
            _role = none_as_unset(d.pop("role", UNSET))
            role: OrganizationMemberRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = OrganizationMemberRole(_role)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationMember", "role") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationMember", "role", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationMember", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationMember", "created_at", _exc) from _exc

        organization_member = cls(
            id=id,
            name=name,
            email=email,
            role=role,
            created_at=created_at,
        )

        organization_member.additional_properties = d
        return organization_member

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

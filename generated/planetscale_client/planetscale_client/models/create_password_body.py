# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.create_password_body_role import CreatePasswordBodyRole
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CreatePasswordBody")


class CreatePasswordBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    name: str | Unset = UNSET
    """ A descriptive name for the password. """
    role: CreatePasswordBodyRole | Unset = UNSET
    """ The access role for the password. """
    ttl: float | Unset = UNSET
    """ Time to live in minutes. 0 means no expiration. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "CreatePasswordBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreatePasswordBody", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreatePasswordBody", "name", _exc) from _exc

        try:
            _role = none_as_unset(d.pop("role", UNSET))
            role: CreatePasswordBodyRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = CreatePasswordBodyRole(_role)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreatePasswordBody", "role") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreatePasswordBody", "role", _exc) from _exc

        try:
            ttl = none_as_unset(d.pop("ttl", UNSET))
            if not isinstance(ttl, int | float | Unset) or isinstance(ttl, bool):
                raise TypeError(f"expected float, got {type(ttl).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreatePasswordBody", "ttl") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreatePasswordBody", "ttl", _exc) from _exc

        create_password_body = cls(
            name=name,
            role=role,
            ttl=ttl,
        )

        create_password_body.additional_properties = d
        return create_password_body

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

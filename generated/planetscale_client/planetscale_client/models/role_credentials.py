# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="RoleCredentials")


class RoleCredentials(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Role-based credentials for accessing a database branch."""

    id: str | Unset = UNSET
    """ The unique identifier of the role credentials. """
    name: str | Unset = UNSET
    """ The name of the role. """
    role: str | Unset = UNSET
    """ The access level of the role. """
    username: str | Unset = UNSET
    """ The username for connecting. """
    password: str | Unset = UNSET
    """ The password for connecting. Only returned during creation. """
    hostname: str | Unset = UNSET
    """ The hostname for connecting. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the role was created. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role = self.role

        username = self.username

        password = self.password

        hostname = self.hostname

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
        if role is not UNSET:
            field_dict["role"] = role
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "RoleCredentials", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("RoleCredentials", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("RoleCredentials", "id", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("RoleCredentials", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("RoleCredentials", "name", _exc) from _exc

        try:
            role = none_as_unset(d.pop("role", UNSET))
            if not isinstance(role, str | Unset):
                raise TypeError(f"expected str, got {type(role).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("RoleCredentials", "role") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("RoleCredentials", "role", _exc) from _exc

        try:
            username = none_as_unset(d.pop("username", UNSET))
            if not isinstance(username, str | Unset):
                raise TypeError(f"expected str, got {type(username).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("RoleCredentials", "username") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("RoleCredentials", "username", _exc) from _exc

        try:
            password = none_as_unset(d.pop("password", UNSET))
            if not isinstance(password, str | Unset):
                raise TypeError(f"expected str, got {type(password).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("RoleCredentials", "password") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("RoleCredentials", "password", _exc) from _exc

        try:
            hostname = none_as_unset(d.pop("hostname", UNSET))
            if not isinstance(hostname, str | Unset):
                raise TypeError(f"expected str, got {type(hostname).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("RoleCredentials", "hostname") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("RoleCredentials", "hostname", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("RoleCredentials", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("RoleCredentials", "created_at", _exc) from _exc

        role_credentials = cls(
            id=id,
            name=name,
            role=role,
            username=username,
            password=password,
            hostname=hostname,
            created_at=created_at,
        )

        role_credentials.additional_properties = d
        return role_credentials

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

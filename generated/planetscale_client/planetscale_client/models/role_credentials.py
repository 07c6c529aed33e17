# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleCredentials")


@_attrs_define
class RoleCredentials:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        role = d.pop("role", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        hostname = d.pop("hostname", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

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

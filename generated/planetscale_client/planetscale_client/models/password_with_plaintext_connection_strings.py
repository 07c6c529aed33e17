# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordWithPlaintextConnectionStrings")


@_attrs_define
class PasswordWithPlaintextConnectionStrings:
    """Pre-formatted connection strings for various drivers."""

    general: str | Unset = UNSET
    """ A general MySQL connection string. """
    prisma: str | Unset = UNSET
    """ A Prisma-formatted connection string. """
    laravel: str | Unset = UNSET
    """ A Laravel-formatted connection string. """
    rails: str | Unset = UNSET
    """ A Rails-formatted connection string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        general = self.general

        prisma = self.prisma

        laravel = self.laravel

        rails = self.rails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if general is not UNSET:
            field_dict["general"] = general
        if prisma is not UNSET:
            field_dict["prisma"] = prisma
        if laravel is not UNSET:
            field_dict["laravel"] = laravel
        if rails is not UNSET:
            field_dict["rails"] = rails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        general = d.pop("general", UNSET)

        prisma = d.pop("prisma", UNSET)

        laravel = d.pop("laravel", UNSET)

        rails = d.pop("rails", UNSET)

        password_with_plaintext_connection_strings = cls(
            general=general,
            prisma=prisma,
            laravel=laravel,
            rails=rails,
        )

        password_with_plaintext_connection_strings.additional_properties = d
        return password_with_plaintext_connection_strings

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

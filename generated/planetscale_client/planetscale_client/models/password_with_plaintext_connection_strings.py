# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="PasswordWithPlaintextConnectionStrings")


class PasswordWithPlaintextConnectionStrings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Pre-formatted connection strings for various drivers."""

    general: str | Unset = UNSET
    """ A general MySQL connection string. """
    prisma: str | Unset = UNSET
    """ A Prisma-formatted connection string. """
    laravel: str | Unset = UNSET
    """ A Laravel-formatted connection string. """
    rails: str | Unset = UNSET
    """ A Rails-formatted connection string. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "PasswordWithPlaintextConnectionStrings", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            general = none_as_unset(d.pop("general", UNSET))
            if not isinstance(general, str | Unset):
                raise TypeError(f"expected str, got {type(general).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PasswordWithPlaintextConnectionStrings", "general") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PasswordWithPlaintextConnectionStrings", "general", _exc) from _exc

        try:
            prisma = none_as_unset(d.pop("prisma", UNSET))
            if not isinstance(prisma, str | Unset):
                raise TypeError(f"expected str, got {type(prisma).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PasswordWithPlaintextConnectionStrings", "prisma") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PasswordWithPlaintextConnectionStrings", "prisma", _exc) from _exc

        try:
            laravel = none_as_unset(d.pop("laravel", UNSET))
            if not isinstance(laravel, str | Unset):
                raise TypeError(f"expected str, got {type(laravel).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PasswordWithPlaintextConnectionStrings", "laravel") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PasswordWithPlaintextConnectionStrings", "laravel", _exc) from _exc

        try:
            rails = none_as_unset(d.pop("rails", UNSET))
            if not isinstance(rails, str | Unset):
                raise TypeError(f"expected str, got {type(rails).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("PasswordWithPlaintextConnectionStrings", "rails") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("PasswordWithPlaintextConnectionStrings", "rails", _exc) from _exc

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

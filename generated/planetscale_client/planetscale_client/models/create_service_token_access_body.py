# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CreateServiceTokenAccessBody")


class CreateServiceTokenAccessBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    access: str
    """ The permission to grant. """
    database: str | Unset = UNSET
    """ The database to scope the access to. If omitted, access applies to all databases. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        access = self.access

        database = self.database

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
            }
        )
        if database is not UNSET:
            field_dict["database"] = database

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "CreateServiceTokenAccessBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            access = d.pop("access")
            if not isinstance(access, str):
                raise TypeError(f"expected str, got {type(access).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateServiceTokenAccessBody", "access") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateServiceTokenAccessBody", "access", _exc) from _exc

        try:
            database = none_as_unset(d.pop("database", UNSET))
            if not isinstance(database, str | Unset):
                raise TypeError(f"expected str, got {type(database).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateServiceTokenAccessBody", "database") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateServiceTokenAccessBody", "database", _exc) from _exc

        create_service_token_access_body = cls(
            access=access,
            database=database,
        )

        create_service_token_access_body.additional_properties = d
        return create_service_token_access_body

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

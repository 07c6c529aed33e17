# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="ServiceTokenAccess")


class ServiceTokenAccess(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """An access permission granted to a service token."""

    id: str | Unset = UNSET
    """ The unique identifier of the access grant. """
    access: str | Unset = UNSET
    """ The permission that is granted. """
    database: None | str | Unset = UNSET
    """ The database the access is scoped to. Null for organization-wide access. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the access was granted. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        access = self.access

        database: None | str | Unset
        if isinstance(self.database, Unset):
            database = UNSET
        else:
            database = self.database

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if access is not UNSET:
            field_dict["access"] = access
        if database is not UNSET:
            field_dict["database"] = database
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "ServiceTokenAccess", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ServiceTokenAccess", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ServiceTokenAccess", "id", _exc) from _exc

        try:
            access = none_as_unset(d.pop("access", UNSET))
            if not isinstance(access, str | Unset):
                raise TypeError(f"expected str, got {type(access).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ServiceTokenAccess", "access") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ServiceTokenAccess", "access", _exc) from _exc

        try:

            def _parse_database(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            database = _parse_database(d.pop("database", UNSET))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ServiceTokenAccess", "database") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ServiceTokenAccess", "database", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ServiceTokenAccess", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ServiceTokenAccess", "created_at", _exc) from _exc

        service_token_access = cls(
            id=id,
            access=access,
            database=database,
            created_at=created_at,
        )

        service_token_access.additional_properties = d
        return service_token_access

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

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.password_role import PasswordRole
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Password")


class Password(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A connection password for a database branch."""

    id: str | Unset = UNSET
    """ The unique identifier of the password. """
    name: str | Unset = UNSET
    """ The descriptive name of the password. """
    role: PasswordRole | Unset = UNSET
    """ The access role for the password. """
    hostname: str | Unset = UNSET
    """ The hostname for connecting with this password. """
    username: str | Unset = UNSET
    """ The username for connecting with this password. """
    database_branch: str | Unset = UNSET
    """ The branch this password is associated with. """
    region: PasswordRegion | Unset = UNSET
    """ The region for the connection. """
    expires_at: datetime.datetime | None | Unset = UNSET
    """ The timestamp when the password expires. Null if no expiration. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the password was created. """
    renewable: bool | Unset = UNSET
    """ Whether the password can be renewed. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        hostname = self.hostname

        username = self.username

        database_branch = self.database_branch

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        renewable = self.renewable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if username is not UNSET:
            field_dict["username"] = username
        if database_branch is not UNSET:
            field_dict["database_branch"] = database_branch
        if region is not UNSET:
            field_dict["region"] = region
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if renewable is not UNSET:
            field_dict["renewable"] = renewable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Password", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "id", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "name", _exc) from _exc

        try:
            _role = none_as_unset(d.pop("role", UNSET))
            role: PasswordRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = PasswordRole(_role)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "role") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "role", _exc) from _exc

        try:
            hostname = none_as_unset(d.pop("hostname", UNSET))
            if not isinstance(hostname, str | Unset):
                raise TypeError(f"expected str, got {type(hostname).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "hostname") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "hostname", _exc) from _exc

        try:
            username = none_as_unset(d.pop("username", UNSET))
            if not isinstance(username, str | Unset):
                raise TypeError(f"expected str, got {type(username).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "username") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "username", _exc) from _exc

        try:
            database_branch = none_as_unset(d.pop("database_branch", UNSET))
            if not isinstance(database_branch, str | Unset):
                raise TypeError(f"expected str, got {type(database_branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "database_branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "database_branch", _exc) from _exc

        try:
            _region = none_as_unset(d.pop("region", UNSET))
            region: PasswordRegion | Unset
            if isinstance(_region, Unset):
                region = UNSET
            else:
                region = PasswordRegion.from_dict(_region)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "region") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "region", _exc) from _exc

        try:

            def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "expires_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "expires_at", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "created_at", _exc) from _exc

        try:
            renewable = none_as_unset(d.pop("renewable", UNSET))
            if not isinstance(renewable, bool | Unset):
                raise TypeError(f"expected bool, got {type(renewable).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Password", "renewable") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Password", "renewable", _exc) from _exc

        password = cls(
            id=id,
            name=name,
            role=role,
            hostname=hostname,
            username=username,
            database_branch=database_branch,
            region=region,
            expires_at=expires_at,
            created_at=created_at,
            renewable=renewable,
        )

        password.additional_properties = d
        return password

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


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.password_region import PasswordRegion  # noqa: E402

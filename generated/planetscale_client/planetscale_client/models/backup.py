# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.backup_state import BackupState
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Backup")


class Backup(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A backup of a database branch."""

    id: str | Unset = UNSET
    """ The unique identifier of the backup. """
    name: str | Unset = UNSET
    """ The name of the backup. """
    state: BackupState | Unset = UNSET
    """ The current state of the backup. """
    size: int | Unset = UNSET
    """ The size of the backup in bytes. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the backup was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the backup was last updated. """
    completed_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the backup completed. """
    expires_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the backup expires. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        size = self.size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if size is not UNSET:
            field_dict["size"] = size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Backup", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Backup", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Backup", "id", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Backup", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Backup", "name", _exc) from _exc

        try:
            _state = none_as_unset(d.pop("state", UNSET))
            state: BackupState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = BackupState(_state)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Backup", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Backup", "state", _exc) from _exc

        try:
            size = none_as_unset(d.pop("size", UNSET))
            if not isinstance(size, int | Unset) or isinstance(size, bool):
                raise TypeError(f"expected int, got {type(size).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Backup", "size") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Backup", "size", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Backup", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Backup", "created_at", _exc) from _exc

        try:
            _updated_at = none_as_unset(d.pop("updated_at", UNSET))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Backup", "updated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Backup", "updated_at", _exc) from _exc

        try:
            _completed_at = none_as_unset(d.pop("completed_at", UNSET))
            completed_at: datetime.datetime | Unset
            if isinstance(_completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = datetime.datetime.fromisoformat(_completed_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Backup", "completed_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Backup", "completed_at", _exc) from _exc

        try:
            _expires_at = none_as_unset(d.pop("expires_at", UNSET))
            expires_at: datetime.datetime | Unset
            if isinstance(_expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = datetime.datetime.fromisoformat(_expires_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Backup", "expires_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Backup", "expires_at", _exc) from _exc

        backup = cls(
            id=id,
            name=name,
            state=state,
            size=size,
            created_at=created_at,
            updated_at=updated_at,
            completed_at=completed_at,
            expires_at=expires_at,
        )

        backup.additional_properties = d
        return backup

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

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.bouncer_state import BouncerState
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Bouncer")


class Bouncer(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A PgBouncer connection pooling instance for a database branch."""

    id: str | Unset = UNSET
    """ The unique identifier of the bouncer. """
    name: str | Unset = UNSET
    """ The name of the bouncer instance. """
    state: BouncerState | Unset = UNSET
    """ The current state of the bouncer. """
    pool_size: int | Unset = UNSET
    """ The connection pool size. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the bouncer was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the bouncer was last updated. """
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

        pool_size = self.pool_size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if pool_size is not UNSET:
            field_dict["pool_size"] = pool_size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Bouncer", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Bouncer", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Bouncer", "id", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Bouncer", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Bouncer", "name", _exc) from _exc

        try:
            _state = none_as_unset(d.pop("state", UNSET))
            state: BouncerState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = BouncerState(_state)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Bouncer", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Bouncer", "state", _exc) from _exc

        try:
            pool_size = none_as_unset(d.pop("pool_size", UNSET))
            if not isinstance(pool_size, int | Unset) or isinstance(pool_size, bool):
                raise TypeError(f"expected int, got {type(pool_size).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Bouncer", "pool_size") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Bouncer", "pool_size", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Bouncer", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Bouncer", "created_at", _exc) from _exc

        try:
            _updated_at = none_as_unset(d.pop("updated_at", UNSET))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Bouncer", "updated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Bouncer", "updated_at", _exc) from _exc

        bouncer = cls(
            id=id,
            name=name,
            state=state,
            pool_size=pool_size,
            created_at=created_at,
            updated_at=updated_at,
        )

        bouncer.additional_properties = d
        return bouncer

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

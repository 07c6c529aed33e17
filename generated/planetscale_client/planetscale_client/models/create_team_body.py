# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CreateTeamBody")


class CreateTeamBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    name: str
    """ The name of the team. """
    description: str | Unset = UNSET
    """ A description of the team. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("CreateTeamBody", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateTeamBody", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateTeamBody", "name", _exc) from _exc

        try:
            description = none_as_unset(d.pop("description", UNSET))
            if not isinstance(description, str | Unset):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateTeamBody", "description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateTeamBody", "description", _exc) from _exc

        create_team_body = cls(
            name=name,
            description=description,
        )

        create_team_body.additional_properties = d
        return create_team_body

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

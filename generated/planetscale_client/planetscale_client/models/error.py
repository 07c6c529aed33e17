# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Error")


class Error(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """An error response from the PlanetScale API."""

    code: str | Unset = UNSET
    """ A machine-readable error code. """
    message: str | Unset = UNSET
    """ A human-readable error message. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Error", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            code = none_as_unset(d.pop("code", UNSET))
            if not isinstance(code, str | Unset):
                raise TypeError(f"expected str, got {type(code).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Error", "code") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Error", "code", _exc) from _exc

        try:
            message = none_as_unset(d.pop("message", UNSET))
            if not isinstance(message, str | Unset):
                raise TypeError(f"expected str, got {type(message).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Error", "message") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Error", "message", _exc) from _exc

        error = cls(
            code=code,
            message=message,
        )

        error.additional_properties = d
        return error

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

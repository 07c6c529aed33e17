# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="ValidationError")


class ValidationError(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    loc: list[Any] | Unset = UNSET
    msg: str | Unset = UNSET
    type_: str | Unset = msgspec.field(name="type", default=UNSET)
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        loc: list[Any] | Unset = UNSET
        if not isinstance(self.loc, Unset):
            loc = self.loc

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loc is not UNSET:
            field_dict["loc"] = loc
        if msg is not UNSET:
            field_dict["msg"] = msg
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "ValidationError", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            loc = cast(list[Any], none_as_unset(d.pop("loc", UNSET)))
            if not isinstance(loc, Unset):
                if not isinstance(loc, list):
                    raise TypeError(f"expected a list, got {type(loc).__name__}")

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ValidationError", "loc") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ValidationError", "loc", _exc) from _exc

        try:
            msg = none_as_unset(d.pop("msg", UNSET))
            if not isinstance(msg, str | Unset):
                raise TypeError(f"expected str, got {type(msg).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ValidationError", "msg") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ValidationError", "msg", _exc) from _exc

        try:
            type_ = none_as_unset(d.pop("type", UNSET))
            if not isinstance(type_, str | Unset):
                raise TypeError(f"expected str, got {type(type_).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ValidationError", "type") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ValidationError", "type", _exc) from _exc

        validation_error = cls(
            loc=loc,
            msg=msg,
            type_=type_,
        )

        validation_error.additional_properties = d
        return validation_error

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

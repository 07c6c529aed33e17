# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.bouncer import Bouncer
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="ListBouncersResponse200")


class ListBouncersResponse200(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    data: list[Bouncer] | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "ListBouncersResponse200", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            _data = none_as_unset(d.pop("data", UNSET))
            data: list[Bouncer] | Unset = UNSET
            if _data is not UNSET:
                if not isinstance(_data, list):
                    raise TypeError(f"expected a list, got {type(_data).__name__}")

                data = []
                for data_item_data in _data:
                    data_item = Bouncer.from_dict(data_item_data)

                    data.append(data_item)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ListBouncersResponse200", "data") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ListBouncersResponse200", "data", _exc) from _exc

        list_bouncers_response_200 = cls(
            data=data,
        )

        list_bouncers_response_200.additional_properties = d
        return list_bouncers_response_200

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

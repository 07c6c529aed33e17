# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.close_deploy_request_body_state import CloseDeployRequestBodyState
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CloseDeployRequestBody")


class CloseDeployRequestBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    state: CloseDeployRequestBodyState | Unset = UNSET
    """ The desired state of the deploy request. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "CloseDeployRequestBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            _state = none_as_unset(d.pop("state", UNSET))
            state: CloseDeployRequestBodyState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = CloseDeployRequestBodyState(_state)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CloseDeployRequestBody", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CloseDeployRequestBody", "state", _exc) from _exc

        close_deploy_request_body = cls(
            state=state,
        )

        close_deploy_request_body.additional_properties = d
        return close_deploy_request_body

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

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field

T = TypeVar("T", bound="TokenResponse")


class TokenResponse(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """An OAuth2 Token response."""

    access_token: str
    token_type: str
    expires_in: int
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("TokenResponse", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            access_token = d.pop("access_token")
            if not isinstance(access_token, str):
                raise TypeError(f"expected str, got {type(access_token).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("TokenResponse", "access_token") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("TokenResponse", "access_token", _exc) from _exc

        try:
            token_type = d.pop("token_type")
            if not isinstance(token_type, str):
                raise TypeError(f"expected str, got {type(token_type).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("TokenResponse", "token_type") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("TokenResponse", "token_type", _exc) from _exc

        try:
            expires_in = d.pop("expires_in")
            if not isinstance(expires_in, int) or isinstance(expires_in, bool):
                raise TypeError(f"expected int, got {type(expires_in).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("TokenResponse", "expires_in") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("TokenResponse", "expires_in", _exc) from _exc

        token_response = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
        )

        token_response.additional_properties = d
        return token_response

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

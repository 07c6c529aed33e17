# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.review_deploy_request_body_state import ReviewDeployRequestBodyState
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="ReviewDeployRequestBody")


class ReviewDeployRequestBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    state: ReviewDeployRequestBodyState
    """ The review state. """
    body: str | Unset = UNSET
    """ The review comment body. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "ReviewDeployRequestBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            state = ReviewDeployRequestBodyState(d.pop("state"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ReviewDeployRequestBody", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ReviewDeployRequestBody", "state", _exc) from _exc

        try:
            body = none_as_unset(d.pop("body", UNSET))
            if not isinstance(body, str | Unset):
                raise TypeError(f"expected str, got {type(body).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ReviewDeployRequestBody", "body") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ReviewDeployRequestBody", "body", _exc) from _exc

        review_deploy_request_body = cls(
            state=state,
            body=body,
        )

        review_deploy_request_body.additional_properties = d
        return review_deploy_request_body

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

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="DeployRequestReviewActor")


class DeployRequestReviewActor(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """The user who submitted the review."""

    id: str | Unset = UNSET
    """ The user ID. """
    display_name: str | Unset = UNSET
    """ The display name of the user. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "DeployRequestReviewActor", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestReviewActor", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestReviewActor", "id", _exc) from _exc

        try:
            display_name = none_as_unset(d.pop("display_name", UNSET))
            if not isinstance(display_name, str | Unset):
                raise TypeError(f"expected str, got {type(display_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestReviewActor", "display_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestReviewActor", "display_name", _exc) from _exc

        deploy_request_review_actor = cls(
            id=id,
            display_name=display_name,
        )

        deploy_request_review_actor.additional_properties = d
        return deploy_request_review_actor

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

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CreateDeployRequestBody")


class CreateDeployRequestBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    branch: str
    """ The name of the source branch containing schema changes. """
    into_branch: str | Unset = UNSET
    """ The name of the target branch to deploy into. Defaults to the production branch. """
    notes: str | Unset = UNSET
    """ Notes or description for the deploy request. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        into_branch = self.into_branch

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch": branch,
            }
        )
        if into_branch is not UNSET:
            field_dict["into_branch"] = into_branch
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "CreateDeployRequestBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            branch = d.pop("branch")
            if not isinstance(branch, str):
                raise TypeError(f"expected str, got {type(branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateDeployRequestBody", "branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateDeployRequestBody", "branch", _exc) from _exc

        try:
            into_branch = none_as_unset(d.pop("into_branch", UNSET))
            if not isinstance(into_branch, str | Unset):
                raise TypeError(f"expected str, got {type(into_branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateDeployRequestBody", "into_branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateDeployRequestBody", "into_branch", _exc) from _exc

        try:
            notes = none_as_unset(d.pop("notes", UNSET))
            if not isinstance(notes, str | Unset):
                raise TypeError(f"expected str, got {type(notes).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateDeployRequestBody", "notes") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateDeployRequestBody", "notes", _exc) from _exc

        create_deploy_request_body = cls(
            branch=branch,
            into_branch=into_branch,
            notes=notes,
        )

        create_deploy_request_body.additional_properties = d
        return create_deploy_request_body

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

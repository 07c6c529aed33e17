# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="UpdateBranchBody")


class UpdateBranchBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    cluster_size: str | Unset = UNSET
    """ The new cluster size for the branch. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        cluster_size = self.cluster_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_size is not UNSET:
            field_dict["cluster_size"] = cluster_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "UpdateBranchBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            cluster_size = none_as_unset(d.pop("cluster_size", UNSET))
            if not isinstance(cluster_size, str | Unset):
                raise TypeError(f"expected str, got {type(cluster_size).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateBranchBody", "cluster_size") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateBranchBody", "cluster_size", _exc) from _exc

        update_branch_body = cls(
            cluster_size=cluster_size,
        )

        update_branch_body.additional_properties = d
        return update_branch_body

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

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CreateBranchBody")


class CreateBranchBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    name: str
    """ The name of the branch. """
    parent_branch: str | Unset = UNSET
    """ The name of the parent branch to fork from. """
    backup_id: str | Unset = UNSET
    """ The ID of a backup to restore the branch from. """
    seed_data: str | Unset = UNSET
    """ The seed data configuration for the branch. """
    cluster_size: str | Unset = UNSET
    """ The cluster size for the branch. """
    region: str | Unset = UNSET
    """ The region where the branch will be created. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_branch = self.parent_branch

        backup_id = self.backup_id

        seed_data = self.seed_data

        cluster_size = self.cluster_size

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if parent_branch is not UNSET:
            field_dict["parent_branch"] = parent_branch
        if backup_id is not UNSET:
            field_dict["backup_id"] = backup_id
        if seed_data is not UNSET:
            field_dict["seed_data"] = seed_data
        if cluster_size is not UNSET:
            field_dict["cluster_size"] = cluster_size
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "CreateBranchBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateBranchBody", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateBranchBody", "name", _exc) from _exc

        try:
            parent_branch = none_as_unset(d.pop("parent_branch", UNSET))
            if not isinstance(parent_branch, str | Unset):
                raise TypeError(f"expected str, got {type(parent_branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateBranchBody", "parent_branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateBranchBody", "parent_branch", _exc) from _exc

        try:
            backup_id = none_as_unset(d.pop("backup_id", UNSET))
            if not isinstance(backup_id, str | Unset):
                raise TypeError(f"expected str, got {type(backup_id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateBranchBody", "backup_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateBranchBody", "backup_id", _exc) from _exc

        try:
            seed_data = none_as_unset(d.pop("seed_data", UNSET))
            if not isinstance(seed_data, str | Unset):
                raise TypeError(f"expected str, got {type(seed_data).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateBranchBody", "seed_data") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateBranchBody", "seed_data", _exc) from _exc

        try:
            cluster_size = none_as_unset(d.pop("cluster_size", UNSET))
            if not isinstance(cluster_size, str | Unset):
                raise TypeError(f"expected str, got {type(cluster_size).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateBranchBody", "cluster_size") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateBranchBody", "cluster_size", _exc) from _exc

        try:
            region = none_as_unset(d.pop("region", UNSET))
            if not isinstance(region, str | Unset):
                raise TypeError(f"expected str, got {type(region).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateBranchBody", "region") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateBranchBody", "region", _exc) from _exc

        create_branch_body = cls(
            name=name,
            parent_branch=parent_branch,
            backup_id=backup_id,
            seed_data=seed_data,
            cluster_size=cluster_size,
            region=region,
        )

        create_branch_body.additional_properties = d
        return create_branch_body

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

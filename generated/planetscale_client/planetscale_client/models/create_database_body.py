# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.create_database_body_plan import CreateDatabaseBodyPlan
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CreateDatabaseBody")


class CreateDatabaseBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    name: str
    """ The name of the database. """
    plan: CreateDatabaseBodyPlan | Unset = UNSET
    """ The billing plan for the database. """
    cluster_size: str | Unset = UNSET
    """ The cluster size for the production branch. """
    region: str | Unset = UNSET
    """ The region slug where the database will be created. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        plan: str | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.value

        cluster_size = self.cluster_size

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan
        if cluster_size is not UNSET:
            field_dict["cluster_size"] = cluster_size
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "CreateDatabaseBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateDatabaseBody", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateDatabaseBody", "name", _exc) from _exc

        try:
            _plan = none_as_unset(d.pop("plan", UNSET))
            plan: CreateDatabaseBodyPlan | Unset
            if isinstance(_plan, Unset):
                plan = UNSET
            else:
                plan = CreateDatabaseBodyPlan(_plan)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateDatabaseBody", "plan") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateDatabaseBody", "plan", _exc) from _exc

        try:
            cluster_size = none_as_unset(d.pop("cluster_size", UNSET))
            if not isinstance(cluster_size, str | Unset):
                raise TypeError(f"expected str, got {type(cluster_size).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateDatabaseBody", "cluster_size") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateDatabaseBody", "cluster_size", _exc) from _exc

        try:
            region = none_as_unset(d.pop("region", UNSET))
            if not isinstance(region, str | Unset):
                raise TypeError(f"expected str, got {type(region).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateDatabaseBody", "region") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateDatabaseBody", "region", _exc) from _exc

        create_database_body = cls(
            name=name,
            plan=plan,
            cluster_size=cluster_size,
            region=region,
        )

        create_database_body.additional_properties = d
        return create_database_body

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

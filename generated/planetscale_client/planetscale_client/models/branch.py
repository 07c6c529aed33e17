# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Branch")


class Branch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A database branch representing an isolated copy of the schema for development, testing, or production use."""

    id: str | Unset = UNSET
    """ The unique identifier of the branch. """
    name: str | Unset = UNSET
    """ The name of the branch. """
    production: bool | Unset = UNSET
    """ Whether this is a production branch. """
    ready: bool | Unset = UNSET
    """ Whether the branch is ready for connections. """
    shard_count: int | Unset = UNSET
    """ The number of shards in the branch. """
    sharded: bool | Unset = UNSET
    """ Whether the branch is sharded. """
    cluster_rate_name: str | Unset = UNSET
    """ The cluster size identifier for the branch. """
    region: BranchRegion | Unset = UNSET
    """ The region where the branch is hosted. """
    parent_branch: str | Unset = UNSET
    """ The name of the parent branch this was forked from. """
    schema_last_updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the schema was last modified. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the branch was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the branch was last updated. """
    html_url: str | Unset = UNSET
    """ The URL to the branch in the PlanetScale dashboard. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        production = self.production

        ready = self.ready

        shard_count = self.shard_count

        sharded = self.sharded

        cluster_rate_name = self.cluster_rate_name

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        parent_branch = self.parent_branch

        schema_last_updated_at: str | Unset = UNSET
        if not isinstance(self.schema_last_updated_at, Unset):
            schema_last_updated_at = self.schema_last_updated_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        html_url = self.html_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if production is not UNSET:
            field_dict["production"] = production
        if ready is not UNSET:
            field_dict["ready"] = ready
        if shard_count is not UNSET:
            field_dict["shard_count"] = shard_count
        if sharded is not UNSET:
            field_dict["sharded"] = sharded
        if cluster_rate_name is not UNSET:
            field_dict["cluster_rate_name"] = cluster_rate_name
        if region is not UNSET:
            field_dict["region"] = region
        if parent_branch is not UNSET:
            field_dict["parent_branch"] = parent_branch
        if schema_last_updated_at is not UNSET:
            field_dict["schema_last_updated_at"] = schema_last_updated_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if html_url is not UNSET:
            field_dict["html_url"] = html_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Branch", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "id", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "name", _exc) from _exc

        try:
            production = none_as_unset(d.pop("production", UNSET))
            if not isinstance(production, bool | Unset):
                raise TypeError(f"expected bool, got {type(production).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "production") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "production", _exc) from _exc

        try:
            ready = none_as_unset(d.pop("ready", UNSET))
            if not isinstance(ready, bool | Unset):
                raise TypeError(f"expected bool, got {type(ready).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "ready") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "ready", _exc) from _exc

        try:
            shard_count = none_as_unset(d.pop("shard_count", UNSET))
            if not isinstance(shard_count, int | Unset) or isinstance(shard_count, bool):
                raise TypeError(f"expected int, got {type(shard_count).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "shard_count") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "shard_count", _exc) from _exc

        try:
            sharded = none_as_unset(d.pop("sharded", UNSET))
            if not isinstance(sharded, bool | Unset):
                raise TypeError(f"expected bool, got {type(sharded).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "sharded") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "sharded", _exc) from _exc

        try:
            cluster_rate_name = none_as_unset(d.pop("cluster_rate_name", UNSET))
            if not isinstance(cluster_rate_name, str | Unset):
                raise TypeError(f"expected str, got {type(cluster_rate_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "cluster_rate_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "cluster_rate_name", _exc) from _exc

        try:
            _region = none_as_unset(d.pop("region", UNSET))
            region: BranchRegion | Unset
            if isinstance(_region, Unset):
                region = UNSET
            else:
                region = BranchRegion.from_dict(_region)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "region") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "region", _exc) from _exc

        try:
            parent_branch = none_as_unset(d.pop("parent_branch", UNSET))
            if not isinstance(parent_branch, str | Unset):
                raise TypeError(f"expected str, got {type(parent_branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "parent_branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "parent_branch", _exc) from _exc

        try:
            _schema_last_updated_at = none_as_unset(d.pop("schema_last_updated_at", UNSET))
            schema_last_updated_at: datetime.datetime | Unset
            if isinstance(_schema_last_updated_at, Unset):
                schema_last_updated_at = UNSET
            else:
                schema_last_updated_at = datetime.datetime.fromisoformat(_schema_last_updated_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "schema_last_updated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "schema_last_updated_at", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "created_at", _exc) from _exc

        try:
            _updated_at = none_as_unset(d.pop("updated_at", UNSET))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "updated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "updated_at", _exc) from _exc

        try:
            html_url = none_as_unset(d.pop("html_url", UNSET))
            if not isinstance(html_url, str | Unset):
                raise TypeError(f"expected str, got {type(html_url).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Branch", "html_url") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Branch", "html_url", _exc) from _exc

        branch = cls(
            id=id,
            name=name,
            production=production,
            ready=ready,
            shard_count=shard_count,
            sharded=sharded,
            cluster_rate_name=cluster_rate_name,
            region=region,
            parent_branch=parent_branch,
            schema_last_updated_at=schema_last_updated_at,
            created_at=created_at,
            updated_at=updated_at,
            html_url=html_url,
        )

        branch.additional_properties = d
        return branch

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


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.branch_region import BranchRegion  # noqa: E402

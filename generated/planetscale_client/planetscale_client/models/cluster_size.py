# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_size_engine import ClusterSizeEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterSize")


@_attrs_define
class ClusterSize:
    """An available cluster size SKU for database branches."""

    slug: str | Unset = UNSET
    """ The slug identifier for the cluster size. """
    display_name: str | Unset = UNSET
    """ The human-readable name of the cluster size. """
    vcpus: float | Unset = UNSET
    """ The number of virtual CPUs. """
    memory_gb: float | Unset = UNSET
    """ The amount of memory in gigabytes. """
    storage_gb: float | Unset = UNSET
    """ The amount of storage in gigabytes. """
    engine: ClusterSizeEngine | Unset = UNSET
    """ The database engine type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        display_name = self.display_name

        vcpus = self.vcpus

        memory_gb = self.memory_gb

        storage_gb = self.storage_gb

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if vcpus is not UNSET:
            field_dict["vcpus"] = vcpus
        if memory_gb is not UNSET:
            field_dict["memory_gb"] = memory_gb
        if storage_gb is not UNSET:
            field_dict["storage_gb"] = storage_gb
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        display_name = d.pop("display_name", UNSET)

        vcpus = d.pop("vcpus", UNSET)

        memory_gb = d.pop("memory_gb", UNSET)

        storage_gb = d.pop("storage_gb", UNSET)

        _engine = d.pop("engine", UNSET)
        engine: ClusterSizeEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = ClusterSizeEngine(_engine)

        cluster_size = cls(
            slug=slug,
            display_name=display_name,
            vcpus=vcpus,
            memory_gb=memory_gb,
            storage_gb=storage_gb,
            engine=engine,
        )

        cluster_size.additional_properties = d
        return cluster_size

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

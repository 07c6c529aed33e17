# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.cluster_size_engine import ClusterSizeEngine
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="ClusterSize")


class ClusterSize(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
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
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("ClusterSize", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            slug = none_as_unset(d.pop("slug", UNSET))
            if not isinstance(slug, str | Unset):
                raise TypeError(f"expected str, got {type(slug).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ClusterSize", "slug") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ClusterSize", "slug", _exc) from _exc

        try:
            display_name = none_as_unset(d.pop("display_name", UNSET))
            if not isinstance(display_name, str | Unset):
                raise TypeError(f"expected str, got {type(display_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ClusterSize", "display_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ClusterSize", "display_name", _exc) from _exc

        try:
            vcpus = none_as_unset(d.pop("vcpus", UNSET))
            if not isinstance(vcpus, int | float | Unset) or isinstance(vcpus, bool):
                raise TypeError(f"expected float, got {type(vcpus).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ClusterSize", "vcpus") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ClusterSize", "vcpus", _exc) from _exc

        try:
            memory_gb = none_as_unset(d.pop("memory_gb", UNSET))
            if not isinstance(memory_gb, int | float | Unset) or isinstance(memory_gb, bool):
                raise TypeError(f"expected float, got {type(memory_gb).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ClusterSize", "memory_gb") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ClusterSize", "memory_gb", _exc) from _exc

        try:
            storage_gb = none_as_unset(d.pop("storage_gb", UNSET))
            if not isinstance(storage_gb, int | float | Unset) or isinstance(storage_gb, bool):
                raise TypeError(f"expected float, got {type(storage_gb).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ClusterSize", "storage_gb") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ClusterSize", "storage_gb", _exc) from _exc

        try:
            _engine = none_as_unset(d.pop("engine", UNSET))
            engine: ClusterSizeEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = ClusterSizeEngine(_engine)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ClusterSize", "engine") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ClusterSize", "engine", _exc) from _exc

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

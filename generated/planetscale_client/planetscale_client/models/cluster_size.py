# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..models.cluster_size_engine import ClusterSizeEngine
from ..types import UNSET, Unset


class ClusterSize(_models.Model, kw_only=True):
    """An available cluster size SKU for database branches.

    Attributes:
        slug (str | Unset): The slug identifier for the cluster size.
        display_name (str | Unset): The human-readable name of the cluster size.
        vcpus (float | Unset): The number of virtual CPUs.
        memory_gb (float | Unset): The amount of memory in gigabytes.
        storage_gb (float | Unset): The amount of storage in gigabytes.
        engine (ClusterSizeEngine | Unset): The database engine type.
    """

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

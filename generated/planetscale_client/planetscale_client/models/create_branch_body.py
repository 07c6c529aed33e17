# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class CreateBranchBody(_models.Model, kw_only=True):
    """The ``CreateBranchBody`` object of the API.

    Attributes:
        name (str): The name of the branch.
        parent_branch (str | Unset): The name of the parent branch to fork from.
        backup_id (str | Unset): The ID of a backup to restore the branch from.
        seed_data (str | Unset): The seed data configuration for the branch.
        cluster_size (str | Unset): The cluster size for the branch.
        region (str | Unset): The region where the branch will be created.
    """

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

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class UpdateBranchBody(_models.Model, kw_only=True):
    """The ``UpdateBranchBody`` object of the API.

    Attributes:
        cluster_size (str | Unset): The new cluster size for the branch.
    """

    cluster_size: str | Unset = UNSET
    """ The new cluster size for the branch. """

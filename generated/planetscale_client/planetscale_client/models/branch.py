# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class Branch(_models.Model, kw_only=True):
    """A database branch representing an isolated copy of the schema for development, testing, or production use.

    Attributes:
        id (str | Unset): The unique identifier of the branch.
        name (str | Unset): The name of the branch.
        production (bool | Unset): Whether this is a production branch.
        ready (bool | Unset): Whether the branch is ready for connections.
        shard_count (int | Unset): The number of shards in the branch.
        sharded (bool | Unset): Whether the branch is sharded.
        cluster_rate_name (str | Unset): The cluster size identifier for the branch.
        region (BranchRegion | Unset): The region where the branch is hosted.
        parent_branch (str | Unset): The name of the parent branch this was forked from.
        schema_last_updated_at (datetime.datetime | Unset): The timestamp when the schema was last modified.
        created_at (datetime.datetime | Unset): The timestamp when the branch was created.
        updated_at (datetime.datetime | Unset): The timestamp when the branch was last updated.
        html_url (str | Unset): The URL to the branch in the PlanetScale dashboard.
    """

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


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.branch_region import BranchRegion  # noqa: E402, F401

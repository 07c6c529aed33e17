# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.database_state import DatabaseState
from ..types import UNSET, Unset


class Database(_models.Model, kw_only=True):
    """A PlanetScale serverless MySQL-compatible database with branching and deploy request support.

    Attributes:
        id (str | Unset): The unique identifier of the database.
        name (str | Unset): The name of the database.
        state (DatabaseState | Unset): The current state of the database.
        plan (str | Unset): The billing plan for the database.
        cluster_size (str | Unset): The cluster size of the production branch.
        region (DatabaseRegion | Unset): The region where the database is hosted.
        default_branch (str | Unset): The name of the default production branch.
        production_branch_web_console (bool | Unset): Whether the web console is enabled on production branches.
        insights_enabled (bool | Unset): Whether PlanetScale Insights analytics is enabled.
        migration_framework (str | Unset): The migration framework configured for schema changes.
        require_approval_for_deploy (bool | Unset): Whether deploy requests require approval before deployment.
        allow_data_branching (bool | Unset): Whether data branching is enabled.
        created_at (datetime.datetime | Unset): The timestamp when the database was created.
        updated_at (datetime.datetime | Unset): The timestamp when the database was last updated.
        html_url (str | Unset): The URL to the database in the PlanetScale dashboard.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the database. """
    name: str | Unset = UNSET
    """ The name of the database. """
    state: DatabaseState | Unset = UNSET
    """ The current state of the database. """
    plan: str | Unset = UNSET
    """ The billing plan for the database. """
    cluster_size: str | Unset = UNSET
    """ The cluster size of the production branch. """
    region: DatabaseRegion | Unset = UNSET
    """ The region where the database is hosted. """
    default_branch: str | Unset = UNSET
    """ The name of the default production branch. """
    production_branch_web_console: bool | Unset = UNSET
    """ Whether the web console is enabled on production branches. """
    insights_enabled: bool | Unset = UNSET
    """ Whether PlanetScale Insights analytics is enabled. """
    migration_framework: str | Unset = UNSET
    """ The migration framework configured for schema changes. """
    require_approval_for_deploy: bool | Unset = UNSET
    """ Whether deploy requests require approval before deployment. """
    allow_data_branching: bool | Unset = UNSET
    """ Whether data branching is enabled. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the database was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the database was last updated. """
    html_url: str | Unset = UNSET
    """ The URL to the database in the PlanetScale dashboard. """


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.database_region import DatabaseRegion  # noqa: E402, F401

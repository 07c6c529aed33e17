# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class UpdateDatabaseSettingsBody(_models.Model, kw_only=True):
    """The ``UpdateDatabaseSettingsBody`` object of the API.

    Attributes:
        default_branch (str | Unset): The name of the default branch.
        production_branch_web_console (bool | Unset): Whether the web console is enabled for production branches.
        insights_enabled (bool | Unset): Whether PlanetScale Insights is enabled.
        migration_framework (str | Unset): The migration framework used for schema changes.
        migration_table_name (str | Unset): The name of the migration tracking table.
        require_approval_for_deploy (bool | Unset): Whether deploy requests require approval before deployment.
        allow_data_branching (bool | Unset): Whether data branching is enabled.
    """

    default_branch: str | Unset = UNSET
    """ The name of the default branch. """
    production_branch_web_console: bool | Unset = UNSET
    """ Whether the web console is enabled for production branches. """
    insights_enabled: bool | Unset = UNSET
    """ Whether PlanetScale Insights is enabled. """
    migration_framework: str | Unset = UNSET
    """ The migration framework used for schema changes. """
    migration_table_name: str | Unset = UNSET
    """ The name of the migration tracking table. """
    require_approval_for_deploy: bool | Unset = UNSET
    """ Whether deploy requests require approval before deployment. """
    allow_data_branching: bool | Unset = UNSET
    """ Whether data branching is enabled. """

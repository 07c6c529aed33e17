# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..models.create_database_body_plan import CreateDatabaseBodyPlan
from ..types import UNSET, Unset


class CreateDatabaseBody(_models.Model, kw_only=True):
    """The ``CreateDatabaseBody`` object of the API.

    Attributes:
        name (str): The name of the database.
        plan (CreateDatabaseBodyPlan | Unset): The billing plan for the database.
        cluster_size (str | Unset): The cluster size for the production branch.
        region (str | Unset): The region slug where the database will be created.
    """

    name: str
    """ The name of the database. """
    plan: CreateDatabaseBodyPlan | Unset = UNSET
    """ The billing plan for the database. """
    cluster_size: str | Unset = UNSET
    """ The cluster size for the production branch. """
    region: str | Unset = UNSET
    """ The region slug where the database will be created. """

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.deploy_request_state import DeployRequestState
from ..types import UNSET, Unset


class DeployRequest(_models.Model, kw_only=True):
    """A deploy request for applying schema changes from a development branch to a target branch.

    Attributes:
        id (str | Unset): The unique identifier of the deploy request.
        number (int | Unset): The deploy request number within the database.
        branch (str | Unset): The name of the source branch with schema changes.
        into_branch (str | Unset): The name of the target branch to deploy into.
        state (DeployRequestState | Unset): The current state of the deploy request.
        approved (bool | Unset): Whether the deploy request has been approved.
        deployment (DeployRequestDeployment | Unset): Information about the active or completed deployment.
        notes (str | Unset): Notes or description for the deploy request.
        created_at (datetime.datetime | Unset): The timestamp when the deploy request was created.
        updated_at (datetime.datetime | Unset): The timestamp when the deploy request was last updated.
        closed_at (datetime.datetime | Unset): The timestamp when the deploy request was closed.
        html_url (str | Unset): The URL to the deploy request in the PlanetScale dashboard.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the deploy request. """
    number: int | Unset = UNSET
    """ The deploy request number within the database. """
    branch: str | Unset = UNSET
    """ The name of the source branch with schema changes. """
    into_branch: str | Unset = UNSET
    """ The name of the target branch to deploy into. """
    state: DeployRequestState | Unset = UNSET
    """ The current state of the deploy request. """
    approved: bool | Unset = UNSET
    """ Whether the deploy request has been approved. """
    deployment: DeployRequestDeployment | Unset = UNSET
    """ Information about the active or completed deployment. """
    notes: str | Unset = UNSET
    """ Notes or description for the deploy request. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the deploy request was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the deploy request was last updated. """
    closed_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the deploy request was closed. """
    html_url: str | Unset = UNSET
    """ The URL to the deploy request in the PlanetScale dashboard. """


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.deploy_request_deployment import DeployRequestDeployment  # noqa: E402, F401

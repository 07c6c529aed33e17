# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class DeployRequestDeployment(_models.Model, kw_only=True):
    """Information about the active or completed deployment.

    Attributes:
        state (str | Unset): The state of the deployment.
        started_at (datetime.datetime | Unset): The timestamp when deployment started.
        finished_at (datetime.datetime | Unset): The timestamp when deployment finished.
    """

    state: str | Unset = UNSET
    """ The state of the deployment. """
    started_at: datetime.datetime | Unset = UNSET
    """ The timestamp when deployment started. """
    finished_at: datetime.datetime | Unset = UNSET
    """ The timestamp when deployment finished. """

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class CreateDeployRequestBody(_models.Model, kw_only=True):
    """The ``CreateDeployRequestBody`` object of the API.

    Attributes:
        branch (str): The name of the source branch containing schema changes.
        into_branch (str | Unset): The name of the target branch to deploy into. Defaults to the production branch.
        notes (str | Unset): Notes or description for the deploy request.
    """

    branch: str
    """ The name of the source branch containing schema changes. """
    into_branch: str | Unset = UNSET
    """ The name of the target branch to deploy into. Defaults to the production branch. """
    notes: str | Unset = UNSET
    """ Notes or description for the deploy request. """

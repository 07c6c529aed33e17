# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class UpdateTeamBody(_models.Model, kw_only=True):
    """The ``UpdateTeamBody`` object of the API.

    Attributes:
        name (str | Unset): The updated name of the team.
        description (str | Unset): The updated description of the team.
    """

    name: str | Unset = UNSET
    """ The updated name of the team. """
    description: str | Unset = UNSET
    """ The updated description of the team. """

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class CreateTeamBody(_models.Model, kw_only=True):
    """The ``CreateTeamBody`` object of the API.

    Attributes:
        name (str): The name of the team.
        description (str | Unset): A description of the team.
    """

    name: str
    """ The name of the team. """
    description: str | Unset = UNSET
    """ A description of the team. """

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class Team(_models.Model, kw_only=True):
    """A team within an organization for managing database access at the group level.

    Attributes:
        id (str | Unset): The unique identifier of the team.
        name (str | Unset): The name of the team.
        slug (str | Unset): The URL-safe slug of the team.
        description (str | Unset): A description of the team.
        members_count (int | Unset): The number of members in the team.
        created_at (datetime.datetime | Unset): The timestamp when the team was created.
        updated_at (datetime.datetime | Unset): The timestamp when the team was last updated.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the team. """
    name: str | Unset = UNSET
    """ The name of the team. """
    slug: str | Unset = UNSET
    """ The URL-safe slug of the team. """
    description: str | Unset = UNSET
    """ A description of the team. """
    members_count: int | Unset = UNSET
    """ The number of members in the team. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the team was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the team was last updated. """

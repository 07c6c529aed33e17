# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class IpRestriction(_models.Model, kw_only=True):
    """An IP restriction entry for controlling database access.

    Attributes:
        id (str | Unset): The unique identifier of the restriction.
        cidr (str | Unset): The IP address or CIDR range.
        description (str | Unset): A description of the restriction.
        created_at (datetime.datetime | Unset): The timestamp when the restriction was created.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the restriction. """
    cidr: str | Unset = UNSET
    """ The IP address or CIDR range. """
    description: str | Unset = UNSET
    """ A description of the restriction. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the restriction was created. """

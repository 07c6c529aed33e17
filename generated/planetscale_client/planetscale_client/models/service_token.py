# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class ServiceToken(_models.Model, kw_only=True):
    """A service token for authenticating API requests.

    Attributes:
        id (str | Unset): The unique identifier of the service token.
        name (str | Unset): The descriptive name of the service token.
        created_at (datetime.datetime | Unset): The timestamp when the service token was created.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the service token. """
    name: str | Unset = UNSET
    """ The descriptive name of the service token. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the service token was created. """

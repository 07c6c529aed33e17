# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class ServiceTokenWithPlaintext(_models.Model, kw_only=True):
    """The ``ServiceTokenWithPlaintext`` object of the API.

    Attributes:
        id (str | Unset): The unique identifier of the service token.
        name (str | Unset): The descriptive name of the service token.
        created_at (datetime.datetime | Unset): The timestamp when the service token was created.
        token (str | Unset): The plaintext token value. Only returned during creation.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the service token. """
    name: str | Unset = UNSET
    """ The descriptive name of the service token. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the service token was created. """
    token: str | Unset = UNSET
    """ The plaintext token value. Only returned during creation. """

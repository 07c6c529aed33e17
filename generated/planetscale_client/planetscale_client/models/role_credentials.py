# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class RoleCredentials(_models.Model, kw_only=True):
    """Role-based credentials for accessing a database branch.

    Attributes:
        id (str | Unset): The unique identifier of the role credentials.
        name (str | Unset): The name of the role.
        role (str | Unset): The access level of the role.
        username (str | Unset): The username for connecting.
        password (str | Unset): The password for connecting. Only returned during creation.
        hostname (str | Unset): The hostname for connecting.
        created_at (datetime.datetime | Unset): The timestamp when the role was created.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the role credentials. """
    name: str | Unset = UNSET
    """ The name of the role. """
    role: str | Unset = UNSET
    """ The access level of the role. """
    username: str | Unset = UNSET
    """ The username for connecting. """
    password: str | Unset = UNSET
    """ The password for connecting. Only returned during creation. """
    hostname: str | Unset = UNSET
    """ The hostname for connecting. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the role was created. """

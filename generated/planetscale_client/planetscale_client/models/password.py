# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.password_role import PasswordRole
from ..types import UNSET, Unset


class Password(_models.Model, kw_only=True):
    """A connection password for a database branch.

    Attributes:
        id (str | Unset): The unique identifier of the password.
        name (str | Unset): The descriptive name of the password.
        role (PasswordRole | Unset): The access role for the password.
        hostname (str | Unset): The hostname for connecting with this password.
        username (str | Unset): The username for connecting with this password.
        database_branch (str | Unset): The branch this password is associated with.
        region (PasswordRegion | Unset): The region for the connection.
        expires_at (datetime.datetime | None | Unset): The timestamp when the password expires. Null if no expiration.
        created_at (datetime.datetime | Unset): The timestamp when the password was created.
        renewable (bool | Unset): Whether the password can be renewed.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the password. """
    name: str | Unset = UNSET
    """ The descriptive name of the password. """
    role: PasswordRole | Unset = UNSET
    """ The access role for the password. """
    hostname: str | Unset = UNSET
    """ The hostname for connecting with this password. """
    username: str | Unset = UNSET
    """ The username for connecting with this password. """
    database_branch: str | Unset = UNSET
    """ The branch this password is associated with. """
    region: PasswordRegion | Unset = UNSET
    """ The region for the connection. """
    expires_at: datetime.datetime | None | Unset = UNSET
    """ The timestamp when the password expires. Null if no expiration. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the password was created. """
    renewable: bool | Unset = UNSET
    """ Whether the password can be renewed. """


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.password_region import PasswordRegion  # noqa: E402, F401

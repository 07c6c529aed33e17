# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class ServiceTokenAccess(_models.Model, kw_only=True):
    """An access permission granted to a service token.

    Attributes:
        id (str | Unset): The unique identifier of the access grant.
        access (str | Unset): The permission that is granted.
        database (None | str | Unset): The database the access is scoped to. Null for organization-wide access.
        created_at (datetime.datetime | Unset): The timestamp when the access was granted.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the access grant. """
    access: str | Unset = UNSET
    """ The permission that is granted. """
    database: None | str | Unset = UNSET
    """ The database the access is scoped to. Null for organization-wide access. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the access was granted. """

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class CreateServiceTokenAccessBody(_models.Model, kw_only=True):
    """The ``CreateServiceTokenAccessBody`` object of the API.

    Attributes:
        access (str): The permission to grant.
        database (str | Unset): The database to scope the access to. If omitted, access applies to all databases.
    """

    access: str
    """ The permission to grant. """
    database: str | Unset = UNSET
    """ The database to scope the access to. If omitted, access applies to all databases. """

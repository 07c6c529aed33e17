# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class PasswordWithPlaintextConnectionStrings(_models.Model, kw_only=True):
    """Pre-formatted connection strings for various drivers.

    Attributes:
        general (str | Unset): A general MySQL connection string.
        prisma (str | Unset): A Prisma-formatted connection string.
        laravel (str | Unset): A Laravel-formatted connection string.
        rails (str | Unset): A Rails-formatted connection string.
    """

    general: str | Unset = UNSET
    """ A general MySQL connection string. """
    prisma: str | Unset = UNSET
    """ A Prisma-formatted connection string. """
    laravel: str | Unset = UNSET
    """ A Laravel-formatted connection string. """
    rails: str | Unset = UNSET
    """ A Rails-formatted connection string. """

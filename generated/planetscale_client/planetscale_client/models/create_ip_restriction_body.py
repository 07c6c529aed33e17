# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class CreateIpRestrictionBody(_models.Model, kw_only=True):
    """The ``CreateIpRestrictionBody`` object of the API.

    Attributes:
        cidr (str): The IP address or CIDR range to restrict. Example: 10.0.0.0/24.
        description (str | Unset): A description for the IP restriction entry.
    """

    cidr: str
    """ The IP address or CIDR range to restrict. """
    description: str | Unset = UNSET
    """ A description for the IP restriction entry. """

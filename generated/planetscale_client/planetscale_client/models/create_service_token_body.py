# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class CreateServiceTokenBody(_models.Model, kw_only=True):
    """The ``CreateServiceTokenBody`` object of the API.

    Attributes:
        name (str | Unset): A descriptive name for the service token.
    """

    name: str | Unset = UNSET
    """ A descriptive name for the service token. """

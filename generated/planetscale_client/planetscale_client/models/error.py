# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class Error(_models.Model, kw_only=True):
    """An error response from the PlanetScale API.

    Attributes:
        code (str | Unset): A machine-readable error code.
        message (str | Unset): A human-readable error message.
    """

    code: str | Unset = UNSET
    """ A machine-readable error code. """
    message: str | Unset = UNSET
    """ A human-readable error message. """

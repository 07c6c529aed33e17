# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class PasswordRegion(_models.Model, kw_only=True):
    """The region for the connection.

    Attributes:
        slug (str | Unset): The region slug.
        display_name (str | Unset): The region display name.
    """

    slug: str | Unset = UNSET
    """ The region slug. """
    display_name: str | Unset = UNSET
    """ The region display name. """

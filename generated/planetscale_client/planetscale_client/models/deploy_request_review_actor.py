# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class DeployRequestReviewActor(_models.Model, kw_only=True):
    """The user who submitted the review.

    Attributes:
        id (str | Unset): The user ID.
        display_name (str | Unset): The display name of the user.
    """

    id: str | Unset = UNSET
    """ The user ID. """
    display_name: str | Unset = UNSET
    """ The display name of the user. """

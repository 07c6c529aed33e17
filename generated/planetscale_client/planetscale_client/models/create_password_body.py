# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..models.create_password_body_role import CreatePasswordBodyRole
from ..types import UNSET, Unset


class CreatePasswordBody(_models.Model, kw_only=True):
    """The ``CreatePasswordBody`` object of the API.

    Attributes:
        name (str | Unset): A descriptive name for the password.
        role (CreatePasswordBodyRole | Unset): The access role for the password.
        ttl (float | Unset): Time to live in minutes. 0 means no expiration.
    """

    name: str | Unset = UNSET
    """ A descriptive name for the password. """
    role: CreatePasswordBodyRole | Unset = UNSET
    """ The access role for the password. """
    ttl: float | Unset = UNSET
    """ Time to live in minutes. 0 means no expiration. """

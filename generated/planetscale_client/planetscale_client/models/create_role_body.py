# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..models.create_role_body_role import CreateRoleBodyRole
from ..types import UNSET, Unset


class CreateRoleBody(_models.Model, kw_only=True):
    """The ``CreateRoleBody`` object of the API.

    Attributes:
        name (str): The name of the role.
        role (CreateRoleBodyRole | Unset): The access level for the role.
    """

    name: str
    """ The name of the role. """
    role: CreateRoleBodyRole | Unset = UNSET
    """ The access level for the role. """

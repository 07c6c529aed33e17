# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..models.update_organization_member_body_role import UpdateOrganizationMemberBodyRole
from ..types import UNSET, Unset


class UpdateOrganizationMemberBody(_models.Model, kw_only=True):
    """The ``UpdateOrganizationMemberBody`` object of the API.

    Attributes:
        role (UpdateOrganizationMemberBodyRole | Unset): The role to assign to the member.
    """

    role: UpdateOrganizationMemberBodyRole | Unset = UNSET
    """ The role to assign to the member. """

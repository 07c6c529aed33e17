# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.organization_member_role import OrganizationMemberRole
from ..types import UNSET, Unset


class OrganizationMember(_models.Model, kw_only=True):
    """A member of a PlanetScale organization with a specific role.

    Attributes:
        id (str | Unset): The unique identifier of the member.
        name (str | Unset): The display name of the member.
        email (str | Unset): The email address of the member.
        role (OrganizationMemberRole | Unset): The role of the member within the organization.
        created_at (datetime.datetime | Unset): The timestamp when the member was added.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the member. """
    name: str | Unset = UNSET
    """ The display name of the member. """
    email: str | Unset = UNSET
    """ The email address of the member. """
    role: OrganizationMemberRole | Unset = UNSET
    """ The role of the member within the organization. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the member was added. """

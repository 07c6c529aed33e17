# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class Organization(_models.Model, kw_only=True):
    """A PlanetScale organization that contains databases, members, and billing configuration.

    Attributes:
        id (str | Unset): The unique identifier of the organization.
        name (str | Unset): The URL-safe name of the organization.
        display_name (str | Unset): The human-readable display name of the organization.
        created_at (datetime.datetime | Unset): The timestamp when the organization was created.
        updated_at (datetime.datetime | Unset): The timestamp when the organization was last updated.
        plan (str | Unset): The billing plan for the organization.
        billing_email (str | Unset): The email address used for billing communications.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the organization. """
    name: str | Unset = UNSET
    """ The URL-safe name of the organization. """
    display_name: str | Unset = UNSET
    """ The human-readable display name of the organization. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the organization was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the organization was last updated. """
    plan: str | Unset = UNSET
    """ The billing plan for the organization. """
    billing_email: str | Unset = UNSET
    """ The email address used for billing communications. """

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from uuid import UUID

from .. import _models
from ..types import Unset


class Product(_models.Model, kw_only=True):
    """The ``Product`` object of the API.

    Attributes:
        name (str):
        organization_id (UUID):
        slug (str):
        id (UUID):
        description (str | Unset):  Default: ''.
    """

    name: str
    organization_id: UUID
    slug: str
    id: UUID
    description: str | Unset = ""

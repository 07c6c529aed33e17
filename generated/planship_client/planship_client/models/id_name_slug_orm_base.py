# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from uuid import UUID

from .. import _models
from ..types import UNSET, Unset


class IdNameSlugOrmBase(_models.Model, kw_only=True):
    """The ``IdNameSlugOrmBase`` object of the API.

    Attributes:
        id (UUID | Unset):
        name (str | Unset):
        slug (str | Unset):
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET

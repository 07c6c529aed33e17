# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from typing import Any
from uuid import UUID

import msgspec

from .. import _models
from ..types import UNSET, Unset


class CustomerInDbBase(_models.Model, kw_only=True):
    """The ``CustomerInDbBase`` object of the API.

    Attributes:
        id (UUID):
        organization_id (UUID):
        metadata (CustomerInDbBaseMetadata | Unset):
        name (str | Unset):  Default: ''.
        email (str | Unset):  Default: ''.
        alternative_id (str | Unset):
    """

    id: UUID
    organization_id: UUID
    metadata: dict[str, Any] | Unset = msgspec.field(name="metadata_", default=UNSET)
    name: str | Unset = ""
    email: str | Unset = ""
    alternative_id: str | Unset = UNSET

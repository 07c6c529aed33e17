# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from uuid import UUID

from .. import _models
from ..types import UNSET, Unset


class MeteredUsageIn(_models.Model, kw_only=True):
    """The ``MeteredUsageIn`` object of the API.

    Attributes:
        usage (int):
        subscription_id (UUID | Unset):
        bucket (str | Unset):
    """

    usage: int
    subscription_id: UUID | Unset = UNSET
    bucket: str | Unset = UNSET

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from uuid import UUID

from .. import _models
from ..types import UNSET, Unset


class MeteringRecord(_models.Model, kw_only=True):
    """The ``MeteringRecord`` object of the API.

    Attributes:
        id (UUID):
        usage (int):
        metering_id (str):
        customer_id (UUID):
        product_id (UUID):
        is_allocated (bool | Unset):  Default: False.
        subscription_id (UUID | Unset):
        bucket (str | Unset):
    """

    id: UUID
    usage: int
    metering_id: str
    customer_id: UUID
    product_id: UUID
    is_allocated: bool | Unset = False
    subscription_id: UUID | Unset = UNSET
    bucket: str | Unset = UNSET

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from typing import Any

from .. import _models
from ..types import UNSET, Unset


class PlanSubscriptionCreate(_models.Model, kw_only=True):
    """The ``PlanSubscriptionCreate`` object of the API.

    Attributes:
        customer_id (str):
        metadata (PlanSubscriptionCreateMetadata | Unset):
        is_subscriber (bool | Unset):  Default: True.
        max_subscribers (int | Unset):  Default: 1.
        renew_at (datetime.datetime | Unset):
    """

    customer_id: str
    metadata: dict[str, Any] | Unset = UNSET
    is_subscriber: bool | Unset = True
    max_subscribers: int | Unset = 1
    renew_at: datetime.datetime | Unset = UNSET

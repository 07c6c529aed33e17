# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from uuid import UUID

from .. import _models
from ..types import Unset


class SubscriptionCreate(_models.Model, kw_only=True):
    """The ``SubscriptionCreate`` object of the API.

    Attributes:
        auto_renew (bool):
        is_active (bool):
        plan_id (UUID):
        renew_plan_id (UUID):
        renew_at (datetime.datetime):
        last_renewed_at (datetime.datetime):
        start_at (datetime.datetime):
        max_subscribers (int | Unset):  Default: 1.
    """

    auto_renew: bool
    is_active: bool
    plan_id: UUID
    renew_plan_id: UUID
    renew_at: datetime.datetime
    last_renewed_at: datetime.datetime
    start_at: datetime.datetime
    max_subscribers: int | Unset = 1

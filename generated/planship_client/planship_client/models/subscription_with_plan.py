# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from uuid import UUID

from .. import _models


class SubscriptionWithPlan(_models.Model, kw_only=True):
    """The ``SubscriptionWithPlan`` object of the API.

    Attributes:
        id (UUID):
        auto_renew (bool):
        is_active (bool):
        plan_id (UUID):
        renew_plan_id (UUID):
        renew_at (datetime.datetime):
        last_renewed_at (datetime.datetime):
        max_subscribers (int):
        start_at (datetime.datetime):
        plan (IdNameSlugOrmBase):
        renew_plan (IdNameSlugOrmBase):
    """

    id: UUID
    auto_renew: bool
    is_active: bool
    plan_id: UUID
    renew_plan_id: UUID
    renew_at: datetime.datetime
    last_renewed_at: datetime.datetime
    max_subscribers: int
    start_at: datetime.datetime
    plan: IdNameSlugOrmBase
    renew_plan: IdNameSlugOrmBase


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.id_name_slug_orm_base import IdNameSlugOrmBase  # noqa: E402, F401

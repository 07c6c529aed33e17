# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

import msgspec

from .. import _models
from ..types import UNSET, Unset


class CustomerSubscriptionWithPlan(_models.Model, kw_only=True):
    """The ``CustomerSubscriptionWithPlan`` object of the API.

    Attributes:
        customer_id (UUID):
        subscription_id (UUID):
        auto_renew (bool):
        is_active (bool):
        renew_at (datetime.datetime):
        last_renewed_at (datetime.datetime):
        plan (IdNameSlugOrmBase):
        renew_plan (IdNameSlugOrmBase):
        metadata (CustomerSubscriptionWithPlanMetadata | Unset):
        is_administrator (bool | Unset):  Default: False.
        is_subscriber (bool | Unset):  Default: True.
        max_subscribers (int | Unset):  Default: 1.
    """

    customer_id: UUID
    subscription_id: UUID
    auto_renew: bool
    is_active: bool
    renew_at: datetime.datetime
    last_renewed_at: datetime.datetime
    plan: IdNameSlugOrmBase
    renew_plan: IdNameSlugOrmBase
    metadata: dict[str, Any] | Unset = msgspec.field(name="metadata_", default=UNSET)
    is_administrator: bool | Unset = False
    is_subscriber: bool | Unset = True
    max_subscribers: int | Unset = 1


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.id_name_slug_orm_base import IdNameSlugOrmBase  # noqa: E402, F401

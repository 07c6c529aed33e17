# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from uuid import UUID

from .. import _models
from ..types import UNSET, Unset


class SubscriptionUpdateWithSlugs(_models.Model, kw_only=True):
    """The ``SubscriptionUpdateWithSlugs`` object of the API.

    Attributes:
        plan_id (UUID | Unset):
        renew_plan_id (UUID | Unset):
        plan_slug (str | Unset):
        renew_plan_slug (str | Unset):
        max_subscribers (int | Unset):  Default: 1.
        is_active (bool | Unset):  Default: True.
    """

    plan_id: UUID | Unset = UNSET
    renew_plan_id: UUID | Unset = UNSET
    plan_slug: str | Unset = UNSET
    renew_plan_slug: str | Unset = UNSET
    max_subscribers: int | Unset = 1
    is_active: bool | Unset = True

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from typing import Any
from uuid import UUID

from .. import _models
from ..types import UNSET, Unset


class PlanInDbBase(_models.Model, kw_only=True):
    """The ``PlanInDbBase`` object of the API.

    Attributes:
        slug (str | Unset):
        display_order (int | Unset):
        display_name (str | Unset):
        display_description (str | Unset):
        display_extra_attributes (PlanInDbBaseDisplayExtraAttributes | Unset):
        description (str | Unset):
        name (str | Unset):
        max_subscribers (int | Unset):
        is_self_serve (bool | Unset):
        is_public (bool | Unset):
        auto_renew (bool | Unset):
        duration_period (int | Unset):
        duration_unit (str | Unset):
        id (UUID | Unset):
    """

    slug: str | Unset = UNSET
    display_order: int | Unset = UNSET
    display_name: str | Unset = UNSET
    display_description: str | Unset = UNSET
    display_extra_attributes: dict[str, Any] | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    max_subscribers: int | Unset = UNSET
    is_self_serve: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    duration_period: int | Unset = UNSET
    duration_unit: str | Unset = UNSET
    id: UUID | Unset = UNSET

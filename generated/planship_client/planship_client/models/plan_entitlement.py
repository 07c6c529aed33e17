# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from typing import Any

from .. import _models
from ..types import UNSET, Unset


class PlanEntitlement(_models.Model, kw_only=True):
    """The ``PlanEntitlement`` object of the API.

    Attributes:
        value (str | Unset):
        name (str | Unset):
        description (str | Unset):
        order (int | Unset):
        configuration (PlanEntitlementConfiguration | Unset):
    """

    value: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    order: int | Unset = UNSET
    configuration: dict[str, Any] | Unset = UNSET

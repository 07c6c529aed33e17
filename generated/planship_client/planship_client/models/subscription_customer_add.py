# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from typing import Any

from .. import _models
from ..types import UNSET, Unset


class SubscriptionCustomerAdd(_models.Model, kw_only=True):
    """The ``SubscriptionCustomerAdd`` object of the API.

    Attributes:
        customer_id (str):
        metadata (SubscriptionCustomerAddMetadata | Unset):
        is_administrator (bool | Unset):  Default: False.
        is_subscriber (bool | Unset):  Default: True.
    """

    customer_id: str
    metadata: dict[str, Any] | Unset = UNSET
    is_administrator: bool | Unset = False
    is_subscriber: bool | Unset = True

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._models import FreeFormModel
from ..errors import APIResponseValidationError

T = TypeVar("T", bound="SubscriptionCustomerInDbBaseMetadata")


class SubscriptionCustomerInDbBaseMetadata(FreeFormModel):
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "SubscriptionCustomerInDbBaseMetadata", "", f"expected an object, got {type(src_dict).__name__}"
            )
        model = cls()
        model.additional_properties = dict(src_dict)
        return model

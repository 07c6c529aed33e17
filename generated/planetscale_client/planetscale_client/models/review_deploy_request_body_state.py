# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from enum import StrEnum
from typing import Any

from .._decoding import keep_enum_value


class ReviewDeployRequestBodyState(StrEnum):
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    COMMENTED = "commented"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ReviewDeployRequestBodyState | None":
        return keep_enum_value(cls, value)  # forward compatibility: an unlisted value is kept

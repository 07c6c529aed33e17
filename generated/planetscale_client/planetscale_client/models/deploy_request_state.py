# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from enum import StrEnum
from typing import Any


class DeployRequestState(StrEnum):
    CLOSED = "closed"
    COMPLETE = "complete"
    COMPLETE_ERROR = "complete_error"
    COMPLETE_PENDING_REVERT = "complete_pending_revert"
    COMPLETE_REVERTED = "complete_reverted"
    IN_PROGRESS = "in_progress"
    OPEN = "open"
    PENDING = "pending"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DeployRequestState | None":
        # Forward compatibility: a value the spec does not list yet is kept, not refused
        # (made once: a list of items with the value decodes without making it again).
        if not isinstance(value, str):
            return None
        member: DeployRequestState | None = cls._value2member_map_.get(value)  # type: ignore[assignment]
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = value.upper()
            member._value_ = value
            cls._value2member_map_[value] = member
        return member

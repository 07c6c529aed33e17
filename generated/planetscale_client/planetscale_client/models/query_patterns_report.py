# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.query_patterns_report_state import QueryPatternsReportState
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="QueryPatternsReport")


class QueryPatternsReport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A report on query patterns for a database branch."""

    id: str | Unset = UNSET
    """ The unique identifier of the report. """
    state: QueryPatternsReportState | Unset = UNSET
    """ The current state of the report. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the report was initiated. """
    completed_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the report completed. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "QueryPatternsReport", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("QueryPatternsReport", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("QueryPatternsReport", "id", _exc) from _exc

        try:
            _state = none_as_unset(d.pop("state", UNSET))
            state: QueryPatternsReportState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = QueryPatternsReportState(_state)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("QueryPatternsReport", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("QueryPatternsReport", "state", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("QueryPatternsReport", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("QueryPatternsReport", "created_at", _exc) from _exc

        try:
            _completed_at = none_as_unset(d.pop("completed_at", UNSET))
            completed_at: datetime.datetime | Unset
            if isinstance(_completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = datetime.datetime.fromisoformat(_completed_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("QueryPatternsReport", "completed_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("QueryPatternsReport", "completed_at", _exc) from _exc

        query_patterns_report = cls(
            id=id,
            state=state,
            created_at=created_at,
            completed_at=completed_at,
        )

        query_patterns_report.additional_properties = d
        return query_patterns_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_recommendation_severity import SchemaRecommendationSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaRecommendation")


@_attrs_define
class SchemaRecommendation:
    """A schema optimization recommendation for a database."""

    id: str | Unset = UNSET
    """ The unique identifier of the recommendation. """
    type_: str | Unset = UNSET
    """ The type of recommendation. """
    table_name: str | Unset = UNSET
    """ The table the recommendation applies to. """
    description: str | Unset = UNSET
    """ A human-readable description of the recommendation. """
    severity: SchemaRecommendationSeverity | Unset = UNSET
    """ The severity level of the recommendation. """
    dismissed: bool | Unset = UNSET
    """ Whether the recommendation has been dismissed. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the recommendation was generated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        table_name = self.table_name

        description = self.description

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        dismissed = self.dismissed

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if table_name is not UNSET:
            field_dict["table_name"] = table_name
        if description is not UNSET:
            field_dict["description"] = description
        if severity is not UNSET:
            field_dict["severity"] = severity
        if dismissed is not UNSET:
            field_dict["dismissed"] = dismissed
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        table_name = d.pop("table_name", UNSET)

        description = d.pop("description", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: SchemaRecommendationSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = SchemaRecommendationSeverity(_severity)

        dismissed = d.pop("dismissed", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        schema_recommendation = cls(
            id=id,
            type_=type_,
            table_name=table_name,
            description=description,
            severity=severity,
            dismissed=dismissed,
            created_at=created_at,
        )

        schema_recommendation.additional_properties = d
        return schema_recommendation

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

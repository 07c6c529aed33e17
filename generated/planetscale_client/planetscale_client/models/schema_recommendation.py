# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.schema_recommendation_severity import SchemaRecommendationSeverity
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="SchemaRecommendation")


class SchemaRecommendation(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A schema optimization recommendation for a database."""

    id: str | Unset = UNSET
    """ The unique identifier of the recommendation. """
    type_: str | Unset = msgspec.field(name="type", default=UNSET)
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
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "SchemaRecommendation", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaRecommendation", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaRecommendation", "id", _exc) from _exc

        try:
            type_ = none_as_unset(d.pop("type", UNSET))
            if not isinstance(type_, str | Unset):
                raise TypeError(f"expected str, got {type(type_).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaRecommendation", "type") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaRecommendation", "type", _exc) from _exc

        try:
            table_name = none_as_unset(d.pop("table_name", UNSET))
            if not isinstance(table_name, str | Unset):
                raise TypeError(f"expected str, got {type(table_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaRecommendation", "table_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaRecommendation", "table_name", _exc) from _exc

        try:
            description = none_as_unset(d.pop("description", UNSET))
            if not isinstance(description, str | Unset):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaRecommendation", "description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaRecommendation", "description", _exc) from _exc

        try:
            _severity = none_as_unset(d.pop("severity", UNSET))
            severity: SchemaRecommendationSeverity | Unset
            if isinstance(_severity, Unset):
                severity = UNSET
            else:
                severity = SchemaRecommendationSeverity(_severity)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaRecommendation", "severity") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaRecommendation", "severity", _exc) from _exc

        try:
            dismissed = none_as_unset(d.pop("dismissed", UNSET))
            if not isinstance(dismissed, bool | Unset):
                raise TypeError(f"expected bool, got {type(dismissed).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaRecommendation", "dismissed") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaRecommendation", "dismissed", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaRecommendation", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaRecommendation", "created_at", _exc) from _exc

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

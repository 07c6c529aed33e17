# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaLintError")


@_attrs_define
class SchemaLintError:
    """A schema lint error or warning for a database branch."""

    lint_error: str | Unset = UNSET
    """ The lint error identifier. """
    subject_type: str | Unset = UNSET
    """ The type of schema element with the error. """
    table_name: str | Unset = UNSET
    """ The table name associated with the error. """
    column_name: str | Unset = UNSET
    """ The column name associated with the error, if applicable. """
    error_description: str | Unset = UNSET
    """ A human-readable description of the lint error. """
    docs_url: str | Unset = UNSET
    """ A URL to documentation about the lint error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lint_error = self.lint_error

        subject_type = self.subject_type

        table_name = self.table_name

        column_name = self.column_name

        error_description = self.error_description

        docs_url = self.docs_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lint_error is not UNSET:
            field_dict["lint_error"] = lint_error
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if table_name is not UNSET:
            field_dict["table_name"] = table_name
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if docs_url is not UNSET:
            field_dict["docs_url"] = docs_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lint_error = d.pop("lint_error", UNSET)

        subject_type = d.pop("subject_type", UNSET)

        table_name = d.pop("table_name", UNSET)

        column_name = d.pop("column_name", UNSET)

        error_description = d.pop("error_description", UNSET)

        docs_url = d.pop("docs_url", UNSET)

        schema_lint_error = cls(
            lint_error=lint_error,
            subject_type=subject_type,
            table_name=table_name,
            column_name=column_name,
            error_description=error_description,
            docs_url=docs_url,
        )

        schema_lint_error.additional_properties = d
        return schema_lint_error

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

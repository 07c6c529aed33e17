# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="SchemaLintError")


class SchemaLintError(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
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
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "SchemaLintError", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            lint_error = none_as_unset(d.pop("lint_error", UNSET))
            if not isinstance(lint_error, str | Unset):
                raise TypeError(f"expected str, got {type(lint_error).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaLintError", "lint_error") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaLintError", "lint_error", _exc) from _exc

        try:
            subject_type = none_as_unset(d.pop("subject_type", UNSET))
            if not isinstance(subject_type, str | Unset):
                raise TypeError(f"expected str, got {type(subject_type).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaLintError", "subject_type") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaLintError", "subject_type", _exc) from _exc

        try:
            table_name = none_as_unset(d.pop("table_name", UNSET))
            if not isinstance(table_name, str | Unset):
                raise TypeError(f"expected str, got {type(table_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaLintError", "table_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaLintError", "table_name", _exc) from _exc

        try:
            column_name = none_as_unset(d.pop("column_name", UNSET))
            if not isinstance(column_name, str | Unset):
                raise TypeError(f"expected str, got {type(column_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaLintError", "column_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaLintError", "column_name", _exc) from _exc

        try:
            error_description = none_as_unset(d.pop("error_description", UNSET))
            if not isinstance(error_description, str | Unset):
                raise TypeError(f"expected str, got {type(error_description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaLintError", "error_description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaLintError", "error_description", _exc) from _exc

        try:
            docs_url = none_as_unset(d.pop("docs_url", UNSET))
            if not isinstance(docs_url, str | Unset):
                raise TypeError(f"expected str, got {type(docs_url).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("SchemaLintError", "docs_url") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("SchemaLintError", "docs_url", _exc) from _exc

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

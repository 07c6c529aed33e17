# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class SchemaLintError(_models.Model, kw_only=True):
    """A schema lint error or warning for a database branch.

    Attributes:
        lint_error (str | Unset): The lint error identifier.
        subject_type (str | Unset): The type of schema element with the error.
        table_name (str | Unset): The table name associated with the error.
        column_name (str | Unset): The column name associated with the error, if applicable.
        error_description (str | Unset): A human-readable description of the lint error.
        docs_url (str | Unset): A URL to documentation about the lint error.
    """

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

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

import msgspec

from .. import _models
from ..models.schema_recommendation_severity import SchemaRecommendationSeverity
from ..types import UNSET, Unset


class SchemaRecommendation(_models.Model, kw_only=True):
    """A schema optimization recommendation for a database.

    Attributes:
        id (str | Unset): The unique identifier of the recommendation.
        type_ (str | Unset): The type of recommendation.
        table_name (str | Unset): The table the recommendation applies to.
        description (str | Unset): A human-readable description of the recommendation.
        severity (SchemaRecommendationSeverity | Unset): The severity level of the recommendation.
        dismissed (bool | Unset): Whether the recommendation has been dismissed.
        created_at (datetime.datetime | Unset): The timestamp when the recommendation was generated.
    """

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

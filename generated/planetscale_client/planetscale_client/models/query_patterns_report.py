# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.query_patterns_report_state import QueryPatternsReportState
from ..types import UNSET, Unset


class QueryPatternsReport(_models.Model, kw_only=True):
    """A report on query patterns for a database branch.

    Attributes:
        id (str | Unset): The unique identifier of the report.
        state (QueryPatternsReportState | Unset): The current state of the report.
        created_at (datetime.datetime | Unset): The timestamp when the report was initiated.
        completed_at (datetime.datetime | Unset): The timestamp when the report completed.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the report. """
    state: QueryPatternsReportState | Unset = UNSET
    """ The current state of the report. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the report was initiated. """
    completed_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the report completed. """

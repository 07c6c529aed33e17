# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class BucketUsage(_models.Model, kw_only=True):
    """The ``BucketUsage`` object of the API.

    Attributes:
        bucket (str | Unset):
        usage (int | Unset):
    """

    bucket: str | Unset = UNSET
    usage: int | Unset = UNSET

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models


class LeverUsage(_models.Model, kw_only=True):
    """The ``LeverUsage`` object of the API.

    Attributes:
        total (int):
        by_bucket (LeverUsageByBucket):
        by_subscription (LeverUsageBySubscription):
    """

    total: int
    by_bucket: dict[str, int]
    by_subscription: LeverUsageBySubscription


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.lever_usage_by_subscription import LeverUsageBySubscription  # noqa: E402, F401

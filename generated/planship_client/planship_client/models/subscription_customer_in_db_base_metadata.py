# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from typing import Any, TypeAlias

SubscriptionCustomerInDbBaseMetadata: TypeAlias = dict[str, Any]
"""A JSON object whose keys the spec leaves open."""

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from typing import Any

from .. import _models
from ..types import UNSET, Unset


class OrganizationCustomerCreate(_models.Model, kw_only=True):
    """The ``OrganizationCustomerCreate`` object of the API.

    Attributes:
        metadata (OrganizationCustomerCreateMetadata | Unset):
        name (str | Unset):  Default: ''.
        email (str | Unset):  Default: ''.
        alternative_id (str | Unset):
    """

    metadata: dict[str, Any] | Unset = UNSET
    name: str | Unset = ""
    email: str | Unset = ""
    alternative_id: str | Unset = UNSET

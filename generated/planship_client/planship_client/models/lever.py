# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from typing import Any
from uuid import UUID

from .. import _models
from ..types import UNSET, Unset


class Lever(_models.Model, kw_only=True):
    """The ``Lever`` object of the API.

    Attributes:
        slug (str):
        id (UUID):
        name (str):
        lever_type_id (UUID):
        product_id (UUID):
        metering_ids (list[str]):
        display_order (int | Unset):
        display_name (str | Unset):  Default: ''.
        display_description (str | Unset):  Default: ''.
        display_extra_attributes (LeverDisplayExtraAttributes | Unset):
        configuration (LeverConfiguration | Unset):
        description (str | Unset):  Default: ''.
        entitlement_display_value_template (str | Unset):  Default: ''.
        entitlement_display_name_template (str | Unset):  Default: ''.
        entitlement_display_description_template (str | Unset):  Default: ''.
        entitlement_schema_json (LeverEntitlementSchemaJson | Unset):
    """

    slug: str
    id: UUID
    name: str
    lever_type_id: UUID
    product_id: UUID
    metering_ids: list[str]
    display_order: int | Unset = UNSET
    display_name: str | Unset = ""
    display_description: str | Unset = ""
    display_extra_attributes: dict[str, str] | Unset = UNSET
    configuration: dict[str, Any] | Unset = UNSET
    description: str | Unset = ""
    entitlement_display_value_template: str | Unset = ""
    entitlement_display_name_template: str | Unset = ""
    entitlement_display_description_template: str | Unset = ""
    entitlement_schema_json: dict[str, Any] | Unset = UNSET

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Lever")


class Lever(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    slug: str
    id: UUID
    name: str
    lever_type_id: UUID
    product_id: UUID
    metering_ids: list[str]
    display_order: int | Unset = UNSET
    display_name: str | Unset = ""
    display_description: str | Unset = ""
    display_extra_attributes: LeverDisplayExtraAttributes | Unset = UNSET
    configuration: LeverConfiguration | Unset = UNSET
    description: str | Unset = ""
    entitlement_display_value_template: str | Unset = ""
    entitlement_display_name_template: str | Unset = ""
    entitlement_display_description_template: str | Unset = ""
    entitlement_schema_json: LeverEntitlementSchemaJson | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        id = str(self.id)

        name = self.name

        lever_type_id = str(self.lever_type_id)

        product_id = str(self.product_id)

        metering_ids = self.metering_ids

        display_order = self.display_order

        display_name = self.display_name

        display_description = self.display_description

        display_extra_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_extra_attributes, Unset):
            display_extra_attributes = self.display_extra_attributes.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        description = self.description

        entitlement_display_value_template = self.entitlement_display_value_template

        entitlement_display_name_template = self.entitlement_display_name_template

        entitlement_display_description_template = self.entitlement_display_description_template

        entitlement_schema_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlement_schema_json, Unset):
            entitlement_schema_json = self.entitlement_schema_json.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "id": id,
                "name": name,
                "lever_type_id": lever_type_id,
                "product_id": product_id,
                "metering_ids": metering_ids,
            }
        )
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if display_description is not UNSET:
            field_dict["display_description"] = display_description
        if display_extra_attributes is not UNSET:
            field_dict["display_extra_attributes"] = display_extra_attributes
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if description is not UNSET:
            field_dict["description"] = description
        if entitlement_display_value_template is not UNSET:
            field_dict["entitlement_display_value_template"] = entitlement_display_value_template
        if entitlement_display_name_template is not UNSET:
            field_dict["entitlement_display_name_template"] = entitlement_display_name_template
        if entitlement_display_description_template is not UNSET:
            field_dict["entitlement_display_description_template"] = entitlement_display_description_template
        if entitlement_schema_json is not UNSET:
            field_dict["entitlement_schema_json"] = entitlement_schema_json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Lever", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            slug = d.pop("slug")
            if not isinstance(slug, str):
                raise TypeError(f"expected str, got {type(slug).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "slug") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "slug", _exc) from _exc

        try:
            id = UUID(d.pop("id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "id", _exc) from _exc

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "name", _exc) from _exc

        try:
            lever_type_id = UUID(d.pop("lever_type_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "lever_type_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "lever_type_id", _exc) from _exc

        try:
            product_id = UUID(d.pop("product_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "product_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "product_id", _exc) from _exc

        try:
            metering_ids = cast(list[str], d.pop("metering_ids"))
            if not isinstance(metering_ids, list):
                raise TypeError(f"expected a list, got {type(metering_ids).__name__}")

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "metering_ids") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "metering_ids", _exc) from _exc

        try:
            display_order = none_as_unset(d.pop("display_order", UNSET))
            if not isinstance(display_order, int | Unset) or isinstance(display_order, bool):
                raise TypeError(f"expected int, got {type(display_order).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "display_order") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "display_order", _exc) from _exc

        try:
            display_name = none_as_unset(d.pop("display_name", UNSET))
            if not isinstance(display_name, str | Unset):
                raise TypeError(f"expected str, got {type(display_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "display_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "display_name", _exc) from _exc

        try:
            display_description = none_as_unset(d.pop("display_description", UNSET))
            if not isinstance(display_description, str | Unset):
                raise TypeError(f"expected str, got {type(display_description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "display_description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "display_description", _exc) from _exc

        try:
            _display_extra_attributes = none_as_unset(d.pop("display_extra_attributes", UNSET))
            display_extra_attributes: LeverDisplayExtraAttributes | Unset
            if isinstance(_display_extra_attributes, Unset):
                display_extra_attributes = UNSET
            else:
                display_extra_attributes = LeverDisplayExtraAttributes.from_dict(_display_extra_attributes)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "display_extra_attributes") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "display_extra_attributes", _exc) from _exc

        try:
            _configuration = none_as_unset(d.pop("configuration", UNSET))
            configuration: LeverConfiguration | Unset
            if isinstance(_configuration, Unset):
                configuration = UNSET
            else:
                configuration = LeverConfiguration.from_dict(_configuration)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "configuration") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "configuration", _exc) from _exc

        try:
            description = none_as_unset(d.pop("description", UNSET))
            if not isinstance(description, str | Unset):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "description", _exc) from _exc

        try:
            entitlement_display_value_template = none_as_unset(d.pop("entitlement_display_value_template", UNSET))
            if not isinstance(entitlement_display_value_template, str | Unset):
                raise TypeError(f"expected str, got {type(entitlement_display_value_template).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "entitlement_display_value_template") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "entitlement_display_value_template", _exc) from _exc

        try:
            entitlement_display_name_template = none_as_unset(d.pop("entitlement_display_name_template", UNSET))
            if not isinstance(entitlement_display_name_template, str | Unset):
                raise TypeError(f"expected str, got {type(entitlement_display_name_template).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "entitlement_display_name_template") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "entitlement_display_name_template", _exc) from _exc

        try:
            entitlement_display_description_template = none_as_unset(
                d.pop("entitlement_display_description_template", UNSET)
            )
            if not isinstance(entitlement_display_description_template, str | Unset):
                raise TypeError(f"expected str, got {type(entitlement_display_description_template).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "entitlement_display_description_template") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "entitlement_display_description_template", _exc) from _exc

        try:
            _entitlement_schema_json = none_as_unset(d.pop("entitlement_schema_json", UNSET))
            entitlement_schema_json: LeverEntitlementSchemaJson | Unset
            if isinstance(_entitlement_schema_json, Unset):
                entitlement_schema_json = UNSET
            else:
                entitlement_schema_json = LeverEntitlementSchemaJson.from_dict(_entitlement_schema_json)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Lever", "entitlement_schema_json") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Lever", "entitlement_schema_json", _exc) from _exc

        lever = cls(
            slug=slug,
            id=id,
            name=name,
            lever_type_id=lever_type_id,
            product_id=product_id,
            metering_ids=metering_ids,
            display_order=display_order,
            display_name=display_name,
            display_description=display_description,
            display_extra_attributes=display_extra_attributes,
            configuration=configuration,
            description=description,
            entitlement_display_value_template=entitlement_display_value_template,
            entitlement_display_name_template=entitlement_display_name_template,
            entitlement_display_description_template=entitlement_display_description_template,
            entitlement_schema_json=entitlement_schema_json,
        )

        lever.additional_properties = d
        return lever

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


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.lever_configuration import LeverConfiguration  # noqa: E402
from ..models.lever_display_extra_attributes import LeverDisplayExtraAttributes  # noqa: E402
from ..models.lever_entitlement_schema_json import LeverEntitlementSchemaJson  # noqa: E402

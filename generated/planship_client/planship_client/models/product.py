# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Product")


class Product(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    name: str
    organization_id: UUID
    slug: str
    id: UUID
    description: str | Unset = ""
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id = str(self.organization_id)

        slug = self.slug

        id = str(self.id)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization_id": organization_id,
                "slug": slug,
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Product", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Product", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Product", "name", _exc) from _exc

        try:
            organization_id = UUID(d.pop("organization_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Product", "organization_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Product", "organization_id", _exc) from _exc

        try:
            slug = d.pop("slug")
            if not isinstance(slug, str):
                raise TypeError(f"expected str, got {type(slug).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Product", "slug") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Product", "slug", _exc) from _exc

        try:
            id = UUID(d.pop("id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Product", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Product", "id", _exc) from _exc

        try:
            description = none_as_unset(d.pop("description", UNSET))
            if not isinstance(description, str | Unset):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Product", "description") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Product", "description", _exc) from _exc

        product = cls(
            name=name,
            organization_id=organization_id,
            slug=slug,
            id=id,
            description=description,
        )

        product.additional_properties = d
        return product

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

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="OrganizationCustomerCreate")


class OrganizationCustomerCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    metadata: OrganizationCustomerCreateMetadata | Unset = UNSET
    name: str | Unset = ""
    email: str | Unset = ""
    alternative_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        email = self.email

        alternative_id = self.alternative_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if alternative_id is not UNSET:
            field_dict["alternative_id"] = alternative_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "OrganizationCustomerCreate", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            _metadata = none_as_unset(d.pop("metadata", UNSET))
            metadata: OrganizationCustomerCreateMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = OrganizationCustomerCreateMetadata.from_dict(_metadata)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationCustomerCreate", "metadata") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationCustomerCreate", "metadata", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationCustomerCreate", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationCustomerCreate", "name", _exc) from _exc

        try:
            email = none_as_unset(d.pop("email", UNSET))
            if not isinstance(email, str | Unset):
                raise TypeError(f"expected str, got {type(email).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationCustomerCreate", "email") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationCustomerCreate", "email", _exc) from _exc

        try:
            alternative_id = none_as_unset(d.pop("alternative_id", UNSET))
            if not isinstance(alternative_id, str | Unset):
                raise TypeError(f"expected str, got {type(alternative_id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("OrganizationCustomerCreate", "alternative_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("OrganizationCustomerCreate", "alternative_id", _exc) from _exc

        organization_customer_create = cls(
            metadata=metadata,
            name=name,
            email=email,
            alternative_id=alternative_id,
        )

        organization_customer_create.additional_properties = d
        return organization_customer_create

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
from ..models.organization_customer_create_metadata import OrganizationCustomerCreateMetadata  # noqa: E402

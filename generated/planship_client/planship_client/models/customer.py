# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Customer")


class Customer(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    id: UUID
    organization_id: UUID
    subscriptions: list[SubscriptionCustomer]
    metadata: CustomerMetadata | Unset = msgspec.field(name="metadata_", default=UNSET)
    name: str | Unset = ""
    email: str | Unset = ""
    alternative_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = str(self.organization_id)

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        email = self.email

        alternative_id = self.alternative_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "subscriptions": subscriptions,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata_"] = metadata
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
            raise APIResponseValidationError("Customer", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = UUID(d.pop("id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Customer", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Customer", "id", _exc) from _exc

        try:
            organization_id = UUID(d.pop("organization_id"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Customer", "organization_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Customer", "organization_id", _exc) from _exc

        try:
            subscriptions = []
            _subscriptions = d.pop("subscriptions")
            if not isinstance(_subscriptions, list):
                raise TypeError(f"expected a list, got {type(_subscriptions).__name__}")

            for subscriptions_item_data in _subscriptions:
                subscriptions_item = SubscriptionCustomer.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Customer", "subscriptions") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Customer", "subscriptions", _exc) from _exc

        try:
            _metadata = none_as_unset(d.pop("metadata_", UNSET))
            metadata: CustomerMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = CustomerMetadata.from_dict(_metadata)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Customer", "metadata_") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Customer", "metadata_", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Customer", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Customer", "name", _exc) from _exc

        try:
            email = none_as_unset(d.pop("email", UNSET))
            if not isinstance(email, str | Unset):
                raise TypeError(f"expected str, got {type(email).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Customer", "email") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Customer", "email", _exc) from _exc

        try:
            alternative_id = none_as_unset(d.pop("alternative_id", UNSET))
            if not isinstance(alternative_id, str | Unset):
                raise TypeError(f"expected str, got {type(alternative_id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Customer", "alternative_id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Customer", "alternative_id", _exc) from _exc

        customer = cls(
            id=id,
            organization_id=organization_id,
            subscriptions=subscriptions,
            metadata=metadata,
            name=name,
            email=email,
            alternative_id=alternative_id,
        )

        customer.additional_properties = d
        return customer

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
from ..models.customer_metadata import CustomerMetadata  # noqa: E402
from ..models.subscription_customer import SubscriptionCustomer  # noqa: E402

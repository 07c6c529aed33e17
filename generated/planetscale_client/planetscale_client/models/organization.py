# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Organization")


class Organization(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A PlanetScale organization that contains databases, members, and billing configuration."""

    id: str | Unset = UNSET
    """ The unique identifier of the organization. """
    name: str | Unset = UNSET
    """ The URL-safe name of the organization. """
    display_name: str | Unset = UNSET
    """ The human-readable display name of the organization. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the organization was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the organization was last updated. """
    plan: str | Unset = UNSET
    """ The billing plan for the organization. """
    billing_email: str | Unset = UNSET
    """ The email address used for billing communications. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name = self.display_name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        plan = self.plan

        billing_email = self.billing_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if plan is not UNSET:
            field_dict["plan"] = plan
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Organization", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Organization", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Organization", "id", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Organization", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Organization", "name", _exc) from _exc

        try:
            display_name = none_as_unset(d.pop("display_name", UNSET))
            if not isinstance(display_name, str | Unset):
                raise TypeError(f"expected str, got {type(display_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Organization", "display_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Organization", "display_name", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Organization", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Organization", "created_at", _exc) from _exc

        try:
            _updated_at = none_as_unset(d.pop("updated_at", UNSET))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Organization", "updated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Organization", "updated_at", _exc) from _exc

        try:
            plan = none_as_unset(d.pop("plan", UNSET))
            if not isinstance(plan, str | Unset):
                raise TypeError(f"expected str, got {type(plan).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Organization", "plan") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Organization", "plan", _exc) from _exc

        try:
            billing_email = none_as_unset(d.pop("billing_email", UNSET))
            if not isinstance(billing_email, str | Unset):
                raise TypeError(f"expected str, got {type(billing_email).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Organization", "billing_email") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Organization", "billing_email", _exc) from _exc

        organization = cls(
            id=id,
            name=name,
            display_name=display_name,
            created_at=created_at,
            updated_at=updated_at,
            plan=plan,
            billing_email=billing_email,
        )

        organization.additional_properties = d
        return organization

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

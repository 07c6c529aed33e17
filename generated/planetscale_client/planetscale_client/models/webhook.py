# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Webhook")


class Webhook(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A webhook configuration for receiving event notifications from a PlanetScale database."""

    id: str | Unset = UNSET
    """ The unique identifier of the webhook. """
    url: str | Unset = UNSET
    """ The HTTPS URL that receives webhook callbacks. """
    events: list[str] | Unset = UNSET
    """ The list of event types the webhook subscribes to. """
    active: bool | Unset = UNSET
    """ Whether the webhook is currently active. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the webhook was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the webhook was last updated. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        active = self.active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Webhook", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Webhook", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Webhook", "id", _exc) from _exc

        try:
            url = none_as_unset(d.pop("url", UNSET))
            if not isinstance(url, str | Unset):
                raise TypeError(f"expected str, got {type(url).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Webhook", "url") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Webhook", "url", _exc) from _exc

        try:
            events = cast(list[str], none_as_unset(d.pop("events", UNSET)))
            if not isinstance(events, Unset):
                if not isinstance(events, list):
                    raise TypeError(f"expected a list, got {type(events).__name__}")

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Webhook", "events") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Webhook", "events", _exc) from _exc

        try:
            active = none_as_unset(d.pop("active", UNSET))
            if not isinstance(active, bool | Unset):
                raise TypeError(f"expected bool, got {type(active).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Webhook", "active") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Webhook", "active", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Webhook", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Webhook", "created_at", _exc) from _exc

        try:
            _updated_at = none_as_unset(d.pop("updated_at", UNSET))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Webhook", "updated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Webhook", "updated_at", _exc) from _exc

        webhook = cls(
            id=id,
            url=url,
            events=events,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
        )

        webhook.additional_properties = d
        return webhook

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

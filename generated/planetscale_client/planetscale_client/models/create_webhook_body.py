# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="CreateWebhookBody")


class CreateWebhookBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    url: str
    """ The HTTPS URL to receive webhook POST callbacks. """
    events: list[str]
    """ The list of event types to subscribe to. """
    secret: str | Unset = UNSET
    """ The shared secret used to sign webhook payloads for verification. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = self.events

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "CreateWebhookBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            url = d.pop("url")
            if not isinstance(url, str):
                raise TypeError(f"expected str, got {type(url).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateWebhookBody", "url") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateWebhookBody", "url", _exc) from _exc

        try:
            events = cast(list[str], d.pop("events"))
            if not isinstance(events, list):
                raise TypeError(f"expected a list, got {type(events).__name__}")

        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateWebhookBody", "events") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateWebhookBody", "events", _exc) from _exc

        try:
            secret = none_as_unset(d.pop("secret", UNSET))
            if not isinstance(secret, str | Unset):
                raise TypeError(f"expected str, got {type(secret).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("CreateWebhookBody", "secret") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("CreateWebhookBody", "secret", _exc) from _exc

        create_webhook_body = cls(
            url=url,
            events=events,
            secret=secret,
        )

        create_webhook_body.additional_properties = d
        return create_webhook_body

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

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field

T = TypeVar("T", bound="LeverUsage")


class LeverUsage(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    total: int
    by_bucket: LeverUsageByBucket
    by_subscription: LeverUsageBySubscription
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_bucket = self.by_bucket.to_dict()

        by_subscription = self.by_subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_bucket": by_bucket,
                "by_subscription": by_subscription,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("LeverUsage", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            total = d.pop("total")
            if not isinstance(total, int) or isinstance(total, bool):
                raise TypeError(f"expected int, got {type(total).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("LeverUsage", "total") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("LeverUsage", "total", _exc) from _exc

        try:
            by_bucket = LeverUsageByBucket.from_dict(d.pop("by_bucket"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("LeverUsage", "by_bucket") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("LeverUsage", "by_bucket", _exc) from _exc

        try:
            by_subscription = LeverUsageBySubscription.from_dict(d.pop("by_subscription"))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("LeverUsage", "by_subscription") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("LeverUsage", "by_subscription", _exc) from _exc

        lever_usage = cls(
            total=total,
            by_bucket=by_bucket,
            by_subscription=by_subscription,
        )

        lever_usage.additional_properties = d
        return lever_usage

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
from ..models.lever_usage_by_bucket import LeverUsageByBucket  # noqa: E402
from ..models.lever_usage_by_subscription import LeverUsageBySubscription  # noqa: E402

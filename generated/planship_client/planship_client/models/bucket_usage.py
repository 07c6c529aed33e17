# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="BucketUsage")


class BucketUsage(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    bucket: str | Unset = UNSET
    usage: int | Unset = UNSET
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("BucketUsage", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            bucket = none_as_unset(d.pop("bucket", UNSET))
            if not isinstance(bucket, str | Unset):
                raise TypeError(f"expected str, got {type(bucket).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("BucketUsage", "bucket") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("BucketUsage", "bucket", _exc) from _exc

        try:
            usage = none_as_unset(d.pop("usage", UNSET))
            if not isinstance(usage, int | Unset) or isinstance(usage, bool):
                raise TypeError(f"expected int, got {type(usage).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("BucketUsage", "usage") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("BucketUsage", "usage", _exc) from _exc

        bucket_usage = cls(
            bucket=bucket,
            usage=usage,
        )

        bucket_usage.additional_properties = d
        return bucket_usage

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

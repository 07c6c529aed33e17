# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Base of the models for free-form JSON objects (schemas with no declared properties)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="FreeFormModel")


class FreeFormModel:
    """A JSON object whose keys the spec leaves open: every key is in ``additional_properties``."""

    __slots__ = ("additional_properties",)

    def __init__(self, **properties: Any) -> None:
        self.additional_properties: dict[str, Any] = dict(properties)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Return the model holding a copy of ``src_dict``."""
        model = cls()
        model.additional_properties = dict(src_dict)
        return model

    def to_dict(self) -> dict[str, Any]:
        """Return the object as a JSON-ready dict."""
        return dict(self.additional_properties)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, FreeFormModel):
            return NotImplemented
        return self.additional_properties == other.additional_properties

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.additional_properties!r})"

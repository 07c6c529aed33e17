# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="ListClusterSizesResponse200")


class ListClusterSizesResponse200(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    data: list[ClusterSize] | Unset = UNSET
    current_page: int | Unset = UNSET
    """ The number of this page. """
    next_page: int | None | Unset = UNSET
    """ The number of the next page; null on the last page. """
    next_page_url: None | str | Unset = UNSET
    """ The URL of the next page; null on the last page. """
    prev_page: int | None | Unset = UNSET
    """ The number of the previous page; null on the first page. """
    prev_page_url: None | str | Unset = UNSET
    """ The URL of the previous page; null on the first page. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        current_page = self.current_page

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        prev_page: int | None | Unset
        if isinstance(self.prev_page, Unset):
            prev_page = UNSET
        else:
            prev_page = self.prev_page

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if prev_page is not UNSET:
            field_dict["prev_page"] = prev_page
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "ListClusterSizesResponse200", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            _data = none_as_unset(d.pop("data", UNSET))
            data: list[ClusterSize] | Unset = UNSET
            if _data is not UNSET:
                if not isinstance(_data, list):
                    raise TypeError(f"expected a list, got {type(_data).__name__}")

                data = []
                for data_item_data in _data:
                    data_item = ClusterSize.from_dict(data_item_data)

                    data.append(data_item)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ListClusterSizesResponse200", "data") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ListClusterSizesResponse200", "data", _exc) from _exc

        try:
            current_page = none_as_unset(d.pop("current_page", UNSET))
            if not isinstance(current_page, int | Unset) or isinstance(current_page, bool):
                raise TypeError(f"expected int, got {type(current_page).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("ListClusterSizesResponse200", "current_page") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ListClusterSizesResponse200", "current_page", _exc) from _exc

        try:

            def _parse_next_page(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            next_page = _parse_next_page(d.pop("next_page", UNSET))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ListClusterSizesResponse200", "next_page") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ListClusterSizesResponse200", "next_page", _exc) from _exc

        try:

            def _parse_next_page_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            next_page_url = _parse_next_page_url(d.pop("next_page_url", UNSET))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ListClusterSizesResponse200", "next_page_url") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ListClusterSizesResponse200", "next_page_url", _exc) from _exc

        try:

            def _parse_prev_page(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            prev_page = _parse_prev_page(d.pop("prev_page", UNSET))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ListClusterSizesResponse200", "prev_page") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ListClusterSizesResponse200", "prev_page", _exc) from _exc

        try:

            def _parse_prev_page_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            prev_page_url = _parse_prev_page_url(d.pop("prev_page_url", UNSET))

        except APIResponseValidationError as _invalid:
            raise _invalid.within("ListClusterSizesResponse200", "prev_page_url") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("ListClusterSizesResponse200", "prev_page_url", _exc) from _exc

        list_cluster_sizes_response_200 = cls(
            data=data,
            current_page=current_page,
            next_page=next_page,
            next_page_url=next_page_url,
            prev_page=prev_page,
            prev_page_url=prev_page_url,
        )

        list_cluster_sizes_response_200.additional_properties = d
        return list_cluster_sizes_response_200

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
from ..models.cluster_size import ClusterSize  # noqa: E402

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Invoice")


class Invoice(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A billing invoice for an organization."""

    id: str | Unset = UNSET
    """ The unique identifier of the invoice. """
    period_start: datetime.date | Unset = UNSET
    """ The start date of the billing period. """
    period_end: datetime.date | Unset = UNSET
    """ The end date of the billing period. """
    total: float | Unset = UNSET
    """ The total invoice amount in cents. """
    currency: str | Unset = UNSET
    """ The currency code for the invoice. """
    status: InvoiceStatus | Unset = UNSET
    """ The payment status of the invoice. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the invoice was generated. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        total = self.total

        currency = self.currency

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if total is not UNSET:
            field_dict["total"] = total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Invoice", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Invoice", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Invoice", "id", _exc) from _exc

        try:
            _period_start = none_as_unset(d.pop("period_start", UNSET))
            period_start: datetime.date | Unset
            if isinstance(_period_start, Unset):
                period_start = UNSET
            else:
                period_start = datetime.date.fromisoformat(_period_start)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Invoice", "period_start") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Invoice", "period_start", _exc) from _exc

        try:
            _period_end = none_as_unset(d.pop("period_end", UNSET))
            period_end: datetime.date | Unset
            if isinstance(_period_end, Unset):
                period_end = UNSET
            else:
                period_end = datetime.date.fromisoformat(_period_end)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Invoice", "period_end") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Invoice", "period_end", _exc) from _exc

        try:
            total = none_as_unset(d.pop("total", UNSET))
            if not isinstance(total, int | float | Unset) or isinstance(total, bool):
                raise TypeError(f"expected float, got {type(total).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Invoice", "total") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Invoice", "total", _exc) from _exc

        try:
            currency = none_as_unset(d.pop("currency", UNSET))
            if not isinstance(currency, str | Unset):
                raise TypeError(f"expected str, got {type(currency).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Invoice", "currency") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Invoice", "currency", _exc) from _exc

        try:
            _status = none_as_unset(d.pop("status", UNSET))
            status: InvoiceStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = InvoiceStatus(_status)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Invoice", "status") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Invoice", "status", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Invoice", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Invoice", "created_at", _exc) from _exc

        invoice = cls(
            id=id,
            period_start=period_start,
            period_end=period_end,
            total=total,
            currency=currency,
            status=status,
            created_at=created_at,
        )

        invoice.additional_properties = d
        return invoice

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

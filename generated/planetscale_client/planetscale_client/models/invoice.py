# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset


class Invoice(_models.Model, kw_only=True):
    """A billing invoice for an organization.

    Attributes:
        id (str | Unset): The unique identifier of the invoice.
        period_start (datetime.date | Unset): The start date of the billing period.
        period_end (datetime.date | Unset): The end date of the billing period.
        total (float | Unset): The total invoice amount in cents.
        currency (str | Unset): The currency code for the invoice.
        status (InvoiceStatus | Unset): The payment status of the invoice.
        created_at (datetime.datetime | Unset): The timestamp when the invoice was generated.
    """

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

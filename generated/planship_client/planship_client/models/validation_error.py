# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from typing import Any

import msgspec

from .. import _models
from ..types import UNSET, Unset


class ValidationError(_models.Model, kw_only=True):
    """The ``ValidationError`` object of the API.

    Attributes:
        loc (list[Any] | Unset):
        msg (str | Unset):
        type_ (str | Unset):
    """

    loc: list[Any] | Unset = UNSET
    msg: str | Unset = UNSET
    type_: str | Unset = msgspec.field(name="type", default=UNSET)

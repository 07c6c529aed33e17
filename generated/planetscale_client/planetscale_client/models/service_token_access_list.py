# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class ServiceTokenAccessList(_models.Model, kw_only=True):
    """The ``ServiceTokenAccessList`` object of the API.

    Attributes:
        data (list[ServiceTokenAccess] | Unset):
        current_page (int | Unset): The number of this page.
        next_page (int | None | Unset): The number of the next page; null on the last page.
        next_page_url (None | str | Unset): The URL of the next page; null on the last page.
        prev_page (int | None | Unset): The number of the previous page; null on the first page.
        prev_page_url (None | str | Unset): The URL of the previous page; null on the first page.
    """

    data: list[ServiceTokenAccess] | Unset = UNSET
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


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.service_token_access import ServiceTokenAccess  # noqa: E402, F401

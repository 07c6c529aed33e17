# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class CreateWebhookBody(_models.Model, kw_only=True):
    """The ``CreateWebhookBody`` object of the API.

    Attributes:
        url (str): The HTTPS URL to receive webhook POST callbacks.
        events (list[str]): The list of event types to subscribe to.
        secret (str | Unset): The shared secret used to sign webhook payloads for verification.
    """

    url: str
    """ The HTTPS URL to receive webhook POST callbacks. """
    events: list[str]
    """ The list of event types to subscribe to. """
    secret: str | Unset = UNSET
    """ The shared secret used to sign webhook payloads for verification. """

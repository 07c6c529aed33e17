# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..types import UNSET, Unset


class Webhook(_models.Model, kw_only=True):
    """A webhook configuration for receiving event notifications from a PlanetScale database.

    Attributes:
        id (str | Unset): The unique identifier of the webhook.
        url (str | Unset): The HTTPS URL that receives webhook callbacks.
        events (list[str] | Unset): The list of event types the webhook subscribes to.
        active (bool | Unset): Whether the webhook is currently active.
        created_at (datetime.datetime | Unset): The timestamp when the webhook was created.
        updated_at (datetime.datetime | Unset): The timestamp when the webhook was last updated.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the webhook. """
    url: str | Unset = UNSET
    """ The HTTPS URL that receives webhook callbacks. """
    events: list[str] | Unset = UNSET
    """ The list of event types the webhook subscribes to. """
    active: bool | Unset = UNSET
    """ Whether the webhook is currently active. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the webhook was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the webhook was last updated. """

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.bouncer_state import BouncerState
from ..types import UNSET, Unset


class Bouncer(_models.Model, kw_only=True):
    """A PgBouncer connection pooling instance for a database branch.

    Attributes:
        id (str | Unset): The unique identifier of the bouncer.
        name (str | Unset): The name of the bouncer instance.
        state (BouncerState | Unset): The current state of the bouncer.
        pool_size (int | Unset): The connection pool size.
        created_at (datetime.datetime | Unset): The timestamp when the bouncer was created.
        updated_at (datetime.datetime | Unset): The timestamp when the bouncer was last updated.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the bouncer. """
    name: str | Unset = UNSET
    """ The name of the bouncer instance. """
    state: BouncerState | Unset = UNSET
    """ The current state of the bouncer. """
    pool_size: int | Unset = UNSET
    """ The connection pool size. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the bouncer was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the bouncer was last updated. """

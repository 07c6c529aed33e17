# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.backup_state import BackupState
from ..types import UNSET, Unset


class Backup(_models.Model, kw_only=True):
    """A backup of a database branch.

    Attributes:
        id (str | Unset): The unique identifier of the backup.
        name (str | Unset): The name of the backup.
        state (BackupState | Unset): The current state of the backup.
        size (int | Unset): The size of the backup in bytes.
        created_at (datetime.datetime | Unset): The timestamp when the backup was created.
        updated_at (datetime.datetime | Unset): The timestamp when the backup was last updated.
        completed_at (datetime.datetime | Unset): The timestamp when the backup completed.
        expires_at (datetime.datetime | Unset): The timestamp when the backup expires.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the backup. """
    name: str | Unset = UNSET
    """ The name of the backup. """
    state: BackupState | Unset = UNSET
    """ The current state of the backup. """
    size: int | Unset = UNSET
    """ The size of the backup in bytes. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the backup was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the backup was last updated. """
    completed_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the backup completed. """
    expires_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the backup expires. """

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..types import UNSET, Unset


class CreateBouncerBody(_models.Model, kw_only=True):
    """The ``CreateBouncerBody`` object of the API.

    Attributes:
        name (str): The name of the bouncer instance.
        pool_size (int | Unset): The connection pool size.
    """

    name: str
    """ The name of the bouncer instance. """
    pool_size: int | Unset = UNSET
    """ The connection pool size. """

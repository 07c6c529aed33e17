# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models


class TokenResponse(_models.Model, kw_only=True):
    """An OAuth2 Token response.

    Attributes:
        access_token (str):
        token_type (str):
        expires_in (int):
    """

    access_token: str
    token_type: str
    expires_in: int

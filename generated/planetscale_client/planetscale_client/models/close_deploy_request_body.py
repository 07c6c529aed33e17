# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..models.close_deploy_request_body_state import CloseDeployRequestBodyState
from ..types import UNSET, Unset


class CloseDeployRequestBody(_models.Model, kw_only=True):
    """The ``CloseDeployRequestBody`` object of the API.

    Attributes:
        state (CloseDeployRequestBodyState | Unset): The desired state of the deploy request.
    """

    state: CloseDeployRequestBodyState | Unset = UNSET
    """ The desired state of the deploy request. """

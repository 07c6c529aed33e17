# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from .. import _models
from ..models.review_deploy_request_body_state import ReviewDeployRequestBodyState
from ..types import UNSET, Unset


class ReviewDeployRequestBody(_models.Model, kw_only=True):
    """The ``ReviewDeployRequestBody`` object of the API.

    Attributes:
        state (ReviewDeployRequestBodyState): The review state.
        body (str | Unset): The review comment body.
    """

    state: ReviewDeployRequestBodyState
    """ The review state. """
    body: str | Unset = UNSET
    """ The review comment body. """

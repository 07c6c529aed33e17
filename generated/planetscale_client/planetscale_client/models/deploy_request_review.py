# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime

from .. import _models
from ..models.deploy_request_review_state import DeployRequestReviewState
from ..types import UNSET, Unset


class DeployRequestReview(_models.Model, kw_only=True):
    """A review submitted for a deploy request.

    Attributes:
        id (str | Unset): The unique identifier of the review.
        state (DeployRequestReviewState | Unset): The review state.
        body (str | Unset): The review comment body.
        actor (DeployRequestReviewActor | Unset): The user who submitted the review.
        created_at (datetime.datetime | Unset): The timestamp when the review was created.
    """

    id: str | Unset = UNSET
    """ The unique identifier of the review. """
    state: DeployRequestReviewState | Unset = UNSET
    """ The review state. """
    body: str | Unset = UNSET
    """ The review comment body. """
    actor: DeployRequestReviewActor | Unset = UNSET
    """ The user who submitted the review. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the review was created. """


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.deploy_request_review_actor import DeployRequestReviewActor  # noqa: E402, F401

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.deploy_request_review_state import DeployRequestReviewState
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="DeployRequestReview")


class DeployRequestReview(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A review submitted for a deploy request."""

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
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        body = self.body

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if body is not UNSET:
            field_dict["body"] = body
        if actor is not UNSET:
            field_dict["actor"] = actor
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "DeployRequestReview", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestReview", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestReview", "id", _exc) from _exc

        try:
            _state = none_as_unset(d.pop("state", UNSET))
            state: DeployRequestReviewState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = DeployRequestReviewState(_state)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestReview", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestReview", "state", _exc) from _exc

        try:
            body = none_as_unset(d.pop("body", UNSET))
            if not isinstance(body, str | Unset):
                raise TypeError(f"expected str, got {type(body).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestReview", "body") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestReview", "body", _exc) from _exc

        try:
            _actor = none_as_unset(d.pop("actor", UNSET))
            actor: DeployRequestReviewActor | Unset
            if isinstance(_actor, Unset):
                actor = UNSET
            else:
                actor = DeployRequestReviewActor.from_dict(_actor)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestReview", "actor") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestReview", "actor", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestReview", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestReview", "created_at", _exc) from _exc

        deploy_request_review = cls(
            id=id,
            state=state,
            body=body,
            actor=actor,
            created_at=created_at,
        )

        deploy_request_review.additional_properties = d
        return deploy_request_review

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.deploy_request_review_actor import DeployRequestReviewActor  # noqa: E402

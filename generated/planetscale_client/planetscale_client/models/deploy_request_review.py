# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deploy_request_review_state import DeployRequestReviewState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deploy_request_review_actor import DeployRequestReviewActor


T = TypeVar("T", bound="DeployRequestReview")


@_attrs_define
class DeployRequestReview:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.deploy_request_review_actor import DeployRequestReviewActor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _state = d.pop("state", UNSET)
        state: DeployRequestReviewState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = DeployRequestReviewState(_state)

        body = d.pop("body", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: DeployRequestReviewActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = DeployRequestReviewActor.from_dict(_actor)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

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

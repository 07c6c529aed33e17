# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deploy_request_state import DeployRequestState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deploy_request_deployment import DeployRequestDeployment


T = TypeVar("T", bound="DeployRequest")


@_attrs_define
class DeployRequest:
    """A deploy request for applying schema changes from a development branch to a target branch."""

    id: str | Unset = UNSET
    """ The unique identifier of the deploy request. """
    number: int | Unset = UNSET
    """ The deploy request number within the database. """
    branch: str | Unset = UNSET
    """ The name of the source branch with schema changes. """
    into_branch: str | Unset = UNSET
    """ The name of the target branch to deploy into. """
    state: DeployRequestState | Unset = UNSET
    """ The current state of the deploy request. """
    approved: bool | Unset = UNSET
    """ Whether the deploy request has been approved. """
    deployment: DeployRequestDeployment | Unset = UNSET
    """ Information about the active or completed deployment. """
    notes: str | Unset = UNSET
    """ Notes or description for the deploy request. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the deploy request was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the deploy request was last updated. """
    closed_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the deploy request was closed. """
    html_url: str | Unset = UNSET
    """ The URL to the deploy request in the PlanetScale dashboard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        branch = self.branch

        into_branch = self.into_branch

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        approved = self.approved

        deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment, Unset):
            deployment = self.deployment.to_dict()

        notes = self.notes

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        closed_at: str | Unset = UNSET
        if not isinstance(self.closed_at, Unset):
            closed_at = self.closed_at.isoformat()

        html_url = self.html_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if branch is not UNSET:
            field_dict["branch"] = branch
        if into_branch is not UNSET:
            field_dict["into_branch"] = into_branch
        if state is not UNSET:
            field_dict["state"] = state
        if approved is not UNSET:
            field_dict["approved"] = approved
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if html_url is not UNSET:
            field_dict["html_url"] = html_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deploy_request_deployment import DeployRequestDeployment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        branch = d.pop("branch", UNSET)

        into_branch = d.pop("into_branch", UNSET)

        _state = d.pop("state", UNSET)
        state: DeployRequestState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = DeployRequestState(_state)

        approved = d.pop("approved", UNSET)

        _deployment = d.pop("deployment", UNSET)
        deployment: DeployRequestDeployment | Unset
        if isinstance(_deployment, Unset):
            deployment = UNSET
        else:
            deployment = DeployRequestDeployment.from_dict(_deployment)

        notes = d.pop("notes", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _closed_at = d.pop("closed_at", UNSET)
        closed_at: datetime.datetime | Unset
        if isinstance(_closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = datetime.datetime.fromisoformat(_closed_at)

        html_url = d.pop("html_url", UNSET)

        deploy_request = cls(
            id=id,
            number=number,
            branch=branch,
            into_branch=into_branch,
            state=state,
            approved=approved,
            deployment=deployment,
            notes=notes,
            created_at=created_at,
            updated_at=updated_at,
            closed_at=closed_at,
            html_url=html_url,
        )

        deploy_request.additional_properties = d
        return deploy_request

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

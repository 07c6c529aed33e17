# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.deploy_request_state import DeployRequestState
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="DeployRequest")


class DeployRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
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
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

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
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("DeployRequest", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "id", _exc) from _exc

        try:
            number = none_as_unset(d.pop("number", UNSET))
            if not isinstance(number, int | Unset) or isinstance(number, bool):
                raise TypeError(f"expected int, got {type(number).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "number") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "number", _exc) from _exc

        try:
            branch = none_as_unset(d.pop("branch", UNSET))
            if not isinstance(branch, str | Unset):
                raise TypeError(f"expected str, got {type(branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "branch", _exc) from _exc

        try:
            into_branch = none_as_unset(d.pop("into_branch", UNSET))
            if not isinstance(into_branch, str | Unset):
                raise TypeError(f"expected str, got {type(into_branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "into_branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "into_branch", _exc) from _exc

        try:
            _state = none_as_unset(d.pop("state", UNSET))
            state: DeployRequestState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = DeployRequestState(_state)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "state", _exc) from _exc

        try:
            approved = none_as_unset(d.pop("approved", UNSET))
            if not isinstance(approved, bool | Unset):
                raise TypeError(f"expected bool, got {type(approved).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "approved") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "approved", _exc) from _exc

        try:
            _deployment = none_as_unset(d.pop("deployment", UNSET))
            deployment: DeployRequestDeployment | Unset
            if isinstance(_deployment, Unset):
                deployment = UNSET
            else:
                deployment = DeployRequestDeployment.from_dict(_deployment)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "deployment") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "deployment", _exc) from _exc

        try:
            notes = none_as_unset(d.pop("notes", UNSET))
            if not isinstance(notes, str | Unset):
                raise TypeError(f"expected str, got {type(notes).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "notes") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "notes", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "created_at", _exc) from _exc

        try:
            _updated_at = none_as_unset(d.pop("updated_at", UNSET))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "updated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "updated_at", _exc) from _exc

        try:
            _closed_at = none_as_unset(d.pop("closed_at", UNSET))
            closed_at: datetime.datetime | Unset
            if isinstance(_closed_at, Unset):
                closed_at = UNSET
            else:
                closed_at = datetime.datetime.fromisoformat(_closed_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "closed_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "closed_at", _exc) from _exc

        try:
            html_url = none_as_unset(d.pop("html_url", UNSET))
            if not isinstance(html_url, str | Unset):
                raise TypeError(f"expected str, got {type(html_url).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequest", "html_url") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequest", "html_url", _exc) from _exc

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


# Imported last, once this module's class exists: models that refer to each other (a reference
# cycle) import without a circular-import error, and msgspec resolves the annotations, which
# are strings here, when it first decodes.
from ..models.deploy_request_deployment import DeployRequestDeployment  # noqa: E402

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="DeployRequestDeployment")


class DeployRequestDeployment(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Information about the active or completed deployment."""

    state: str | Unset = UNSET
    """ The state of the deployment. """
    started_at: datetime.datetime | Unset = UNSET
    """ The timestamp when deployment started. """
    finished_at: datetime.datetime | Unset = UNSET
    """ The timestamp when deployment finished. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "DeployRequestDeployment", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            state = none_as_unset(d.pop("state", UNSET))
            if not isinstance(state, str | Unset):
                raise TypeError(f"expected str, got {type(state).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestDeployment", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestDeployment", "state", _exc) from _exc

        try:
            _started_at = none_as_unset(d.pop("started_at", UNSET))
            started_at: datetime.datetime | Unset
            if isinstance(_started_at, Unset):
                started_at = UNSET
            else:
                started_at = datetime.datetime.fromisoformat(_started_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestDeployment", "started_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestDeployment", "started_at", _exc) from _exc

        try:
            _finished_at = none_as_unset(d.pop("finished_at", UNSET))
            finished_at: datetime.datetime | Unset
            if isinstance(_finished_at, Unset):
                finished_at = UNSET
            else:
                finished_at = datetime.datetime.fromisoformat(_finished_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("DeployRequestDeployment", "finished_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("DeployRequestDeployment", "finished_at", _exc) from _exc

        deploy_request_deployment = cls(
            state=state,
            started_at=started_at,
            finished_at=finished_at,
        )

        deploy_request_deployment.additional_properties = d
        return deploy_request_deployment

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

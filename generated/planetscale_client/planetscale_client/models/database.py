# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..models.database_state import DatabaseState
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="Database")


class Database(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A PlanetScale serverless MySQL-compatible database with branching and deploy request support."""

    id: str | Unset = UNSET
    """ The unique identifier of the database. """
    name: str | Unset = UNSET
    """ The name of the database. """
    state: DatabaseState | Unset = UNSET
    """ The current state of the database. """
    plan: str | Unset = UNSET
    """ The billing plan for the database. """
    cluster_size: str | Unset = UNSET
    """ The cluster size of the production branch. """
    region: DatabaseRegion | Unset = UNSET
    """ The region where the database is hosted. """
    default_branch: str | Unset = UNSET
    """ The name of the default production branch. """
    production_branch_web_console: bool | Unset = UNSET
    """ Whether the web console is enabled on production branches. """
    insights_enabled: bool | Unset = UNSET
    """ Whether PlanetScale Insights analytics is enabled. """
    migration_framework: str | Unset = UNSET
    """ The migration framework configured for schema changes. """
    require_approval_for_deploy: bool | Unset = UNSET
    """ Whether deploy requests require approval before deployment. """
    allow_data_branching: bool | Unset = UNSET
    """ Whether data branching is enabled. """
    created_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the database was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ The timestamp when the database was last updated. """
    html_url: str | Unset = UNSET
    """ The URL to the database in the PlanetScale dashboard. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        plan = self.plan

        cluster_size = self.cluster_size

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        default_branch = self.default_branch

        production_branch_web_console = self.production_branch_web_console

        insights_enabled = self.insights_enabled

        migration_framework = self.migration_framework

        require_approval_for_deploy = self.require_approval_for_deploy

        allow_data_branching = self.allow_data_branching

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        html_url = self.html_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if plan is not UNSET:
            field_dict["plan"] = plan
        if cluster_size is not UNSET:
            field_dict["cluster_size"] = cluster_size
        if region is not UNSET:
            field_dict["region"] = region
        if default_branch is not UNSET:
            field_dict["default_branch"] = default_branch
        if production_branch_web_console is not UNSET:
            field_dict["production_branch_web_console"] = production_branch_web_console
        if insights_enabled is not UNSET:
            field_dict["insights_enabled"] = insights_enabled
        if migration_framework is not UNSET:
            field_dict["migration_framework"] = migration_framework
        if require_approval_for_deploy is not UNSET:
            field_dict["require_approval_for_deploy"] = require_approval_for_deploy
        if allow_data_branching is not UNSET:
            field_dict["allow_data_branching"] = allow_data_branching
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if html_url is not UNSET:
            field_dict["html_url"] = html_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError("Database", "", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = none_as_unset(d.pop("id", UNSET))
            if not isinstance(id, str | Unset):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "id") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "id", _exc) from _exc

        try:
            name = none_as_unset(d.pop("name", UNSET))
            if not isinstance(name, str | Unset):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "name", _exc) from _exc

        try:
            _state = none_as_unset(d.pop("state", UNSET))
            state: DatabaseState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = DatabaseState(_state)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "state") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "state", _exc) from _exc

        try:
            plan = none_as_unset(d.pop("plan", UNSET))
            if not isinstance(plan, str | Unset):
                raise TypeError(f"expected str, got {type(plan).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "plan") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "plan", _exc) from _exc

        try:
            cluster_size = none_as_unset(d.pop("cluster_size", UNSET))
            if not isinstance(cluster_size, str | Unset):
                raise TypeError(f"expected str, got {type(cluster_size).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "cluster_size") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "cluster_size", _exc) from _exc

        try:
            _region = none_as_unset(d.pop("region", UNSET))
            region: DatabaseRegion | Unset
            if isinstance(_region, Unset):
                region = UNSET
            else:
                region = DatabaseRegion.from_dict(_region)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "region") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "region", _exc) from _exc

        try:
            default_branch = none_as_unset(d.pop("default_branch", UNSET))
            if not isinstance(default_branch, str | Unset):
                raise TypeError(f"expected str, got {type(default_branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "default_branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "default_branch", _exc) from _exc

        try:
            production_branch_web_console = none_as_unset(d.pop("production_branch_web_console", UNSET))
            if not isinstance(production_branch_web_console, bool | Unset):
                raise TypeError(f"expected bool, got {type(production_branch_web_console).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "production_branch_web_console") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "production_branch_web_console", _exc) from _exc

        try:
            insights_enabled = none_as_unset(d.pop("insights_enabled", UNSET))
            if not isinstance(insights_enabled, bool | Unset):
                raise TypeError(f"expected bool, got {type(insights_enabled).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "insights_enabled") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "insights_enabled", _exc) from _exc

        try:
            migration_framework = none_as_unset(d.pop("migration_framework", UNSET))
            if not isinstance(migration_framework, str | Unset):
                raise TypeError(f"expected str, got {type(migration_framework).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "migration_framework") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "migration_framework", _exc) from _exc

        try:
            require_approval_for_deploy = none_as_unset(d.pop("require_approval_for_deploy", UNSET))
            if not isinstance(require_approval_for_deploy, bool | Unset):
                raise TypeError(f"expected bool, got {type(require_approval_for_deploy).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "require_approval_for_deploy") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "require_approval_for_deploy", _exc) from _exc

        try:
            allow_data_branching = none_as_unset(d.pop("allow_data_branching", UNSET))
            if not isinstance(allow_data_branching, bool | Unset):
                raise TypeError(f"expected bool, got {type(allow_data_branching).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "allow_data_branching") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "allow_data_branching", _exc) from _exc

        try:
            _created_at = none_as_unset(d.pop("created_at", UNSET))
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "created_at", _exc) from _exc

        try:
            _updated_at = none_as_unset(d.pop("updated_at", UNSET))
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "updated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "updated_at", _exc) from _exc

        try:
            html_url = none_as_unset(d.pop("html_url", UNSET))
            if not isinstance(html_url, str | Unset):
                raise TypeError(f"expected str, got {type(html_url).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("Database", "html_url") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("Database", "html_url", _exc) from _exc

        database = cls(
            id=id,
            name=name,
            state=state,
            plan=plan,
            cluster_size=cluster_size,
            region=region,
            default_branch=default_branch,
            production_branch_web_console=production_branch_web_console,
            insights_enabled=insights_enabled,
            migration_framework=migration_framework,
            require_approval_for_deploy=require_approval_for_deploy,
            allow_data_branching=allow_data_branching,
            created_at=created_at,
            updated_at=updated_at,
            html_url=html_url,
        )

        database.additional_properties = d
        return database

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
from ..models.database_region import DatabaseRegion  # noqa: E402

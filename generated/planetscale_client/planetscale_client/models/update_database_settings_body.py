# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from ..errors import APIResponseValidationError, invalid_field
from ..types import UNSET, Unset, none_as_unset

T = TypeVar("T", bound="UpdateDatabaseSettingsBody")


class UpdateDatabaseSettingsBody(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    default_branch: str | Unset = UNSET
    """ The name of the default branch. """
    production_branch_web_console: bool | Unset = UNSET
    """ Whether the web console is enabled for production branches. """
    insights_enabled: bool | Unset = UNSET
    """ Whether PlanetScale Insights is enabled. """
    migration_framework: str | Unset = UNSET
    """ The migration framework used for schema changes. """
    migration_table_name: str | Unset = UNSET
    """ The name of the migration tracking table. """
    require_approval_for_deploy: bool | Unset = UNSET
    """ Whether deploy requests require approval before deployment. """
    allow_data_branching: bool | Unset = UNSET
    """ Whether data branching is enabled. """
    additional_properties: dict[str, Any] = msgspec.field(
        default_factory=dict,
        name="<additional properties>",  # not a key any API sends
    )

    def to_dict(self) -> dict[str, Any]:
        default_branch = self.default_branch

        production_branch_web_console = self.production_branch_web_console

        insights_enabled = self.insights_enabled

        migration_framework = self.migration_framework

        migration_table_name = self.migration_table_name

        require_approval_for_deploy = self.require_approval_for_deploy

        allow_data_branching = self.allow_data_branching

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_branch is not UNSET:
            field_dict["default_branch"] = default_branch
        if production_branch_web_console is not UNSET:
            field_dict["production_branch_web_console"] = production_branch_web_console
        if insights_enabled is not UNSET:
            field_dict["insights_enabled"] = insights_enabled
        if migration_framework is not UNSET:
            field_dict["migration_framework"] = migration_framework
        if migration_table_name is not UNSET:
            field_dict["migration_table_name"] = migration_table_name
        if require_approval_for_deploy is not UNSET:
            field_dict["require_approval_for_deploy"] = require_approval_for_deploy
        if allow_data_branching is not UNSET:
            field_dict["allow_data_branching"] = allow_data_branching

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise APIResponseValidationError(
                "UpdateDatabaseSettingsBody", "", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            default_branch = none_as_unset(d.pop("default_branch", UNSET))
            if not isinstance(default_branch, str | Unset):
                raise TypeError(f"expected str, got {type(default_branch).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateDatabaseSettingsBody", "default_branch") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateDatabaseSettingsBody", "default_branch", _exc) from _exc

        try:
            production_branch_web_console = none_as_unset(d.pop("production_branch_web_console", UNSET))
            if not isinstance(production_branch_web_console, bool | Unset):
                raise TypeError(f"expected bool, got {type(production_branch_web_console).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateDatabaseSettingsBody", "production_branch_web_console") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateDatabaseSettingsBody", "production_branch_web_console", _exc) from _exc

        try:
            insights_enabled = none_as_unset(d.pop("insights_enabled", UNSET))
            if not isinstance(insights_enabled, bool | Unset):
                raise TypeError(f"expected bool, got {type(insights_enabled).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateDatabaseSettingsBody", "insights_enabled") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateDatabaseSettingsBody", "insights_enabled", _exc) from _exc

        try:
            migration_framework = none_as_unset(d.pop("migration_framework", UNSET))
            if not isinstance(migration_framework, str | Unset):
                raise TypeError(f"expected str, got {type(migration_framework).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateDatabaseSettingsBody", "migration_framework") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateDatabaseSettingsBody", "migration_framework", _exc) from _exc

        try:
            migration_table_name = none_as_unset(d.pop("migration_table_name", UNSET))
            if not isinstance(migration_table_name, str | Unset):
                raise TypeError(f"expected str, got {type(migration_table_name).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateDatabaseSettingsBody", "migration_table_name") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateDatabaseSettingsBody", "migration_table_name", _exc) from _exc

        try:
            require_approval_for_deploy = none_as_unset(d.pop("require_approval_for_deploy", UNSET))
            if not isinstance(require_approval_for_deploy, bool | Unset):
                raise TypeError(f"expected bool, got {type(require_approval_for_deploy).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateDatabaseSettingsBody", "require_approval_for_deploy") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateDatabaseSettingsBody", "require_approval_for_deploy", _exc) from _exc

        try:
            allow_data_branching = none_as_unset(d.pop("allow_data_branching", UNSET))
            if not isinstance(allow_data_branching, bool | Unset):
                raise TypeError(f"expected bool, got {type(allow_data_branching).__name__}")
        except APIResponseValidationError as _invalid:
            raise _invalid.within("UpdateDatabaseSettingsBody", "allow_data_branching") from None
        except (KeyError, TypeError, ValueError, AttributeError) as _exc:
            raise invalid_field("UpdateDatabaseSettingsBody", "allow_data_branching", _exc) from _exc

        update_database_settings_body = cls(
            default_branch=default_branch,
            production_branch_web_console=production_branch_web_console,
            insights_enabled=insights_enabled,
            migration_framework=migration_framework,
            migration_table_name=migration_table_name,
            require_approval_for_deploy=require_approval_for_deploy,
            allow_data_branching=allow_data_branching,
        )

        update_database_settings_body.additional_properties = d
        return update_database_settings_body

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

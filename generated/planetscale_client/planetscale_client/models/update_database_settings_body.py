# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDatabaseSettingsBody")


@_attrs_define
class UpdateDatabaseSettingsBody:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        default_branch = d.pop("default_branch", UNSET)

        production_branch_web_console = d.pop("production_branch_web_console", UNSET)

        insights_enabled = d.pop("insights_enabled", UNSET)

        migration_framework = d.pop("migration_framework", UNSET)

        migration_table_name = d.pop("migration_table_name", UNSET)

        require_approval_for_deploy = d.pop("require_approval_for_deploy", UNSET)

        allow_data_branching = d.pop("allow_data_branching", UNSET)

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

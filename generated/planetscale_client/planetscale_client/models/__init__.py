# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The data models of the API's requests and responses.

Each model is imported when first used (``from .models import Database`` imports only
``models.database``), so a call imports only the models it needs.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backup import Backup
    from .backup_page import BackupPage
    from .backup_state import BackupState
    from .bouncer import Bouncer
    from .bouncer_list import BouncerList
    from .bouncer_state import BouncerState
    from .branch import Branch
    from .branch_page import BranchPage
    from .branch_region import BranchRegion
    from .close_deploy_request_body import CloseDeployRequestBody
    from .close_deploy_request_body_state import CloseDeployRequestBodyState
    from .cluster_size import ClusterSize
    from .cluster_size_engine import ClusterSizeEngine
    from .cluster_size_list import ClusterSizeList
    from .create_bouncer_body import CreateBouncerBody
    from .create_branch_body import CreateBranchBody
    from .create_database_body import CreateDatabaseBody
    from .create_database_body_plan import CreateDatabaseBodyPlan
    from .create_deploy_request_body import CreateDeployRequestBody
    from .create_ip_restriction_body import CreateIpRestrictionBody
    from .create_password_body import CreatePasswordBody
    from .create_password_body_role import CreatePasswordBodyRole
    from .create_role_body import CreateRoleBody
    from .create_role_body_role import CreateRoleBodyRole
    from .create_service_token_access_body import CreateServiceTokenAccessBody
    from .create_service_token_body import CreateServiceTokenBody
    from .create_team_body import CreateTeamBody
    from .create_webhook_body import CreateWebhookBody
    from .database import Database
    from .database_page import DatabasePage
    from .database_region import DatabaseRegion
    from .database_state import DatabaseState
    from .deploy_request import DeployRequest
    from .deploy_request_deployment import DeployRequestDeployment
    from .deploy_request_list import DeployRequestList
    from .deploy_request_page import DeployRequestPage
    from .deploy_request_review import DeployRequestReview
    from .deploy_request_review_actor import DeployRequestReviewActor
    from .deploy_request_review_list import DeployRequestReviewList
    from .deploy_request_review_state import DeployRequestReviewState
    from .deploy_request_state import DeployRequestState
    from .error import Error
    from .invoice import Invoice
    from .invoice_list import InvoiceList
    from .invoice_status import InvoiceStatus
    from .ip_restriction import IpRestriction
    from .ip_restriction_list import IpRestrictionList
    from .organization import Organization
    from .organization_list import OrganizationList
    from .organization_member import OrganizationMember
    from .organization_member_page import OrganizationMemberPage
    from .organization_member_role import OrganizationMemberRole
    from .password import Password
    from .password_page import PasswordPage
    from .password_region import PasswordRegion
    from .password_role import PasswordRole
    from .password_with_plaintext import PasswordWithPlaintext
    from .password_with_plaintext_connection_strings import PasswordWithPlaintextConnectionStrings
    from .query_patterns_report import QueryPatternsReport
    from .query_patterns_report_state import QueryPatternsReportState
    from .review_deploy_request_body import ReviewDeployRequestBody
    from .review_deploy_request_body_state import ReviewDeployRequestBodyState
    from .role_credentials import RoleCredentials
    from .schema_lint_error import SchemaLintError
    from .schema_lint_error_list import SchemaLintErrorList
    from .schema_recommendation import SchemaRecommendation
    from .schema_recommendation_list import SchemaRecommendationList
    from .schema_recommendation_severity import SchemaRecommendationSeverity
    from .service_token import ServiceToken
    from .service_token_access import ServiceTokenAccess
    from .service_token_access_list import ServiceTokenAccessList
    from .service_token_list import ServiceTokenList
    from .service_token_with_plaintext import ServiceTokenWithPlaintext
    from .team import Team
    from .team_page import TeamPage
    from .update_branch_body import UpdateBranchBody
    from .update_database_settings_body import UpdateDatabaseSettingsBody
    from .update_organization_member_body import UpdateOrganizationMemberBody
    from .update_organization_member_body_role import UpdateOrganizationMemberBodyRole
    from .update_team_body import UpdateTeamBody
    from .webhook import Webhook
    from .webhook_list import WebhookList

_MODULES = {
    "Backup": "backup",
    "BackupPage": "backup_page",
    "BackupState": "backup_state",
    "Bouncer": "bouncer",
    "BouncerList": "bouncer_list",
    "BouncerState": "bouncer_state",
    "Branch": "branch",
    "BranchPage": "branch_page",
    "BranchRegion": "branch_region",
    "CloseDeployRequestBody": "close_deploy_request_body",
    "CloseDeployRequestBodyState": "close_deploy_request_body_state",
    "ClusterSize": "cluster_size",
    "ClusterSizeEngine": "cluster_size_engine",
    "ClusterSizeList": "cluster_size_list",
    "CreateBouncerBody": "create_bouncer_body",
    "CreateBranchBody": "create_branch_body",
    "CreateDatabaseBody": "create_database_body",
    "CreateDatabaseBodyPlan": "create_database_body_plan",
    "CreateDeployRequestBody": "create_deploy_request_body",
    "CreateIpRestrictionBody": "create_ip_restriction_body",
    "CreatePasswordBody": "create_password_body",
    "CreatePasswordBodyRole": "create_password_body_role",
    "CreateRoleBody": "create_role_body",
    "CreateRoleBodyRole": "create_role_body_role",
    "CreateServiceTokenAccessBody": "create_service_token_access_body",
    "CreateServiceTokenBody": "create_service_token_body",
    "CreateTeamBody": "create_team_body",
    "CreateWebhookBody": "create_webhook_body",
    "Database": "database",
    "DatabasePage": "database_page",
    "DatabaseRegion": "database_region",
    "DatabaseState": "database_state",
    "DeployRequest": "deploy_request",
    "DeployRequestDeployment": "deploy_request_deployment",
    "DeployRequestList": "deploy_request_list",
    "DeployRequestPage": "deploy_request_page",
    "DeployRequestReview": "deploy_request_review",
    "DeployRequestReviewActor": "deploy_request_review_actor",
    "DeployRequestReviewList": "deploy_request_review_list",
    "DeployRequestReviewState": "deploy_request_review_state",
    "DeployRequestState": "deploy_request_state",
    "Error": "error",
    "Invoice": "invoice",
    "InvoiceList": "invoice_list",
    "InvoiceStatus": "invoice_status",
    "IpRestriction": "ip_restriction",
    "IpRestrictionList": "ip_restriction_list",
    "Organization": "organization",
    "OrganizationList": "organization_list",
    "OrganizationMember": "organization_member",
    "OrganizationMemberPage": "organization_member_page",
    "OrganizationMemberRole": "organization_member_role",
    "Password": "password",
    "PasswordPage": "password_page",
    "PasswordRegion": "password_region",
    "PasswordRole": "password_role",
    "PasswordWithPlaintext": "password_with_plaintext",
    "PasswordWithPlaintextConnectionStrings": "password_with_plaintext_connection_strings",
    "QueryPatternsReport": "query_patterns_report",
    "QueryPatternsReportState": "query_patterns_report_state",
    "ReviewDeployRequestBody": "review_deploy_request_body",
    "ReviewDeployRequestBodyState": "review_deploy_request_body_state",
    "RoleCredentials": "role_credentials",
    "SchemaLintError": "schema_lint_error",
    "SchemaLintErrorList": "schema_lint_error_list",
    "SchemaRecommendation": "schema_recommendation",
    "SchemaRecommendationList": "schema_recommendation_list",
    "SchemaRecommendationSeverity": "schema_recommendation_severity",
    "ServiceToken": "service_token",
    "ServiceTokenAccess": "service_token_access",
    "ServiceTokenAccessList": "service_token_access_list",
    "ServiceTokenList": "service_token_list",
    "ServiceTokenWithPlaintext": "service_token_with_plaintext",
    "Team": "team",
    "TeamPage": "team_page",
    "UpdateBranchBody": "update_branch_body",
    "UpdateDatabaseSettingsBody": "update_database_settings_body",
    "UpdateOrganizationMemberBody": "update_organization_member_body",
    "UpdateOrganizationMemberBodyRole": "update_organization_member_body_role",
    "UpdateTeamBody": "update_team_body",
    "Webhook": "webhook",
    "WebhookList": "webhook_list",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


__all__ = (
    "Backup",
    "BackupPage",
    "BackupState",
    "Bouncer",
    "BouncerList",
    "BouncerState",
    "Branch",
    "BranchPage",
    "BranchRegion",
    "CloseDeployRequestBody",
    "CloseDeployRequestBodyState",
    "ClusterSize",
    "ClusterSizeEngine",
    "ClusterSizeList",
    "CreateBouncerBody",
    "CreateBranchBody",
    "CreateDatabaseBody",
    "CreateDatabaseBodyPlan",
    "CreateDeployRequestBody",
    "CreateIpRestrictionBody",
    "CreatePasswordBody",
    "CreatePasswordBodyRole",
    "CreateRoleBody",
    "CreateRoleBodyRole",
    "CreateServiceTokenAccessBody",
    "CreateServiceTokenBody",
    "CreateTeamBody",
    "CreateWebhookBody",
    "Database",
    "DatabasePage",
    "DatabaseRegion",
    "DatabaseState",
    "DeployRequest",
    "DeployRequestDeployment",
    "DeployRequestList",
    "DeployRequestPage",
    "DeployRequestReview",
    "DeployRequestReviewActor",
    "DeployRequestReviewList",
    "DeployRequestReviewState",
    "DeployRequestState",
    "Error",
    "Invoice",
    "InvoiceList",
    "InvoiceStatus",
    "IpRestriction",
    "IpRestrictionList",
    "Organization",
    "OrganizationList",
    "OrganizationMember",
    "OrganizationMemberPage",
    "OrganizationMemberRole",
    "Password",
    "PasswordPage",
    "PasswordRegion",
    "PasswordRole",
    "PasswordWithPlaintext",
    "PasswordWithPlaintextConnectionStrings",
    "QueryPatternsReport",
    "QueryPatternsReportState",
    "ReviewDeployRequestBody",
    "ReviewDeployRequestBodyState",
    "RoleCredentials",
    "SchemaLintError",
    "SchemaLintErrorList",
    "SchemaRecommendation",
    "SchemaRecommendationList",
    "SchemaRecommendationSeverity",
    "ServiceToken",
    "ServiceTokenAccess",
    "ServiceTokenAccessList",
    "ServiceTokenList",
    "ServiceTokenWithPlaintext",
    "Team",
    "TeamPage",
    "UpdateBranchBody",
    "UpdateDatabaseSettingsBody",
    "UpdateOrganizationMemberBody",
    "UpdateOrganizationMemberBodyRole",
    "UpdateTeamBody",
    "Webhook",
    "WebhookList",
)

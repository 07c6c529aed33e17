# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Contains all the data models used in inputs/outputs"""

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

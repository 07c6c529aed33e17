# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Contains all the data models used in inputs/outputs"""

from .backup import Backup
from .backup_state import BackupState
from .bouncer import Bouncer
from .bouncer_state import BouncerState
from .branch import Branch
from .branch_region import BranchRegion
from .close_deploy_request_body import CloseDeployRequestBody
from .close_deploy_request_body_state import CloseDeployRequestBodyState
from .cluster_size import ClusterSize
from .cluster_size_engine import ClusterSizeEngine
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
from .database_region import DatabaseRegion
from .database_state import DatabaseState
from .deploy_request import DeployRequest
from .deploy_request_deployment import DeployRequestDeployment
from .deploy_request_review import DeployRequestReview
from .deploy_request_review_actor import DeployRequestReviewActor
from .deploy_request_review_state import DeployRequestReviewState
from .deploy_request_state import DeployRequestState
from .error import Error
from .get_deploy_queue_response_200 import GetDeployQueueResponse200
from .invoice import Invoice
from .invoice_status import InvoiceStatus
from .ip_restriction import IpRestriction
from .lint_branch_schema_response_200 import LintBranchSchemaResponse200
from .list_backups_response_200 import ListBackupsResponse200
from .list_bouncers_response_200 import ListBouncersResponse200
from .list_branches_response_200 import ListBranchesResponse200
from .list_cluster_sizes_response_200 import ListClusterSizesResponse200
from .list_databases_response_200 import ListDatabasesResponse200
from .list_deploy_request_reviews_response_200 import ListDeployRequestReviewsResponse200
from .list_deploy_requests_response_200 import ListDeployRequestsResponse200
from .list_invoices_response_200 import ListInvoicesResponse200
from .list_ip_restrictions_response_200 import ListIpRestrictionsResponse200
from .list_organization_members_response_200 import ListOrganizationMembersResponse200
from .list_organizations_response_200 import ListOrganizationsResponse200
from .list_passwords_response_200 import ListPasswordsResponse200
from .list_schema_recommendations_response_200 import ListSchemaRecommendationsResponse200
from .list_service_token_accesses_response_200 import ListServiceTokenAccessesResponse200
from .list_service_tokens_response_200 import ListServiceTokensResponse200
from .list_teams_response_200 import ListTeamsResponse200
from .list_webhooks_response_200 import ListWebhooksResponse200
from .organization import Organization
from .organization_member import OrganizationMember
from .organization_member_role import OrganizationMemberRole
from .password import Password
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
from .schema_recommendation import SchemaRecommendation
from .schema_recommendation_severity import SchemaRecommendationSeverity
from .service_token import ServiceToken
from .service_token_access import ServiceTokenAccess
from .service_token_with_plaintext import ServiceTokenWithPlaintext
from .team import Team
from .update_branch_body import UpdateBranchBody
from .update_database_settings_body import UpdateDatabaseSettingsBody
from .update_organization_member_body import UpdateOrganizationMemberBody
from .update_organization_member_body_role import UpdateOrganizationMemberBodyRole
from .update_team_body import UpdateTeamBody
from .webhook import Webhook

__all__ = (
    "Backup",
    "BackupState",
    "Bouncer",
    "BouncerState",
    "Branch",
    "BranchRegion",
    "CloseDeployRequestBody",
    "CloseDeployRequestBodyState",
    "ClusterSize",
    "ClusterSizeEngine",
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
    "DatabaseRegion",
    "DatabaseState",
    "DeployRequest",
    "DeployRequestDeployment",
    "DeployRequestReview",
    "DeployRequestReviewActor",
    "DeployRequestReviewState",
    "DeployRequestState",
    "Error",
    "GetDeployQueueResponse200",
    "Invoice",
    "InvoiceStatus",
    "IpRestriction",
    "LintBranchSchemaResponse200",
    "ListBackupsResponse200",
    "ListBouncersResponse200",
    "ListBranchesResponse200",
    "ListClusterSizesResponse200",
    "ListDatabasesResponse200",
    "ListDeployRequestReviewsResponse200",
    "ListDeployRequestsResponse200",
    "ListInvoicesResponse200",
    "ListIpRestrictionsResponse200",
    "ListOrganizationMembersResponse200",
    "ListOrganizationsResponse200",
    "ListPasswordsResponse200",
    "ListSchemaRecommendationsResponse200",
    "ListServiceTokenAccessesResponse200",
    "ListServiceTokensResponse200",
    "ListTeamsResponse200",
    "ListWebhooksResponse200",
    "Organization",
    "OrganizationMember",
    "OrganizationMemberRole",
    "Password",
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
    "SchemaRecommendation",
    "SchemaRecommendationSeverity",
    "ServiceToken",
    "ServiceTokenAccess",
    "ServiceTokenWithPlaintext",
    "Team",
    "UpdateBranchBody",
    "UpdateDatabaseSettingsBody",
    "UpdateOrganizationMemberBody",
    "UpdateOrganizationMemberBodyRole",
    "UpdateTeamBody",
    "Webhook",
)

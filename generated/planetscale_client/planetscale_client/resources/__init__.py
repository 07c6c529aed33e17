# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The resources of the client: ``client.<resource>.<method>(...)``, sync and async."""

from .backups import AsyncBackups, Backups
from .billing import AsyncBilling, Billing
from .bouncers import AsyncBouncers, Bouncers
from .branches import AsyncBranches, Branches
from .cluster_sizes import AsyncClusterSizes, ClusterSizes
from .databases import AsyncDatabases, Databases
from .deploy_requests import AsyncDeployRequests, DeployRequests
from .ip_restrictions import AsyncIpRestrictions, IpRestrictions
from .organization_members import AsyncOrganizationMembers, OrganizationMembers
from .organizations import AsyncOrganizations, Organizations
from .passwords import AsyncPasswords, Passwords
from .query_patterns import AsyncQueryPatterns, QueryPatterns
from .roles import AsyncRoles, Roles
from .schema_recommendations import AsyncSchemaRecommendations, SchemaRecommendations
from .service_tokens import AsyncServiceTokens, ServiceTokens
from .teams import AsyncTeams, Teams
from .webhooks import AsyncWebhooks, Webhooks

__all__ = [
    "AsyncOrganizations",
    "Organizations",
    "AsyncOrganizationMembers",
    "OrganizationMembers",
    "AsyncTeams",
    "Teams",
    "AsyncDatabases",
    "Databases",
    "AsyncBranches",
    "Branches",
    "AsyncDeployRequests",
    "DeployRequests",
    "AsyncPasswords",
    "Passwords",
    "AsyncBackups",
    "Backups",
    "AsyncServiceTokens",
    "ServiceTokens",
    "AsyncBouncers",
    "Bouncers",
    "AsyncClusterSizes",
    "ClusterSizes",
    "AsyncRoles",
    "Roles",
    "AsyncIpRestrictions",
    "IpRestrictions",
    "AsyncQueryPatterns",
    "QueryPatterns",
    "AsyncWebhooks",
    "Webhooks",
    "AsyncBilling",
    "Billing",
    "AsyncSchemaRecommendations",
    "SchemaRecommendations",
]

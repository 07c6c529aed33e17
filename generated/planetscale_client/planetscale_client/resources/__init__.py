# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The resources of the client: ``client.<resource>.<method>(...)``, sync and async.

Each is imported when first used (``client.databases`` imports only ``resources.databases``).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "Organizations": "organizations",
    "AsyncOrganizations": "organizations",
    "OrganizationMembers": "organization_members",
    "AsyncOrganizationMembers": "organization_members",
    "Teams": "teams",
    "AsyncTeams": "teams",
    "Databases": "databases",
    "AsyncDatabases": "databases",
    "Branches": "branches",
    "AsyncBranches": "branches",
    "DeployRequests": "deploy_requests",
    "AsyncDeployRequests": "deploy_requests",
    "Passwords": "passwords",
    "AsyncPasswords": "passwords",
    "Backups": "backups",
    "AsyncBackups": "backups",
    "ServiceTokens": "service_tokens",
    "AsyncServiceTokens": "service_tokens",
    "Bouncers": "bouncers",
    "AsyncBouncers": "bouncers",
    "ClusterSizes": "cluster_sizes",
    "AsyncClusterSizes": "cluster_sizes",
    "Roles": "roles",
    "AsyncRoles": "roles",
    "IpRestrictions": "ip_restrictions",
    "AsyncIpRestrictions": "ip_restrictions",
    "QueryPatterns": "query_patterns",
    "AsyncQueryPatterns": "query_patterns",
    "Webhooks": "webhooks",
    "AsyncWebhooks": "webhooks",
    "Billing": "billing",
    "AsyncBilling": "billing",
    "SchemaRecommendations": "schema_recommendations",
    "AsyncSchemaRecommendations": "schema_recommendations",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


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

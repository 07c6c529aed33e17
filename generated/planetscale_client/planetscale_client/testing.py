# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Stubs of the PlanetScale Platform API for your tests: ``PlanetScaleStub`` answers your code's
calls (sync and async clients alike) with what you stub per resource and method, checks every
request against the spec, and fails the test on what the spec forbids.

.. code-block:: python

    def test_it(planetscale_stub: PlanetScaleStub) -> None:  # the pytest fixture
        planetscale_stub.<resource>.<method>.returns(value)   # the method's return type
        planetscale_stub.<resource>.<method>.raises(NotFoundError)
        planetscale_stub.<resource>.<list method>.pages([[a, b], [c]])
        ...  # the code under test, calling the client
        assert planetscale_stub.<resource>.<method>.calls[0].kwargs == {...}

Outside pytest: ``with PlanetScaleStub() as stub: ...``. Needs nothing beyond the
package (``pip install planetscale-client[testing]`` adds pytest, for the fixture).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._testing import ListMethodStub, MethodStub, Raising, Stub, StubCall, StubError, raising

if TYPE_CHECKING:
    from .client import AsyncPlanetScaleClient, PlanetScaleClient
    from .models.backup import Backup
    from .models.backup_page import BackupPage
    from .models.bouncer import Bouncer
    from .models.bouncer_list import BouncerList
    from .models.branch import Branch
    from .models.branch_page import BranchPage
    from .models.cluster_size_list import ClusterSizeList
    from .models.database import Database
    from .models.database_page import DatabasePage
    from .models.deploy_request import DeployRequest
    from .models.deploy_request_list import DeployRequestList
    from .models.deploy_request_page import DeployRequestPage
    from .models.deploy_request_review import DeployRequestReview
    from .models.deploy_request_review_list import DeployRequestReviewList
    from .models.invoice_list import InvoiceList
    from .models.ip_restriction import IpRestriction
    from .models.ip_restriction_list import IpRestrictionList
    from .models.organization import Organization
    from .models.organization_list import OrganizationList
    from .models.organization_member import OrganizationMember
    from .models.organization_member_page import OrganizationMemberPage
    from .models.password import Password
    from .models.password_page import PasswordPage
    from .models.password_with_plaintext import PasswordWithPlaintext
    from .models.query_patterns_report import QueryPatternsReport
    from .models.role_credentials import RoleCredentials
    from .models.schema_lint_error_list import SchemaLintErrorList
    from .models.schema_recommendation_list import SchemaRecommendationList
    from .models.service_token import ServiceToken
    from .models.service_token_access import ServiceTokenAccess
    from .models.service_token_access_list import ServiceTokenAccessList
    from .models.service_token_list import ServiceTokenList
    from .models.service_token_with_plaintext import ServiceTokenWithPlaintext
    from .models.team import Team
    from .models.team_page import TeamPage
    from .models.webhook import Webhook
    from .models.webhook_list import WebhookList

_OPERATIONS = {
    "organizations.list": "api.organizations.list_organizations",
    "organizations.get": "api.organizations.get_organization",
    "organization_members.list": "api.organization_members.list_organization_members",
    "organization_members.get": "api.organization_members.get_organization_member",
    "organization_members.update": "api.organization_members.update_organization_member",
    "organization_members.delete": "api.organization_members.delete_organization_member",
    "teams.list": "api.teams.list_teams",
    "teams.create": "api.teams.create_team",
    "teams.get": "api.teams.get_team",
    "teams.update": "api.teams.update_team",
    "teams.delete": "api.teams.delete_team",
    "databases.list": "api.databases.list_databases",
    "databases.create": "api.databases.create_database",
    "databases.get": "api.databases.get_database",
    "databases.update_settings": "api.databases.update_database_settings",
    "databases.delete": "api.databases.delete_database",
    "branches.list": "api.branches.list_branches",
    "branches.create": "api.branches.create_branch",
    "branches.get": "api.branches.get_branch",
    "branches.update": "api.branches.update_branch",
    "branches.delete": "api.branches.delete_branch",
    "branches.lint_schema": "api.branches.lint_branch_schema",
    "deploy_requests.list": "api.deploy_requests.list_deploy_requests",
    "deploy_requests.create": "api.deploy_requests.create_deploy_request",
    "deploy_requests.get": "api.deploy_requests.get_deploy_request",
    "deploy_requests.close": "api.deploy_requests.close_deploy_request",
    "deploy_requests.queue": "api.deploy_requests.queue_deploy_request",
    "deploy_requests.list_reviews": "api.deploy_requests.list_deploy_request_reviews",
    "deploy_requests.review": "api.deploy_requests.review_deploy_request",
    "deploy_requests.skip_revert": "api.deploy_requests.skip_deploy_request_revert",
    "deploy_requests.complete_revert": "api.deploy_requests.complete_deploy_request_revert",
    "deploy_requests.get_queue": "api.deploy_requests.get_deploy_queue",
    "passwords.list": "api.passwords.list_passwords",
    "passwords.create": "api.passwords.create_password",
    "passwords.get": "api.passwords.get_password",
    "passwords.delete": "api.passwords.delete_password",
    "passwords.renew": "api.passwords.renew_password",
    "backups.list": "api.backups.list_backups",
    "backups.create": "api.backups.create_backup",
    "backups.get": "api.backups.get_backup",
    "backups.delete": "api.backups.delete_backup",
    "service_tokens.list": "api.service_tokens.list_service_tokens",
    "service_tokens.create": "api.service_tokens.create_service_token",
    "service_tokens.get": "api.service_tokens.get_service_token",
    "service_tokens.delete": "api.service_tokens.delete_service_token",
    "service_tokens.list_accesses": "api.service_tokens.list_service_token_accesses",
    "service_tokens.create_access": "api.service_tokens.create_service_token_access",
    "bouncers.list": "api.bouncers.list_bouncers",
    "bouncers.create": "api.bouncers.create_bouncer",
    "bouncers.get": "api.bouncers.get_bouncer",
    "bouncers.delete": "api.bouncers.delete_bouncer",
    "cluster_sizes.list": "api.cluster_sizes.list_cluster_sizes",
    "roles.create": "api.roles.create_role",
    "ip_restrictions.list": "api.ip_restrictions.list_ip_restrictions",
    "ip_restrictions.create": "api.ip_restrictions.create_ip_restriction",
    "query_patterns.get_report_status": "api.query_patterns.get_query_patterns_report_status",
    "webhooks.list": "api.webhooks.list_webhooks",
    "webhooks.create": "api.webhooks.create_webhook",
    "billing.list_invoices": "api.billing.list_invoices",
    "schema_recommendations.list": "api.schema_recommendations.list_schema_recommendations",
}
"""Each method's operation (its module under ``api``): what its calls are checked against."""


class OrganizationsStub:
    """Stubs of ``client.organizations``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[OrganizationList] = stub._method("organizations.list")
        """``client.organizations.list()``: List organizations"""
        self.get: MethodStub[Organization] = stub._method("organizations.get")
        """``client.organizations.get()``: Get an organization"""


class OrganizationMembersStub:
    """Stubs of ``client.organization_members``."""

    def __init__(self, stub: Stub) -> None:
        self.list: ListMethodStub[OrganizationMemberPage, OrganizationMember] = stub._list_method(
            "organization_members.list"
        )
        """``client.organization_members.list()``: List organization members"""
        self.get: MethodStub[OrganizationMember] = stub._method("organization_members.get")
        """``client.organization_members.get()``: Get an organization member"""
        self.update: MethodStub[OrganizationMember] = stub._method("organization_members.update", flat_body=True)
        """``client.organization_members.update()``: Update an organization member"""
        self.delete: MethodStub[Any] = stub._method("organization_members.delete")
        """``client.organization_members.delete()``: Remove an organization member"""


class TeamsStub:
    """Stubs of ``client.teams``."""

    def __init__(self, stub: Stub) -> None:
        self.list: ListMethodStub[TeamPage, Team] = stub._list_method("teams.list")
        """``client.teams.list()``: List teams"""
        self.create: MethodStub[Team] = stub._method("teams.create", flat_body=True)
        """``client.teams.create()``: Create a team"""
        self.get: MethodStub[Team] = stub._method("teams.get")
        """``client.teams.get()``: Get a team"""
        self.update: MethodStub[Team] = stub._method("teams.update", flat_body=True)
        """``client.teams.update()``: Update a team"""
        self.delete: MethodStub[Any] = stub._method("teams.delete")
        """``client.teams.delete()``: Delete a team"""


class DatabasesStub:
    """Stubs of ``client.databases``."""

    def __init__(self, stub: Stub) -> None:
        self.list: ListMethodStub[DatabasePage, Database] = stub._list_method("databases.list")
        """``client.databases.list()``: List databases"""
        self.create: MethodStub[Database] = stub._method("databases.create", flat_body=True)
        """``client.databases.create()``: Create a database"""
        self.get: MethodStub[Database] = stub._method("databases.get")
        """``client.databases.get()``: Get a database"""
        self.update_settings: MethodStub[Database] = stub._method("databases.update_settings", flat_body=True)
        """``client.databases.update_settings()``: Update database settings"""
        self.delete: MethodStub[Any] = stub._method("databases.delete")
        """``client.databases.delete()``: Delete a database"""


class BranchesStub:
    """Stubs of ``client.branches``."""

    def __init__(self, stub: Stub) -> None:
        self.list: ListMethodStub[BranchPage, Branch] = stub._list_method("branches.list")
        """``client.branches.list()``: List branches"""
        self.create: MethodStub[Branch] = stub._method("branches.create", flat_body=True)
        """``client.branches.create()``: Create a branch"""
        self.get: MethodStub[Branch] = stub._method("branches.get")
        """``client.branches.get()``: Get a branch"""
        self.update: MethodStub[Branch] = stub._method("branches.update", flat_body=True)
        """``client.branches.update()``: Update a branch"""
        self.delete: MethodStub[Any] = stub._method("branches.delete")
        """``client.branches.delete()``: Delete a branch"""
        self.lint_schema: MethodStub[SchemaLintErrorList] = stub._method("branches.lint_schema")
        """``client.branches.lint_schema()``: Lint a branch schema"""


class DeployRequestsStub:
    """Stubs of ``client.deploy_requests``."""

    def __init__(self, stub: Stub) -> None:
        self.list: ListMethodStub[DeployRequestPage, DeployRequest] = stub._list_method("deploy_requests.list")
        """``client.deploy_requests.list()``: List deploy requests"""
        self.create: MethodStub[DeployRequest] = stub._method("deploy_requests.create", flat_body=True)
        """``client.deploy_requests.create()``: Create a deploy request"""
        self.get: MethodStub[DeployRequest] = stub._method("deploy_requests.get")
        """``client.deploy_requests.get()``: Get a deploy request"""
        self.close: MethodStub[DeployRequest] = stub._method("deploy_requests.close", flat_body=True)
        """``client.deploy_requests.close()``: Close a deploy request"""
        self.queue: MethodStub[DeployRequest] = stub._method("deploy_requests.queue")
        """``client.deploy_requests.queue()``: Queue a deploy request"""
        self.list_reviews: MethodStub[DeployRequestReviewList] = stub._method("deploy_requests.list_reviews")
        """``client.deploy_requests.list_reviews()``: List deploy request reviews"""
        self.review: MethodStub[DeployRequestReview] = stub._method("deploy_requests.review")
        """``client.deploy_requests.review()``: Review a deploy request"""
        self.skip_revert: MethodStub[DeployRequest] = stub._method("deploy_requests.skip_revert")
        """``client.deploy_requests.skip_revert()``: Skip revert period"""
        self.complete_revert: MethodStub[DeployRequest] = stub._method("deploy_requests.complete_revert")
        """``client.deploy_requests.complete_revert()``: Complete a revert"""
        self.get_queue: MethodStub[DeployRequestList] = stub._method("deploy_requests.get_queue")
        """``client.deploy_requests.get_queue()``: Get the deploy queue"""


class PasswordsStub:
    """Stubs of ``client.passwords``."""

    def __init__(self, stub: Stub) -> None:
        self.list: ListMethodStub[PasswordPage, Password] = stub._list_method("passwords.list")
        """``client.passwords.list()``: List passwords"""
        self.create: MethodStub[PasswordWithPlaintext] = stub._method("passwords.create", flat_body=True)
        """``client.passwords.create()``: Create a password"""
        self.get: MethodStub[Password] = stub._method("passwords.get")
        """``client.passwords.get()``: Get a password"""
        self.delete: MethodStub[Any] = stub._method("passwords.delete")
        """``client.passwords.delete()``: Delete a password"""
        self.renew: MethodStub[Password] = stub._method("passwords.renew")
        """``client.passwords.renew()``: Renew a password"""


class BackupsStub:
    """Stubs of ``client.backups``."""

    def __init__(self, stub: Stub) -> None:
        self.list: ListMethodStub[BackupPage, Backup] = stub._list_method("backups.list")
        """``client.backups.list()``: List backups"""
        self.create: MethodStub[Backup] = stub._method("backups.create")
        """``client.backups.create()``: Create a backup"""
        self.get: MethodStub[Backup] = stub._method("backups.get")
        """``client.backups.get()``: Get a backup"""
        self.delete: MethodStub[Any] = stub._method("backups.delete")
        """``client.backups.delete()``: Delete a backup"""


class ServiceTokensStub:
    """Stubs of ``client.service_tokens``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[ServiceTokenList] = stub._method("service_tokens.list")
        """``client.service_tokens.list()``: List service tokens"""
        self.create: MethodStub[ServiceTokenWithPlaintext] = stub._method("service_tokens.create", flat_body=True)
        """``client.service_tokens.create()``: Create a service token"""
        self.get: MethodStub[ServiceToken] = stub._method("service_tokens.get")
        """``client.service_tokens.get()``: Get a service token"""
        self.delete: MethodStub[Any] = stub._method("service_tokens.delete")
        """``client.service_tokens.delete()``: Delete a service token"""
        self.list_accesses: MethodStub[ServiceTokenAccessList] = stub._method("service_tokens.list_accesses")
        """``client.service_tokens.list_accesses()``: List service token accesses"""
        self.create_access: MethodStub[ServiceTokenAccess] = stub._method(
            "service_tokens.create_access", flat_body=True
        )
        """``client.service_tokens.create_access()``: Grant service token access"""


class BouncersStub:
    """Stubs of ``client.bouncers``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[BouncerList] = stub._method("bouncers.list")
        """``client.bouncers.list()``: List bouncers"""
        self.create: MethodStub[Bouncer] = stub._method("bouncers.create", flat_body=True)
        """``client.bouncers.create()``: Create a bouncer"""
        self.get: MethodStub[Bouncer] = stub._method("bouncers.get")
        """``client.bouncers.get()``: Get a bouncer"""
        self.delete: MethodStub[Any] = stub._method("bouncers.delete")
        """``client.bouncers.delete()``: Delete a bouncer"""


class ClusterSizesStub:
    """Stubs of ``client.cluster_sizes``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[ClusterSizeList] = stub._method("cluster_sizes.list")
        """``client.cluster_sizes.list()``: List cluster sizes"""


class RolesStub:
    """Stubs of ``client.roles``."""

    def __init__(self, stub: Stub) -> None:
        self.create: MethodStub[RoleCredentials] = stub._method("roles.create", flat_body=True)
        """``client.roles.create()``: Create role credentials"""


class IpRestrictionsStub:
    """Stubs of ``client.ip_restrictions``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[IpRestrictionList] = stub._method("ip_restrictions.list")
        """``client.ip_restrictions.list()``: List IP restrictions"""
        self.create: MethodStub[IpRestriction] = stub._method("ip_restrictions.create", flat_body=True)
        """``client.ip_restrictions.create()``: Create an IP restriction entry"""


class QueryPatternsStub:
    """Stubs of ``client.query_patterns``."""

    def __init__(self, stub: Stub) -> None:
        self.get_report_status: MethodStub[QueryPatternsReport] = stub._method("query_patterns.get_report_status")
        """``client.query_patterns.get_report_status()``: Show the status of a query patterns report"""


class WebhooksStub:
    """Stubs of ``client.webhooks``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[WebhookList] = stub._method("webhooks.list")
        """``client.webhooks.list()``: List webhooks"""
        self.create: MethodStub[Webhook] = stub._method("webhooks.create", flat_body=True)
        """``client.webhooks.create()``: Create a webhook"""


class BillingStub:
    """Stubs of ``client.billing``."""

    def __init__(self, stub: Stub) -> None:
        self.list_invoices: MethodStub[InvoiceList] = stub._method("billing.list_invoices")
        """``client.billing.list_invoices()``: List invoices"""


class SchemaRecommendationsStub:
    """Stubs of ``client.schema_recommendations``."""

    def __init__(self, stub: Stub) -> None:
        self.list: MethodStub[SchemaRecommendationList] = stub._method("schema_recommendations.list")
        """``client.schema_recommendations.list()``: List schema recommendations"""


class PlanetScaleStub(Stub):
    """A stub in front of this package's clients while it is active: every client
    (``PlanetScaleStub()``) or one and its ``with_options`` copies
    (``PlanetScaleStub(client)``), sync and async.

    Each method's stub (``stub.<resource>.<method>``) answers the calls in the order stubbed:
    ``returns(value)``, ``raises(error)``, ``pages([...])`` for list methods, ``sequence(...)``;
    ``example(**fields)`` makes a value the spec allows; ``calls`` records each call's arguments.
    A request the spec forbids, a stubbed response it forbids, a call nobody stubbed and (when
    the stub ends) a stubbed response nobody used raise ``StubError``. ``allow_unused`` and
    ``allow_unexpected`` relax the last two (an unexpected call then gets the spec's example).
    """

    def __init__(
        self,
        client: PlanetScaleClient | AsyncPlanetScaleClient | None = None,
        *,
        allow_unused: bool = False,
        allow_unexpected: bool = False,
    ) -> None:
        super().__init__(client, _OPERATIONS, allow_unused=allow_unused, allow_unexpected=allow_unexpected)
        self.organizations = OrganizationsStub(self)
        self.organization_members = OrganizationMembersStub(self)
        self.teams = TeamsStub(self)
        self.databases = DatabasesStub(self)
        self.branches = BranchesStub(self)
        self.deploy_requests = DeployRequestsStub(self)
        self.passwords = PasswordsStub(self)
        self.backups = BackupsStub(self)
        self.service_tokens = ServiceTokensStub(self)
        self.bouncers = BouncersStub(self)
        self.cluster_sizes = ClusterSizesStub(self)
        self.roles = RolesStub(self)
        self.ip_restrictions = IpRestrictionsStub(self)
        self.query_patterns = QueryPatternsStub(self)
        self.webhooks = WebhooksStub(self)
        self.billing = BillingStub(self)
        self.schema_recommendations = SchemaRecommendationsStub(self)

    def __enter__(self) -> PlanetScaleStub:
        super().__enter__()
        return self


__all__ = [
    "BackupsStub",
    "BillingStub",
    "BouncersStub",
    "BranchesStub",
    "ClusterSizesStub",
    "DatabasesStub",
    "DeployRequestsStub",
    "IpRestrictionsStub",
    "ListMethodStub",
    "MethodStub",
    "OrganizationMembersStub",
    "OrganizationsStub",
    "PasswordsStub",
    "PlanetScaleStub",
    "QueryPatternsStub",
    "Raising",
    "raising",
    "RolesStub",
    "SchemaRecommendationsStub",
    "ServiceTokensStub",
    "StubCall",
    "StubError",
    "TeamsStub",
    "WebhooksStub",
]

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.deploy_requests``: Manage deploy requests for applying schema changes from development branches to production, including creating, reviewing, queueing, and completing deployments."""

from __future__ import annotations

from functools import cached_property

from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, to_async_raw_response, to_raw_response
from ..api.deploy_requests import close_deploy_request as _close_deploy_request
from ..api.deploy_requests import complete_deploy_request_revert as _complete_deploy_request_revert
from ..api.deploy_requests import create_deploy_request as _create_deploy_request
from ..api.deploy_requests import get_deploy_queue as _get_deploy_queue
from ..api.deploy_requests import get_deploy_request as _get_deploy_request
from ..api.deploy_requests import list_deploy_request_reviews as _list_deploy_request_reviews
from ..api.deploy_requests import list_deploy_requests as _list_deploy_requests
from ..api.deploy_requests import queue_deploy_request as _queue_deploy_request
from ..api.deploy_requests import review_deploy_request as _review_deploy_request
from ..api.deploy_requests import skip_deploy_request_revert as _skip_deploy_request_revert
from ..models.close_deploy_request_body import CloseDeployRequestBody
from ..models.close_deploy_request_body_state import CloseDeployRequestBodyState
from ..models.create_deploy_request_body import CreateDeployRequestBody
from ..models.deploy_request import DeployRequest
from ..models.deploy_request_list import DeployRequestList
from ..models.deploy_request_review import DeployRequestReview
from ..models.deploy_request_review_list import DeployRequestReviewList
from ..models.review_deploy_request_body import ReviewDeployRequestBody
from ..types import UNSET, RequestOptions, Unset


class DeployRequests(SyncAPIResource):
    """``client.deploy_requests``: Manage deploy requests for applying schema changes from development branches to production, including creating, reviewing, queueing, and completing deployments.
    Every method returns the documented model and raises ``APIStatusError`` for a non-2xx
    status after retries (the subclass says which: ``NotFoundError``, ``RateLimitError``...;
    ``.body`` has the error model), ``APIConnectionError`` when no response arrived
    (``APITimeoutError`` for a timeout), ``APIResponseValidationError`` for a response that
    does not match its model.
    """

    def list(
        self,
        organization: str,
        database: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> SyncPage[DeployRequest]:
        """List deploy requests

        Returns a list of all deploy requests for a specific database.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.


        Returns:
            The first page; iterate it for every item of every page, fetched as needed.
        """

        return self._page(
            _list_deploy_requests.OPERATION,
            _list_deploy_requests.PAGINATION,
            {"organization": organization, "database": database, "page": page, "per_page": per_page},
            options,
        )

    def create(
        self,
        organization: str,
        database: str,
        *,
        branch: str,
        into_branch: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DeployRequest:
        """Create a deploy request

        Creates a new deploy request to merge schema changes from a development branch into the
        target branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the source branch containing schema changes.
            into_branch: The name of the target branch to deploy into. Defaults to the production branch.
            notes: Notes or description for the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        body = CreateDeployRequestBody(branch=branch, into_branch=into_branch, notes=notes)
        return self._call(
            _create_deploy_request.OPERATION,
            {"organization": organization, "database": database, "body": body},
            options,
        )

    def get(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Get a deploy request

        Returns details about a specific deploy request, including its status, schema changes, and
        deployment history.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _get_deploy_request.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    def close(
        self,
        organization: str,
        database: str,
        deploy_request_number: str,
        *,
        state: CloseDeployRequestBodyState | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DeployRequest:
        """Close a deploy request

        Closes an open deploy request without deploying the changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            state: The desired state of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        body = CloseDeployRequestBody(state=state)
        return self._call(
            _close_deploy_request.OPERATION,
            {
                "organization": organization,
                "database": database,
                "deploy_request_number": deploy_request_number,
                "body": body,
            },
            options,
        )

    def queue(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Queue a deploy request

        Queues a deploy request for deployment, applying the schema changes to the target branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _queue_deploy_request.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    def list_reviews(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequestReviewList:
        """List deploy request reviews

        Returns a list of reviews for a specific deploy request.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _list_deploy_request_reviews.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    def review(
        self,
        organization: str,
        database: str,
        deploy_request_number: str,
        *,
        body: ReviewDeployRequestBody,
        options: RequestOptions | None = None,
    ) -> DeployRequestReview:
        """Review a deploy request

        Submits a review for a deploy request, approving or requesting changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            body: The request body.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _review_deploy_request.OPERATION,
            {
                "organization": organization,
                "database": database,
                "deploy_request_number": deploy_request_number,
                "body": body,
            },
            options,
        )

    def skip_revert(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Skip revert period

        Skips the revert period for a completed deploy request, finalizing the schema changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _skip_deploy_request_revert.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    def complete_revert(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Complete a revert

        Completes a revert of a deployed schema change, rolling back to the previous schema.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(
            _complete_deploy_request_revert.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    def get_queue(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> DeployRequestList:
        """Get the deploy queue

        Returns the current deploy queue for a database, showing pending and active deployments.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        """

        return self._call(_get_deploy_queue.OPERATION, {"organization": organization, "database": database}, options)

    @cached_property
    def with_raw_response(self) -> DeployRequestsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return DeployRequestsRaw(self)


class AsyncDeployRequests(AsyncAPIResource):
    """``async_client.deploy_requests``: Manage deploy requests for applying schema changes from development branches to production, including creating, reviewing, queueing, and completing deployments.
    The same methods as ``DeployRequests``, to ``await``; list methods return an
    ``AsyncPaginator``: ``await`` it for the first page, or ``async for`` over every item.
    """

    def list(
        self,
        organization: str,
        database: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[DeployRequest]:
        """List deploy requests: see ``DeployRequests.list``."""
        return self._page(
            _list_deploy_requests.OPERATION,
            _list_deploy_requests.PAGINATION,
            {"organization": organization, "database": database, "page": page, "per_page": per_page},
            options,
        )

    async def create(
        self,
        organization: str,
        database: str,
        *,
        branch: str,
        into_branch: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DeployRequest:
        """Create a deploy request: see ``DeployRequests.create``."""
        body = CreateDeployRequestBody(branch=branch, into_branch=into_branch, notes=notes)
        return await self._call(
            _create_deploy_request.OPERATION,
            {"organization": organization, "database": database, "body": body},
            options,
        )

    async def get(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Get a deploy request: see ``DeployRequests.get``."""
        return await self._call(
            _get_deploy_request.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    async def close(
        self,
        organization: str,
        database: str,
        deploy_request_number: str,
        *,
        state: CloseDeployRequestBodyState | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DeployRequest:
        """Close a deploy request: see ``DeployRequests.close``."""
        body = CloseDeployRequestBody(state=state)
        return await self._call(
            _close_deploy_request.OPERATION,
            {
                "organization": organization,
                "database": database,
                "deploy_request_number": deploy_request_number,
                "body": body,
            },
            options,
        )

    async def queue(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Queue a deploy request: see ``DeployRequests.queue``."""
        return await self._call(
            _queue_deploy_request.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    async def list_reviews(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequestReviewList:
        """List deploy request reviews: see ``DeployRequests.list_reviews``."""
        return await self._call(
            _list_deploy_request_reviews.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    async def review(
        self,
        organization: str,
        database: str,
        deploy_request_number: str,
        *,
        body: ReviewDeployRequestBody,
        options: RequestOptions | None = None,
    ) -> DeployRequestReview:
        """Review a deploy request: see ``DeployRequests.review``."""
        return await self._call(
            _review_deploy_request.OPERATION,
            {
                "organization": organization,
                "database": database,
                "deploy_request_number": deploy_request_number,
                "body": body,
            },
            options,
        )

    async def skip_revert(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Skip revert period: see ``DeployRequests.skip_revert``."""
        return await self._call(
            _skip_deploy_request_revert.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    async def complete_revert(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Complete a revert: see ``DeployRequests.complete_revert``."""
        return await self._call(
            _complete_deploy_request_revert.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    async def get_queue(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> DeployRequestList:
        """Get the deploy queue: see ``DeployRequests.get_queue``."""
        return await self._call(
            _get_deploy_queue.OPERATION, {"organization": organization, "database": database}, options
        )

    @cached_property
    def with_raw_response(self) -> AsyncDeployRequestsRaw:
        """The same methods, returning the whole response (status, headers, content, ``.parse()``)."""
        return AsyncDeployRequestsRaw(self)


class DeployRequestsRaw:
    """``client.deploy_requests.with_raw_response``."""

    def __init__(self, resource: DeployRequests) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.close = to_raw_response(resource.close)
        self.queue = to_raw_response(resource.queue)
        self.list_reviews = to_raw_response(resource.list_reviews)
        self.review = to_raw_response(resource.review)
        self.skip_revert = to_raw_response(resource.skip_revert)
        self.complete_revert = to_raw_response(resource.complete_revert)
        self.get_queue = to_raw_response(resource.get_queue)


class AsyncDeployRequestsRaw:
    """``async_client.deploy_requests.with_raw_response``."""

    def __init__(self, resource: AsyncDeployRequests) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.close = to_async_raw_response(resource.close)
        self.queue = to_async_raw_response(resource.queue)
        self.list_reviews = to_async_raw_response(resource.list_reviews)
        self.review = to_async_raw_response(resource.review)
        self.skip_revert = to_async_raw_response(resource.skip_revert)
        self.complete_revert = to_async_raw_response(resource.complete_revert)
        self.get_queue = to_async_raw_response(resource.get_queue)

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.deploy_requests``: Manage deploy requests for applying schema changes from development branches to production, including creating, reviewing, queueing, and completing deployments."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._arguments import as_member
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

        ``GET /organizations/{organization}/databases/{database}/deploy-requests`` (functional layer: ``api.deploy_requests.list_deploy_requests.sync``).

        Returns a list of all deploy requests for a specific database.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``SyncPage[DeployRequest]``: the first page; iterate it for every item of
                every page, fetched as needed.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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

        ``POST /organizations/{organization}/databases/{database}/deploy-requests`` (functional layer: ``api.deploy_requests.create_deploy_request.sync``).

        Creates a new deploy request to merge schema changes from a development branch into the
        target branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the source branch containing schema changes.
            into_branch: The name of the target branch to deploy into. Defaults to the production branch.
            notes: Notes or description for the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            UnprocessableEntityError: 422 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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

        ``GET /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}`` (functional layer: ``api.deploy_requests.get_deploy_request.sync``).

        Returns details about a specific deploy request, including its status, schema changes, and
        deployment history.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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
        state: CloseDeployRequestBodyState | Literal["closed"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DeployRequest:
        """Close a deploy request

        ``PATCH /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}`` (functional layer: ``api.deploy_requests.close_deploy_request.sync``).

        Closes an open deploy request without deploying the changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            state: The desired state of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        body = CloseDeployRequestBody(state=as_member(CloseDeployRequestBodyState, state))
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

        ``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/deploy`` (functional layer: ``api.deploy_requests.queue_deploy_request.sync``).

        Queues a deploy request for deployment, applying the schema changes to the target branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            UnprocessableEntityError: 422 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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

        ``GET /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/reviews`` (functional layer: ``api.deploy_requests.list_deploy_request_reviews.sync``).

        Returns a list of reviews for a specific deploy request.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequestReviewList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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

        ``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/reviews`` (functional layer: ``api.deploy_requests.review_deploy_request.sync``).

        Submits a review for a deploy request, approving or requesting changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            body: The request body.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequestReview``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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

        ``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert`` (functional layer: ``api.deploy_requests.skip_deploy_request_revert.sync``).

        Skips the revert period for a completed deploy request, finalizing the schema changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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

        ``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/complete-revert`` (functional layer: ``api.deploy_requests.complete_deploy_request_revert.sync``).

        Completes a revert of a deployed schema change, rolling back to the previous schema.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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

        ``GET /organizations/{organization}/databases/{database}/deploy-queue`` (functional layer: ``api.deploy_requests.get_deploy_queue.sync``).

        Returns the current deploy queue for a database, showing pending and active deployments.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequestList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
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
        """List deploy requests

        ``GET /organizations/{organization}/databases/{database}/deploy-requests`` (functional layer: ``api.deploy_requests.list_deploy_requests.asyncio``).

        Returns a list of all deploy requests for a specific database.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            page: The page number for pagination.
            per_page: The number of results per page.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``AsyncPaginator[DeployRequest]``: ``await`` it for the first page, or
                ``async for`` over every item of every page, fetched as needed.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

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
        """Create a deploy request

        ``POST /organizations/{organization}/databases/{database}/deploy-requests`` (functional layer: ``api.deploy_requests.create_deploy_request.asyncio``).

        Creates a new deploy request to merge schema changes from a development branch into the
        target branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            branch: The name of the source branch containing schema changes.
            into_branch: The name of the target branch to deploy into. Defaults to the production branch.
            notes: Notes or description for the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            UnprocessableEntityError: 422 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        body = CreateDeployRequestBody(branch=branch, into_branch=into_branch, notes=notes)
        return await self._call(
            _create_deploy_request.OPERATION,
            {"organization": organization, "database": database, "body": body},
            options,
        )

    async def get(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Get a deploy request

        ``GET /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}`` (functional layer: ``api.deploy_requests.get_deploy_request.asyncio``).

        Returns details about a specific deploy request, including its status, schema changes, and
        deployment history.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

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
        state: CloseDeployRequestBodyState | Literal["closed"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DeployRequest:
        """Close a deploy request

        ``PATCH /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}`` (functional layer: ``api.deploy_requests.close_deploy_request.asyncio``).

        Closes an open deploy request without deploying the changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            state: The desired state of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        body = CloseDeployRequestBody(state=as_member(CloseDeployRequestBodyState, state))
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
        """Queue a deploy request

        ``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/deploy`` (functional layer: ``api.deploy_requests.queue_deploy_request.asyncio``).

        Queues a deploy request for deployment, applying the schema changes to the target branch.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            UnprocessableEntityError: 422 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        return await self._call(
            _queue_deploy_request.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    async def list_reviews(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequestReviewList:
        """List deploy request reviews

        ``GET /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/reviews`` (functional layer: ``api.deploy_requests.list_deploy_request_reviews.asyncio``).

        Returns a list of reviews for a specific deploy request.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequestReviewList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

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
        """Review a deploy request

        ``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/reviews`` (functional layer: ``api.deploy_requests.review_deploy_request.asyncio``).

        Submits a review for a deploy request, approving or requesting changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            body: The request body.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequestReview``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

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
        """Skip revert period

        ``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert`` (functional layer: ``api.deploy_requests.skip_deploy_request_revert.asyncio``).

        Skips the revert period for a completed deploy request, finalizing the schema changes.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        return await self._call(
            _skip_deploy_request_revert.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    async def complete_revert(
        self, organization: str, database: str, deploy_request_number: str, *, options: RequestOptions | None = None
    ) -> DeployRequest:
        """Complete a revert

        ``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/complete-revert`` (functional layer: ``api.deploy_requests.complete_deploy_request_revert.asyncio``).

        Completes a revert of a deployed schema change, rolling back to the previous schema.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            deploy_request_number: The number of the deploy request.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequest``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

        return await self._call(
            _complete_deploy_request_revert.OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )

    async def get_queue(
        self, organization: str, database: str, *, options: RequestOptions | None = None
    ) -> DeployRequestList:
        """Get the deploy queue

        ``GET /organizations/{organization}/databases/{database}/deploy-queue`` (functional layer: ``api.deploy_requests.get_deploy_queue.asyncio``).

        Returns the current deploy queue for a database, showing pending and active deployments.

        Args:
            organization: The name of the organization.
            database: The name of the database.
            options: Per-call settings: timeout, deadline, retries, headers, query.

        Returns:
            ``DeployRequestList``, read from the response body.

        Raises:
            AuthenticationError: 401 (``.body``: ``Error``).
            NotFoundError: 404 (``.body``: ``Error``).
            APIStatusError: any other non-2xx status, after the retries (the subclass says which).
            APIConnectionError: no response arrived after the retries (``APITimeoutError``: the
                timeout or deadline passed).
            APIResponseValidationError: the response does not match what the spec documents.
            APIError: the operation needs a credential the client was not given (the message
                names the argument and environment variable that give it).
            TypeError: an argument of the wrong type, or one the method does not take.
            ValueError: an argument that cannot be sent (an empty, ``.`` or ``..`` path parameter,
                a header value with a line break).
        """

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

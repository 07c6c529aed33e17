# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.deploy_requests.skip_revert()`` (POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.deploy_request import DeployRequest
from ...models.error import Error
from ...types import RequestOptions, Response

OPERATION: Operation[DeployRequest] = Operation(
    "skip_deploy_request_revert",
    "POST",
    "/organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert",
    params=(
        Param("organization", "path"),
        Param("database", "path"),
        Param("deploy_request_number", "path"),
    ),
    replies={200: Reply(DeployRequest)},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Response[DeployRequest]:
    """Return the whole response of ``client.deploy_requests.skip_revert()`` (``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert``).

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
    return client.send(
        OPERATION,
        {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
        options,
    )


def sync(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> DeployRequest:
    """The same as ``client.deploy_requests.skip_revert()`` (``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert``).

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
    return client.send(
        OPERATION,
        {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
        options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Response[DeployRequest]:
    """Return the whole response of ``await client.deploy_requests.skip_revert()`` (``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert``).

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
    return await client.asend(
        OPERATION,
        {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
        options,
    )


async def asyncio(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> DeployRequest:
    """The same as ``await client.deploy_requests.skip_revert()`` (``POST /organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}/skip-revert``).

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
    return (
        await client.asend(
            OPERATION,
            {"organization": organization, "database": database, "deploy_request_number": deploy_request_number},
            options,
        )
    ).parsed

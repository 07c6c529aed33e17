# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.organization_members.update()`` (PATCH /organizations/{organization}/members/{member_id}) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Body, Operation, Param, Reply
from ...models.error import Error
from ...models.organization_member import OrganizationMember
from ...models.update_organization_member_body import UpdateOrganizationMemberBody
from ...types import RequestOptions, Response

OPERATION: Operation[OrganizationMember] = Operation(
    "update_organization_member",
    "PATCH",
    "/organizations/{organization}/members/{member_id}",
    params=(
        Param("organization", "path"),
        Param("member_id", "path"),
    ),
    bodies=(Body("json", "application/json"),),
    replies={200: Reply(OrganizationMember)},
    errors={401: Reply(Error), 404: Reply(Error)},
)


def sync_detailed(
    organization: str,
    member_id: str,
    *,
    client: BaseClient,
    body: UpdateOrganizationMemberBody,
    options: RequestOptions | None = None,
) -> Response[OrganizationMember]:
    """Return the whole response of ``client.organization_members.update()`` (``PATCH /organizations/{organization}/members/{member_id}``).

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
    return client.send(OPERATION, {"organization": organization, "member_id": member_id, "body": body}, options)


def sync(
    organization: str,
    member_id: str,
    *,
    client: BaseClient,
    body: UpdateOrganizationMemberBody,
    options: RequestOptions | None = None,
) -> OrganizationMember:
    """The same as ``client.organization_members.update()`` (``PATCH /organizations/{organization}/members/{member_id}``).

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
    return client.send(OPERATION, {"organization": organization, "member_id": member_id, "body": body}, options).parsed


async def asyncio_detailed(
    organization: str,
    member_id: str,
    *,
    client: BaseClient,
    body: UpdateOrganizationMemberBody,
    options: RequestOptions | None = None,
) -> Response[OrganizationMember]:
    """Return the whole response of ``await client.organization_members.update()`` (``PATCH /organizations/{organization}/members/{member_id}``).

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
    return await client.asend(OPERATION, {"organization": organization, "member_id": member_id, "body": body}, options)


async def asyncio(
    organization: str,
    member_id: str,
    *,
    client: BaseClient,
    body: UpdateOrganizationMemberBody,
    options: RequestOptions | None = None,
) -> OrganizationMember:
    """The same as ``await client.organization_members.update()`` (``PATCH /organizations/{organization}/members/{member_id}``).

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
        await client.asend(OPERATION, {"organization": organization, "member_id": member_id, "body": body}, options)
    ).parsed

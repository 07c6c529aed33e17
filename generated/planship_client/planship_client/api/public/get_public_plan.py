# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.public.get_plan()`` (GET /api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.plan import Plan
from ...types import RequestOptions, Response

OPERATION: Operation[Plan] = Operation(
    "get_public_plan",
    "GET",
    "/api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}",
    params=(
        Param("organization_slug", "path"),
        Param("product_slug", "path"),
        Param("plan_slug", "path"),
    ),
    replies={200: Reply(Plan)},
    errors={422: Reply(HTTPValidationError)},
)


def sync_detailed(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Response[Plan]:
    """Return the whole response of ``client.public.get_plan()`` (``GET /api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}``).

    Raises:
        UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
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
        {"organization_slug": organization_slug, "product_slug": product_slug, "plan_slug": plan_slug},
        options,
    )


def sync(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Plan:
    """The same as ``client.public.get_plan()`` (``GET /api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}``).

    Raises:
        UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
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
        {"organization_slug": organization_slug, "product_slug": product_slug, "plan_slug": plan_slug},
        options,
    ).parsed


async def asyncio_detailed(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Response[Plan]:
    """Return the whole response of ``await client.public.get_plan()`` (``GET /api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}``).

    Raises:
        UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
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
        {"organization_slug": organization_slug, "product_slug": product_slug, "plan_slug": plan_slug},
        options,
    )


async def asyncio(
    organization_slug: str,
    product_slug: str,
    plan_slug: str,
    *,
    client: BaseClient,
    options: RequestOptions | None = None,
) -> Plan:
    """The same as ``await client.public.get_plan()`` (``GET /api/v1/public/{organization_slug}/{product_slug}/plans/{plan_slug}``).

    Raises:
        UnprocessableEntityError: 422 (``.body``: ``HTTPValidationError``).
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
            {"organization_slug": organization_slug, "product_slug": product_slug, "plan_slug": plan_slug},
            options,
        )
    ).parsed

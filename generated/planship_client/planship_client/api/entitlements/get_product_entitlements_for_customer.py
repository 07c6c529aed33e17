# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.entitlements.get()`` (GET /api/v1/customers/{customer_id}/products/{product_slug}/entitlements) as functions taking ``client=``."""

from __future__ import annotations

from typing import Any

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.entitlements_response_schema import EntitlementsResponseSchema
from ...models.http_validation_error import HTTPValidationError
from ...types import RequestOptions, Response

OPERATION: Operation[dict[str, Any]] = Operation(
    "get_product_entitlements_for_customer",
    "GET",
    "/api/v1/customers/{customer_id}/products/{product_slug}/entitlements",
    params=(
        Param("customer_id", "path"),
        Param("product_slug", "path"),
    ),
    replies={200: Reply(EntitlementsResponseSchema)},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    customer_id: str, product_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[dict[str, Any]]:
    """Return the whole response of ``client.entitlements.get()`` (``GET /api/v1/customers/{customer_id}/products/{product_slug}/entitlements``).

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
    return client.send(OPERATION, {"customer_id": customer_id, "product_slug": product_slug}, options)


def sync(
    customer_id: str, product_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> dict[str, Any]:
    """The same as ``client.entitlements.get()`` (``GET /api/v1/customers/{customer_id}/products/{product_slug}/entitlements``).

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
    return client.send(OPERATION, {"customer_id": customer_id, "product_slug": product_slug}, options).parsed


async def asyncio_detailed(
    customer_id: str, product_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> Response[dict[str, Any]]:
    """Return the whole response of ``await client.entitlements.get()`` (``GET /api/v1/customers/{customer_id}/products/{product_slug}/entitlements``).

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
    return await client.asend(OPERATION, {"customer_id": customer_id, "product_slug": product_slug}, options)


async def asyncio(
    customer_id: str, product_slug: str, *, client: BaseClient, options: RequestOptions | None = None
) -> dict[str, Any]:
    """The same as ``await client.entitlements.get()`` (``GET /api/v1/customers/{customer_id}/products/{product_slug}/entitlements``).

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
    return (await client.asend(OPERATION, {"customer_id": customer_id, "product_slug": product_slug}, options)).parsed

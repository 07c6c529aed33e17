# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.products.list_plans()`` (GET /api/v1/products/{slug}/plans) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ...models.http_validation_error import HTTPValidationError
from ...models.plan_in_list import PlanInList
from ...types import UNSET, RequestOptions, Response, Unset

OPERATION: Operation[list[PlanInList]] = Operation(
    "list_product_plans",
    "GET",
    "/api/v1/products/{slug}/plans",
    params=(
        Param("slug", "path"),
        Param("order_by", "query"),
        Param("public_only", "query"),
    ),
    replies={200: Reply(list[PlanInList])},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
)


def sync_detailed(
    slug: str,
    *,
    client: BaseClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
    options: RequestOptions | None = None,
) -> Response[list[PlanInList]]:
    """Return the whole response of ``client.products.list_plans()`` (``GET /api/v1/products/{slug}/plans``).

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
    return client.send(OPERATION, {"slug": slug, "order_by": order_by, "public_only": public_only}, options)


def sync(
    slug: str,
    *,
    client: BaseClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
    options: RequestOptions | None = None,
) -> list[PlanInList]:
    """The same as ``client.products.list_plans()`` (``GET /api/v1/products/{slug}/plans``).

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
    return client.send(OPERATION, {"slug": slug, "order_by": order_by, "public_only": public_only}, options).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: BaseClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
    options: RequestOptions | None = None,
) -> Response[list[PlanInList]]:
    """Return the whole response of ``await client.products.list_plans()`` (``GET /api/v1/products/{slug}/plans``).

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
    return await client.asend(OPERATION, {"slug": slug, "order_by": order_by, "public_only": public_only}, options)


async def asyncio(
    slug: str,
    *,
    client: BaseClient,
    order_by: str | Unset = UNSET,
    public_only: bool | Unset = False,
    options: RequestOptions | None = None,
) -> list[PlanInList]:
    """The same as ``await client.products.list_plans()`` (``GET /api/v1/products/{slug}/plans``).

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
        await client.asend(OPERATION, {"slug": slug, "order_by": order_by, "public_only": public_only}, options)
    ).parsed

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""``client.products.list()`` (GET /api/v1/products) as functions taking ``client=``."""

from __future__ import annotations

from ..._base_client import BaseClient
from ..._operation import Operation, Param, Reply
from ..._pagination import Pagination
from ...models.http_validation_error import HTTPValidationError
from ...models.id_name_slug_orm_base import IdNameSlugOrmBase
from ...types import RequestOptions, Response, Unset

PAGINATION: Pagination[IdNameSlugOrmBase] = Pagination(
    "offset",
    items="",
    position="skip",
    size="limit",
)
"""How ``client.paginate`` moves through this operation's pages."""

OPERATION: Operation[list[IdNameSlugOrmBase]] = Operation(
    "list_products",
    "GET",
    "/api/v1/products",
    params=(
        Param("limit", "query"),
        Param("skip", "query"),
    ),
    replies={200: Reply(list[IdNameSlugOrmBase])},
    errors={422: Reply(HTTPValidationError)},
    security=(("oAuth2ClientCredentials",),),
    pagination=PAGINATION,
)


def sync_detailed(
    *, client: BaseClient, limit: int | Unset = 100, skip: int | Unset = 0, options: RequestOptions | None = None
) -> Response[list[IdNameSlugOrmBase]]:
    """Return the whole response of ``client.products.list()`` (``GET /api/v1/products``).

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
    return client.send(OPERATION, {"limit": limit, "skip": skip}, options)


def sync(
    *, client: BaseClient, limit: int | Unset = 100, skip: int | Unset = 0, options: RequestOptions | None = None
) -> list[IdNameSlugOrmBase]:
    """The same as ``client.products.list()`` (``GET /api/v1/products``).

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
    return client.send(OPERATION, {"limit": limit, "skip": skip}, options).parsed


async def asyncio_detailed(
    *, client: BaseClient, limit: int | Unset = 100, skip: int | Unset = 0, options: RequestOptions | None = None
) -> Response[list[IdNameSlugOrmBase]]:
    """Return the whole response of ``await client.products.list()`` (``GET /api/v1/products``).

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
    return await client.asend(OPERATION, {"limit": limit, "skip": skip}, options)


async def asyncio(
    *, client: BaseClient, limit: int | Unset = 100, skip: int | Unset = 0, options: RequestOptions | None = None
) -> list[IdNameSlugOrmBase]:
    """The same as ``await client.products.list()`` (``GET /api/v1/products``).

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
    return (await client.asend(OPERATION, {"limit": limit, "skip": skip}, options)).parsed

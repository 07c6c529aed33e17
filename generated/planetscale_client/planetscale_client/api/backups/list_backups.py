# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ..._pagination import Pagination
from ...client import PlanetScaleClient
from ...models.backup import Backup
from ...models.error import Error
from ...models.list_backups_response_200 import ListBackupsResponse200
from ...types import UNSET, RequestOptions, Response, Unset

PAGINATION: Pagination[Backup] = Pagination(
    "page",
    items="data",
    position="page",
    size="per_page",
    next="next_page",
)
"""How ``client.paginate`` moves through this operation's pages."""


def _get_kwargs(
    organization: str,
    database: str,
    branch: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "operation": "list_backups",
        "method": "get",
        "url": "/organizations/{organization}/databases/{database}/branches/{branch}/backups",
        "path_params": {
            "organization": organization,
            "database": database,
            "branch": branch,
        },
        "params": params,
    }

    return _kwargs


_DECODER: FastDecoder[ListBackupsResponse200] = FastDecoder(ListBackupsResponse200)


def _parse_success(response: httpx.Response) -> ListBackupsResponse200:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = ListBackupsResponse200.from_dict(response.json())

    return response_200


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 401:
        try:
            response_401 = Error.from_dict(response.json())

            return response_401

        except Exception:  # a malformed error body must not hide the error itself
            return None
    if response.status_code == 404:
        try:
            response_404 = Error.from_dict(response.json())

            return response_404

        except Exception:  # a malformed error body must not hide the error itself
            return None
    return errors.parse_error_body(response)


def _build_response(response: httpx.Response) -> Response[ListBackupsResponse200]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError(
            "ListBackupsResponse200", "", f"{type(error).__name__}: {error}"
        ) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: PlanetScaleClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> Response[ListBackupsResponse200]:
    """List backups

     Returns a list of all backups for a specific branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[ListBackupsResponse200]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        page=page,
        per_page=per_page,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    organization: str,
    database: str,
    branch: str,
    *,
    client: PlanetScaleClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> ListBackupsResponse200:
    """List backups

     Returns a list of all backups for a specific branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        ListBackupsResponse200
    """

    return sync_detailed(
        organization=organization,
        database=database,
        branch=branch,
        client=client,
        page=page,
        per_page=per_page,
        options=options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: PlanetScaleClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> Response[ListBackupsResponse200]:
    """List backups

     Returns a list of all backups for a specific branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[ListBackupsResponse200]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        page=page,
        per_page=per_page,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    organization: str,
    database: str,
    branch: str,
    *,
    client: PlanetScaleClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    options: RequestOptions | None = None,
) -> ListBackupsResponse200:
    """List backups

     Returns a list of all backups for a specific branch.

    Args:
        organization (str):
        database (str):
        branch (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        ListBackupsResponse200
    """

    return (
        await asyncio_detailed(
            organization=organization,
            database=database,
            branch=branch,
            client=client,
            page=page,
            per_page=per_page,
            options=options,
        )
    ).parsed

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanetScaleClient
from ...models.create_role_body import CreateRoleBody
from ...models.error import Error
from ...models.role_credentials import RoleCredentials
from ...types import RequestOptions, Response


def _get_kwargs(
    organization: str,
    database: str,
    branch: str,
    *,
    body: CreateRoleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "operation": "create_role",
        "method": "post",
        "url": "/organizations/{organization}/databases/{database}/branches/{branch}/roles",
        "path_params": {
            "organization": organization,
            "database": database,
            "branch": branch,
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_DECODER: FastDecoder[RoleCredentials] = FastDecoder(RoleCredentials)


def _parse_success(response: httpx.Response) -> RoleCredentials:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_201 = RoleCredentials.from_dict(response.json())

    return response_201


def _parse_error(response: httpx.Response) -> Any:
    if response.status_code == 401:
        try:
            response_401 = Error.from_dict(response.json())

            return response_401

        except Exception:  # a malformed error body must not hide the error itself
            return None
    if response.status_code == 422:
        try:
            response_422 = Error.from_dict(response.json())

            return response_422

        except Exception:  # a malformed error body must not hide the error itself
            return None
    return errors.parse_error_body(response)


def _build_response(response: httpx.Response) -> Response[RoleCredentials]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("RoleCredentials", "", f"{type(error).__name__}: {error}") from error
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
    body: CreateRoleBody,
    options: RequestOptions | None = None,
) -> Response[RoleCredentials]:
    """Create role credentials

     Creates role-based credentials for accessing a database branch with specific permissions.

    Args:
        organization (str):
        database (str):
        branch (str):
        body (CreateRoleBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[RoleCredentials]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        body=body,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    organization: str,
    database: str,
    branch: str,
    *,
    client: PlanetScaleClient,
    body: CreateRoleBody,
    options: RequestOptions | None = None,
) -> RoleCredentials:
    """Create role credentials

     Creates role-based credentials for accessing a database branch with specific permissions.

    Args:
        organization (str):
        database (str):
        branch (str):
        body (CreateRoleBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        RoleCredentials
    """

    return sync_detailed(
        organization=organization,
        database=database,
        branch=branch,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    branch: str,
    *,
    client: PlanetScaleClient,
    body: CreateRoleBody,
    options: RequestOptions | None = None,
) -> Response[RoleCredentials]:
    """Create role credentials

     Creates role-based credentials for accessing a database branch with specific permissions.

    Args:
        organization (str):
        database (str):
        branch (str):
        body (CreateRoleBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[RoleCredentials]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        body=body,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    organization: str,
    database: str,
    branch: str,
    *,
    client: PlanetScaleClient,
    body: CreateRoleBody,
    options: RequestOptions | None = None,
) -> RoleCredentials:
    """Create role credentials

     Creates role-based credentials for accessing a database branch with specific permissions.

    Args:
        organization (str):
        database (str):
        branch (str):
        body (CreateRoleBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        RoleCredentials
    """

    return (
        await asyncio_detailed(
            organization=organization,
            database=database,
            branch=branch,
            client=client,
            body=body,
            options=options,
        )
    ).parsed

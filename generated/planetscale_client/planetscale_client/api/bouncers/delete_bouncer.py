# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanetScaleClient
from ...models.error import Error
from ...types import RequestOptions, Response


def _get_kwargs(
    organization: str,
    database: str,
    branch: str,
    bouncer_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": "delete_bouncer",
        "method": "delete",
        "url": "/organizations/{organization}/databases/{database}/branches/{branch}/bouncers/{bouncer_name}",
        "path_params": {
            "organization": organization,
            "database": database,
            "branch": branch,
            "bouncer_name": bouncer_name,
        },
    }

    return _kwargs


_DECODER: FastDecoder[Any] = FastDecoder(Any)


def _parse_success(response: httpx.Response) -> Any:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_204 = cast(Any, None)
    return response_204


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


def _build_response(response: httpx.Response) -> Response[Any]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("Any", "", f"{type(error).__name__}: {error}") from error
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
    bouncer_name: str,
    *,
    client: PlanetScaleClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Delete a bouncer

     Deletes a PgBouncer connection pooling instance.

    Args:
        organization (str):
        database (str):
        branch (str):
        bouncer_name (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        bouncer_name=bouncer_name,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    organization: str,
    database: str,
    branch: str,
    bouncer_name: str,
    *,
    client: PlanetScaleClient,
    options: RequestOptions | None = None,
) -> Any:
    """Delete a bouncer

     Deletes a PgBouncer connection pooling instance.

    Args:
        organization (str):
        database (str):
        branch (str):
        bouncer_name (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Any
    """

    return sync_detailed(
        organization=organization,
        database=database,
        branch=branch,
        bouncer_name=bouncer_name,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    branch: str,
    bouncer_name: str,
    *,
    client: PlanetScaleClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Delete a bouncer

     Deletes a PgBouncer connection pooling instance.

    Args:
        organization (str):
        database (str):
        branch (str):
        bouncer_name (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        branch=branch,
        bouncer_name=bouncer_name,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    organization: str,
    database: str,
    branch: str,
    bouncer_name: str,
    *,
    client: PlanetScaleClient,
    options: RequestOptions | None = None,
) -> Any:
    """Delete a bouncer

     Deletes a PgBouncer connection pooling instance.

    Args:
        organization (str):
        database (str):
        branch (str):
        bouncer_name (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            organization=organization,
            database=database,
            branch=branch,
            bouncer_name=bouncer_name,
            client=client,
            options=options,
        )
    ).parsed

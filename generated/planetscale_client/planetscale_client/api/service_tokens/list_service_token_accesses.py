# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanetScaleClient
from ...models.error import Error
from ...models.list_service_token_accesses_response_200 import ListServiceTokenAccessesResponse200
from ...types import RequestOptions, Response


def _get_kwargs(
    organization: str,
    service_token_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": "list_service_token_accesses",
        "method": "get",
        "url": "/organizations/{organization}/service-tokens/{service_token_id}/accesses",
        "path_params": {
            "organization": organization,
            "service_token_id": service_token_id,
        },
    }

    return _kwargs


_DECODER: FastDecoder[ListServiceTokenAccessesResponse200] = FastDecoder(ListServiceTokenAccessesResponse200)


def _parse_success(response: httpx.Response) -> ListServiceTokenAccessesResponse200:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = ListServiceTokenAccessesResponse200.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[ListServiceTokenAccessesResponse200]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError(
            "ListServiceTokenAccessesResponse200", "", f"{type(error).__name__}: {error}"
        ) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    organization: str,
    service_token_id: str,
    *,
    client: PlanetScaleClient,
    options: RequestOptions | None = None,
) -> Response[ListServiceTokenAccessesResponse200]:
    """List service token accesses

     Returns a list of access grants for a specific service token.

    Args:
        organization (str):
        service_token_id (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[ListServiceTokenAccessesResponse200]
    """

    kwargs = _get_kwargs(
        organization=organization,
        service_token_id=service_token_id,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    organization: str,
    service_token_id: str,
    *,
    client: PlanetScaleClient,
    options: RequestOptions | None = None,
) -> ListServiceTokenAccessesResponse200:
    """List service token accesses

     Returns a list of access grants for a specific service token.

    Args:
        organization (str):
        service_token_id (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        ListServiceTokenAccessesResponse200
    """

    return sync_detailed(
        organization=organization,
        service_token_id=service_token_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    service_token_id: str,
    *,
    client: PlanetScaleClient,
    options: RequestOptions | None = None,
) -> Response[ListServiceTokenAccessesResponse200]:
    """List service token accesses

     Returns a list of access grants for a specific service token.

    Args:
        organization (str):
        service_token_id (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[ListServiceTokenAccessesResponse200]
    """

    kwargs = _get_kwargs(
        organization=organization,
        service_token_id=service_token_id,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    organization: str,
    service_token_id: str,
    *,
    client: PlanetScaleClient,
    options: RequestOptions | None = None,
) -> ListServiceTokenAccessesResponse200:
    """List service token accesses

     Returns a list of access grants for a specific service token.

    Args:
        organization (str):
        service_token_id (str):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        ListServiceTokenAccessesResponse200
    """

    return (
        await asyncio_detailed(
            organization=organization,
            service_token_id=service_token_id,
            client=client,
            options=options,
        )
    ).parsed

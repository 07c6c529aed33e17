# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanetScaleClient
from ...models.close_deploy_request_body import CloseDeployRequestBody
from ...models.deploy_request import DeployRequest
from ...models.error import Error
from ...types import RequestOptions, Response


def _get_kwargs(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    body: CloseDeployRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "operation": "close_deploy_request",
        "method": "patch",
        "url": "/organizations/{organization}/databases/{database}/deploy-requests/{deploy_request_number}",
        "path_params": {
            "organization": organization,
            "database": database,
            "deploy_request_number": deploy_request_number,
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_DECODER: FastDecoder[DeployRequest] = FastDecoder(DeployRequest)


def _parse_success(response: httpx.Response) -> DeployRequest:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = DeployRequest.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[DeployRequest]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("DeployRequest", "", f"{type(error).__name__}: {error}") from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: PlanetScaleClient,
    body: CloseDeployRequestBody,
    options: RequestOptions | None = None,
) -> Response[DeployRequest]:
    """Close a deploy request

     Closes an open deploy request without deploying the changes.

    Args:
        organization (str):
        database (str):
        deploy_request_number (str):
        body (CloseDeployRequestBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[DeployRequest]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        deploy_request_number=deploy_request_number,
        body=body,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: PlanetScaleClient,
    body: CloseDeployRequestBody,
    options: RequestOptions | None = None,
) -> DeployRequest:
    """Close a deploy request

     Closes an open deploy request without deploying the changes.

    Args:
        organization (str):
        database (str):
        deploy_request_number (str):
        body (CloseDeployRequestBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        DeployRequest
    """

    return sync_detailed(
        organization=organization,
        database=database,
        deploy_request_number=deploy_request_number,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: PlanetScaleClient,
    body: CloseDeployRequestBody,
    options: RequestOptions | None = None,
) -> Response[DeployRequest]:
    """Close a deploy request

     Closes an open deploy request without deploying the changes.

    Args:
        organization (str):
        database (str):
        deploy_request_number (str):
        body (CloseDeployRequestBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[DeployRequest]
    """

    kwargs = _get_kwargs(
        organization=organization,
        database=database,
        deploy_request_number=deploy_request_number,
        body=body,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    organization: str,
    database: str,
    deploy_request_number: str,
    *,
    client: PlanetScaleClient,
    body: CloseDeployRequestBody,
    options: RequestOptions | None = None,
) -> DeployRequest:
    """Close a deploy request

     Closes an open deploy request without deploying the changes.

    Args:
        organization (str):
        database (str):
        deploy_request_number (str):
        body (CloseDeployRequestBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        DeployRequest
    """

    return (
        await asyncio_detailed(
            organization=organization,
            database=database,
            deploy_request_number=deploy_request_number,
            client=client,
            body=body,
            options=options,
        )
    ).parsed

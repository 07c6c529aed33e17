# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._decoding import Fallback, FastDecoder
from ...client import PlanetScaleClient
from ...models.error import Error
from ...models.organization_member import OrganizationMember
from ...models.update_organization_member_body import UpdateOrganizationMemberBody
from ...types import RequestOptions, Response


def _get_kwargs(
    organization: str,
    member_id: str,
    *,
    body: UpdateOrganizationMemberBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "operation": "update_organization_member",
        "method": "patch",
        "url": "/organizations/{organization}/members/{member_id}",
        "path_params": {
            "organization": organization,
            "member_id": member_id,
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_DECODER: FastDecoder[OrganizationMember] = FastDecoder(OrganizationMember)


def _parse_success(response: httpx.Response) -> OrganizationMember:
    decoded = _DECODER.decode(response.content)
    if not isinstance(decoded, Fallback):
        return decoded
    # Not exactly what the spec describes: read it field by field, keeping what we can.
    response_200 = OrganizationMember.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[OrganizationMember]:
    if not (200 <= response.status_code <= 299):
        raise errors.status_error(response, _parse_error(response))
    try:
        parsed = _parse_success(response)
    except errors.APIResponseValidationError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.APIResponseValidationError("OrganizationMember", "", f"{type(error).__name__}: {error}") from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    organization: str,
    member_id: str,
    *,
    client: PlanetScaleClient,
    body: UpdateOrganizationMemberBody,
    options: RequestOptions | None = None,
) -> Response[OrganizationMember]:
    """Update an organization member

     Updates the role or properties of a specific member in the organization. Requires the
    write_organization permission.

    Args:
        organization (str):
        member_id (str):
        body (UpdateOrganizationMemberBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[OrganizationMember]
    """

    kwargs = _get_kwargs(
        organization=organization,
        member_id=member_id,
        body=body,
    )

    return client.call(kwargs, _build_response, options=options)


def sync(
    organization: str,
    member_id: str,
    *,
    client: PlanetScaleClient,
    body: UpdateOrganizationMemberBody,
    options: RequestOptions | None = None,
) -> OrganizationMember:
    """Update an organization member

     Updates the role or properties of a specific member in the organization. Requires the
    write_organization permission.

    Args:
        organization (str):
        member_id (str):
        body (UpdateOrganizationMemberBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        OrganizationMember
    """

    return sync_detailed(
        organization=organization,
        member_id=member_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    organization: str,
    member_id: str,
    *,
    client: PlanetScaleClient,
    body: UpdateOrganizationMemberBody,
    options: RequestOptions | None = None,
) -> Response[OrganizationMember]:
    """Update an organization member

     Updates the role or properties of a specific member in the organization. Requires the
    write_organization permission.

    Args:
        organization (str):
        member_id (str):
        body (UpdateOrganizationMemberBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        Response[OrganizationMember]
    """

    kwargs = _get_kwargs(
        organization=organization,
        member_id=member_id,
        body=body,
    )

    return await client.acall(kwargs, _build_response, options=options)


async def asyncio(
    organization: str,
    member_id: str,
    *,
    client: PlanetScaleClient,
    body: UpdateOrganizationMemberBody,
    options: RequestOptions | None = None,
) -> OrganizationMember:
    """Update an organization member

     Updates the role or properties of a specific member in the organization. Requires the
    write_organization permission.

    Args:
        organization (str):
        member_id (str):
        body (UpdateOrganizationMemberBody):

    Raises:
        errors.APIStatusError: The API answered with a non-2xx status (after retries); the subclass
            says which (``NotFoundError``, ``RateLimitError``...) and ``.body`` holds the error model.
        errors.APIConnectionError: No response arrived (``APITimeoutError`` for a timeout).
        errors.APIResponseValidationError: The response does not match the documented model.

    Returns:
        OrganizationMember
    """

    return (
        await asyncio_detailed(
            organization=organization,
            member_id=member_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed

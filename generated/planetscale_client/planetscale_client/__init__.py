# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""A typed client for the PlanetScale Platform API."""

from ._auth import AccessToken, ApiKey, BearerToken, ClientCredentials, HTTPBasic, HTTPScheme
from ._base_client import __version__
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._retry import RetryPolicy
from .client import AsyncPlanetScaleClient, PlanetScaleClient, ServiceToken
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnexpectedStatus,
    UnprocessableEntityError,
)
from .types import NOT_GIVEN, UNSET, NotGiven, RequestOptions, Response, Unset

__api_version__ = "1.0.0"
"""The version of the PlanetScale Platform API description (its ``info.version``) this package was
generated from; ``__version__`` is the package's own, bumped by what a change does to users."""

__all__ = [
    "NOT_GIVEN",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncPlanetScaleClient",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "AccessToken",
    "ApiKey",
    "BearerToken",
    "ClientCredentials",
    "HTTPBasic",
    "HTTPScheme",
    "ServiceToken",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PermissionDeniedError",
    "PlanetScaleClient",
    "RateLimitError",
    "RequestOptions",
    "Response",
    "ResponseTooLargeError",
    "RetryPolicy",
    "SyncPage",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "Unset",
    "__api_version__",
    "__version__",
]

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The exceptions this package raises: one small hierarchy, every error typed.

- ``APIError``: the base of every error this package raises
    - ``APIConnectionError``: no response arrived, after the retries
        - ``APITimeoutError``: the timeout or the deadline passed
    - ``APIResponseValidationError``: a response body that cannot be read or does not match its model
        - ``ResponseTooLargeError``: a body larger than ``max_response_size``
    - ``ClientClosedError``: a call on a closed client
    - ``PaginationError``: a list whose pages make no progress
    - ``APIStatusError``: a non-2xx status, after the retries; ``.body`` is the documented error model
        - ``BadRequestError``: 400
        - ``AuthenticationError``: 401
        - ``PermissionDeniedError``: 403
        - ``NotFoundError``: 404
        - ``ConflictError``: 409
        - ``UnprocessableEntityError``: 422
        - ``RateLimitError``: 429
        - ``InternalServerError``: any 5xx
        - ``UnexpectedStatus``: any other status, e.g. 3xx or 418
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from ._redaction import Redactor, active

MAX_BODY_IN_MESSAGE = 500
"""Characters of an error body quoted in the error's message (redacted first, then cut)."""


class APIError(Exception):
    """Base class of every error raised by this package."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def _redact(self, redactor: Redactor) -> None:
        """Replace every secret in this error's texts by ``***`` (a server may echo one).

        Every text attribute (``message``, ``problem``, ``field``...), ``args`` and notes are
        redacted; ``url`` and ``request`` (``response.request`` too) become redacted copies (a
        query API key, the Authorization header). ``content``, ``headers`` and ``body`` stay
        what the server sent.
        """
        for name, value in list(vars(self).items()):
            if isinstance(value, str):
                setattr(self, name, redactor.text(value))
            elif isinstance(value, httpx.URL):
                setattr(self, name, redactor.url(value))
            elif isinstance(value, httpx.Request):
                setattr(self, name, _redacted_request(value, redactor))
            elif isinstance(value, httpx.Response) and value._request is not None:
                value.request = _redacted_request(value.request, redactor)
            elif name == "__notes__" and isinstance(value, list):
                value[:] = [redactor.text(n) if isinstance(n, str) else n for n in value]
        self.args = tuple(redactor.text(a) if isinstance(a, str) else a for a in self.args)


class ClientClosedError(APIError):
    """The client (or the httpx client you gave it) was closed; create a new one."""


class PaginationError(APIError):
    """A list operation's pages make no progress (a repeated cursor or a repeated page).

    ``operation`` names the list operation.
    """

    def __init__(self, operation: str, problem: str) -> None:
        super().__init__(f"{operation}: {problem}; stopped instead of requesting pages forever")
        self.operation = operation


class APIConnectionError(APIError):
    """The request could not be sent or no response arrived (after any retries)."""

    def __init__(self, request: httpx.Request, message: str = "connection error") -> None:
        super().__init__(f"{message}: {request.method} {_safe_url(request.url)}")
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (after any retries)."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "request timed out")


class APIResponseValidationError(APIError):
    """A response body does not match the model the spec documents for it.

    ``model`` names the model and ``field`` the dotted path to the offending value.
    """

    def __init__(self, model: str, field: str, problem: str) -> None:
        where = f"{model}.{field}" if field else model
        super().__init__(f"invalid {where} in the response: {problem}")
        self.model = model
        self.field = field
        self.problem = problem

    def within(self, model: str, field: str) -> APIResponseValidationError:
        """Return this error as seen from ``model``, whose ``field`` holds the invalid value."""
        return APIResponseValidationError(model, f"{field}.{self.field}" if self.field else field, self.problem)


class ResponseTooLargeError(APIResponseValidationError):
    """A response body (decompressed) is larger than ``max_response_size``; it was not kept.

    ``limit`` is the size in bytes that was exceeded; ``method`` and ``url`` say which request.
    """

    def __init__(self, request: httpx.Request, limit: int) -> None:
        super().__init__(
            "response body",
            "",
            f"{request.method} {_safe_url(request.url)} answered with more than {limit} bytes "
            "(decompressed); raise max_response_size to accept it",
        )
        self.message = f"response too large: {self.problem}"
        self.args = (self.message,)
        self.limit = limit
        self.method = request.method
        self.url = request.url


def invalid_field(model: str, field: str, error: Exception) -> APIResponseValidationError:
    """Return the error for ``model.field`` whose value could not be read (``error``)."""
    if isinstance(error, KeyError) and error.args and error.args[0] == field:
        return APIResponseValidationError(model, field, "required field is missing")
    return APIResponseValidationError(model, field, f"{type(error).__name__}: {error}")


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    ``body`` is the parsed error model the spec documents for the status (or the API's error
    model), when the response carries one, else ``None``; ``content`` is always the raw body.
    """

    def __init__(self, response: httpx.Response, body: Any, message: str | None = None) -> None:
        request = response.request
        text = _excerpt(response)
        super().__init__(
            message
            or f"{response.status_code} {response.reason_phrase} from {request.method} {_safe_url(request.url)}"
            + (f": {text}" if text else "")
        )
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.method = request.method
        self.url = request.url
        self.request = request
        self.content = response.content
        self.body = body


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: missing, invalid or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden: the credentials lack a permission."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity: the request was understood but its content is invalid."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests (after any retries)."""


class InternalServerError(APIStatusError):
    """A 5xx status (after any retries)."""


class UnexpectedStatus(APIStatusError):
    """A status the spec does not document and that fits no other class (e.g. 3xx, 418)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def connection_error(request: httpx.Request, err: httpx.TransportError) -> APIConnectionError:
    """Return the exception for a request that got no response (``APITimeoutError`` if timed out)."""
    if isinstance(err, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(request, f"connection error ({type(err).__name__})")


def unreadable_body(response: httpx.Response, problem: str) -> APIResponseValidationError:
    """Return the exception for a response whose body cannot be read at all."""
    request = response.request
    error = APIResponseValidationError("response body", "", f"{request.method} {_safe_url(request.url)}: {problem}")
    error.message = f"unreadable response body: {error.problem}"
    error.args = (error.message,)
    return error


def status_error(response: httpx.Response, body: Any) -> APIStatusError:
    """Return the exception for the non-2xx ``response``, carrying its parsed ``body``."""
    if response.status_code >= 500:
        return InternalServerError(response, body)
    return _BY_STATUS.get(response.status_code, UnexpectedStatus)(response, body)


def parse_error_body(response: httpx.Response) -> Any:
    """Return the response's body as the API's error model, or None when it is not one."""
    from .models.http_validation_error import HTTPValidationError

    try:
        data: Any = response.json()
        return HTTPValidationError.from_dict(data) if isinstance(data, dict) else None
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, APIResponseValidationError):
        return None


def redact_error(error: APIError, secrets: Redactor | Iterable[str]) -> None:
    """Remove ``secrets`` (the strings, or those a client's ``Redactor`` knows) from ``error``
    and from the exceptions chained to it, in place. (1.0.0 took the strings only.)

    Our errors are rewritten; httpx's keep the request they failed on, redacted; another
    foreign exception (a ``ValueError`` quoting a field's value, say) whose text holds a secret
    is cut from the chain, so no traceback can show it.
    """
    redactor = secrets if isinstance(secrets, Redactor) else Redactor(list(secrets))
    current: BaseException = error
    seen: set[int] = set()
    while id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, APIError):
            current._redact(redactor)
        elif isinstance(current, httpx.RequestError) and current._request is not None:
            current.request = _redacted_request(current.request, redactor)
        following = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if following is None:
            return
        if not isinstance(following, APIError) and _mentions(following, redactor):
            current.__cause__ = None
            current.__context__ = None  # not even reachable, though no traceback would show it
            current.__suppress_context__ = True
            return
        current = following


def _mentions(error: BaseException, redactor: Redactor) -> bool:
    return any(redactor.finds(text) for text in (str(error), repr(error.args)))


def _excerpt(response: httpx.Response) -> str:
    """The start of an error body for its message: redacted first, then cut, so that no part
    of a secret survives at the cut."""
    if not response.content:
        return ""
    redactor = active() or Redactor(_credentials_of(response.request))
    # enough bytes for MAX_BODY_IN_MESSAGE characters and any secret that starts among them
    window = response.content[: 4 * (MAX_BODY_IN_MESSAGE + redactor.reach)]
    try:
        text = window.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        text = window.decode("utf-8", errors="replace")
    return redactor.text(text)[:MAX_BODY_IN_MESSAGE]


def _credentials_of(request: httpx.Request) -> list[str]:
    """The secret parts of the request's Authorization header (for an error made outside a
    call, where no client's redactor is active)."""
    value = request.headers.get("Authorization", "")
    credential = value.partition(" ")[2] or value
    return [credential, *credential.split(":")[1:]] if credential else []


def _redacted_request(request: httpx.Request, redactor: Redactor) -> httpx.Request:
    """A copy of ``request`` to keep on an error: its URL and headers redacted, no body."""
    return httpx.Request(request.method, redactor.url(request.url), headers=redactor.headers(request.headers))


def _safe_url(url: httpx.URL) -> str:
    """The URL without user info, which could hold credentials."""
    return str(url.copy_with(username=None, password=None)) if url.userinfo else str(url)


# The exceptions, and the runtime's functions that 1.0.0 exported (kept so that no import
# breaks; the reference site shows the exceptions only).
__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "connection_error",
    "invalid_field",
    "redact_error",
    "status_error",
    "unreadable_body",
]

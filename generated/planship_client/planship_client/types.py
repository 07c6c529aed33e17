# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Shared types: ``UNSET``, ``NOT_GIVEN``, ``Response`` (the full answer of a ``*_detailed`` call) and ``RequestOptions``."""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Final, Generic, TypeVar

import httpx
import msgspec

from ._arguments import checked

# msgspec's UNSET, so that fields missing from a response stay UNSET when msgspec decodes it.
Unset = msgspec.UnsetType
"""The type of ``UNSET``: a value the caller did not give, or a field the API did not send."""
UNSET: Unset = msgspec.UNSET

T = TypeVar("T")


class NotGiven:
    """The type of ``NOT_GIVEN``: an option left to its default, where ``None`` means "none"."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""An option left to its default (``timeout=None`` disables the timeout; ``NOT_GIVEN`` keeps it)."""


def none_as_unset(value: Any) -> Any:
    """Read a null the spec does not allow in an optional field as the field being absent."""
    return UNSET if value is None else value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


@dataclass
class Response(Generic[T]):
    """A successful response: status, headers, raw body and the parsed model."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T

    def parse(self) -> T:
        """Return the body read as the documented model (``parsed``)."""
        return self.parsed


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings that override the client's for one request.

    ``headers`` and ``params`` are added to the request. ``timeout`` (seconds or an
    ``httpx.Timeout``; ``None`` for none) bounds each attempt, ``deadline`` (seconds; ``None``
    for none) the whole call with its retries, ``max_response_size`` (bytes, decompressed;
    ``None`` for no limit) each response, and ``max_retries`` the retries: each replaces the
    client's setting when given. ``retry_non_idempotent`` allows retrying a POST or PATCH you
    know to be safe to repeat.
    """

    headers: Mapping[str, str] | None = None
    params: Mapping[str, str] | None = None
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    deadline: float | None | NotGiven = NOT_GIVEN
    max_response_size: int | None | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    retry_non_idempotent: bool | None = None


# A wrong type or an unknown keyword is a TypeError saying what RequestOptions takes.
RequestOptions.__init__ = checked(  # type: ignore[method-assign]
    lambda _: "RequestOptions()", shown=lambda name: name != "headers"
)(RequestOptions.__init__)


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "File",
    "FileTypes",
    "NotGiven",
    "RequestFiles",
    "RequestOptions",
    "Response",
    "Unset",
]

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Fast decoding: a response that matches the spec exactly is decoded by msgspec, in C.

Anything else (a field the spec does not know, an enum value it does not list, a null it does
not allow, or a body that is invalid) makes :meth:`FastDecoder.decode` return ``FALLBACK``,
and the operation reads the body with the models' ``from_dict``, which keeps what it can and
reports precisely what it cannot.
"""

from __future__ import annotations

from typing import Any, Final, Generic, TypeVar

import msgspec

T = TypeVar("T")


class Fallback:
    __slots__ = ()

    def __repr__(self) -> str:
        return "FALLBACK"


FALLBACK: Final = Fallback()


class FastDecoder(Generic[T]):
    """Decodes JSON bytes into ``type_`` with msgspec; built on first use (import stays cheap)."""

    __slots__ = ("_decoder", "_type", "_usable")

    def __init__(self, type_: Any) -> None:
        self._type = type_
        self._decoder: msgspec.json.Decoder[Any] | None = None
        self._usable = True

    def decode(self, content: bytes) -> T | Fallback:
        """Return the decoded value, or ``FALLBACK`` when the body needs the careful path."""
        decoder = self._decoder
        if decoder is None:
            if not self._usable:
                return FALLBACK
            try:
                decoder = self._decoder = msgspec.json.Decoder(self._type)
            except (TypeError, NameError):  # a type msgspec cannot express: always careful
                self._usable = False
                return FALLBACK
        try:
            result: T = decoder.decode(content)
        except msgspec.DecodeError:  # includes ValidationError
            return FALLBACK
        return result

# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""Reading a response body within a size limit and a time limit.

httpx reads a whole body before returning and inflates compressed data without bound (a 1 MiB
gzip body can become 1 GiB), and its read timeout applies to each network read, not to the body.
Here the body is streamed: gzip and deflate are inflated in small steps, the decompressed size is
checked as it grows, and the clock between reads.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator

import httpx

from . import _watchdog
from .errors import ResponseTooLargeError

_STEP = 64 * 1024
"""At most this many decompressed bytes are produced before the size is checked again."""
_HANDLED = frozenset({"gzip", "x-gzip", "deflate"})
_NOT_READ = frozenset({"br", "zstd", "compress", "x-compress"})
"""Codings we never ask for and whose inflation we cannot bound: refused."""
_MAX_LAYERS = 4


class UnreadableBody(Exception):
    """The body is not in the encoding its headers announce (``problem`` says how)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


class _Inflater:
    """Undoes one ``Content-Encoding`` (gzip or deflate) a step at a time."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._raw_deflate = False
        self._decoder = self._new_decoder()
        self.fed = False

    def _new_decoder(self) -> zlib._Decompress:
        if self._coding == "deflate":
            # "deflate" should be zlib-wrapped; some servers send raw deflate (httpx accepts both).
            return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)
        return zlib.decompressobj(zlib.MAX_WBITS | 16)

    def feed(self, data: bytes) -> Iterator[bytes]:
        self.fed = self.fed or bool(data)
        try:
            while data:
                piece = self._decoder.decompress(data, _STEP)
                data = self._decoder.unconsumed_tail
                if piece:
                    yield piece
                if self._decoder.eof:
                    return
        except zlib.error as err:
            if self._coding == "deflate" and not self._raw_deflate:
                self._raw_deflate = True
                self._decoder = self._new_decoder()
                yield from self.feed(data)
                return
            raise UnreadableBody(f"the body is not valid {self._coding} data ({err})") from None

    def finish(self) -> Iterator[bytes]:
        if not self._decoder.eof:
            raise UnreadableBody(f"the {self._coding} data ends before its end marker")
        tail = self._decoder.flush()
        if tail:
            yield tail


class BodyReader:
    """Collects one response's decompressed body, failing past ``limit`` bytes or ``stop_at``.

    ``stop_at`` is a ``time.monotonic()`` value; ``None`` means no limit. Every coding of
    ``Content-Encoding`` (``gzip, gzip`` too) is undone by our bounded inflaters, last applied
    first, and the output of each is held to ``limit``: no layer can inflate without bound.
    """

    def __init__(self, response: httpx.Response, limit: int | None, stop_at: float | None) -> None:
        self._response = response
        self._limit = limit
        self._stop_at = stop_at
        self._size = 0
        self._parts: list[bytes] = []
        codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",") if c.strip()]
        refused = [c for c in codings if c in _NOT_READ]
        if refused:
            raise UnreadableBody(
                f"the body is encoded with {refused[0]}, which was not asked for (Accept-Encoding: gzip, deflate)"
            )
        # Other unknown codings (identity, or a misnamed charset) are ignored, as httpx does.
        self._inflaters = [_Inflater(c) for c in reversed(codings) if c in _HANDLED]
        if len(self._inflaters) > _MAX_LAYERS:
            raise UnreadableBody(f"the body claims {len(self._inflaters)} layers of compression")
        self._produced = [0] * len(self._inflaters)

    def add(self, chunk: bytes) -> None:
        """Take the next chunk as read from the network (still encoded)."""
        if chunk:
            self._through(0, chunk)
        self._check_time()

    def finish(self) -> None:
        """Check the encoding is complete and store the body on the response."""
        for index, inflater in enumerate(self._inflaters):
            if inflater.fed:
                for piece in inflater.finish():
                    self._through_from(index, piece)
        # The body was read through the stream: httpx keeps a read body in ``_content``.
        self._response._content = b"".join(self._parts)

    def _through(self, index: int, data: bytes) -> None:
        """Pass ``data`` through the inflaters from ``index`` on, then keep it."""
        if index == len(self._inflaters):
            self._keep(data)
            return
        for piece in self._inflaters[index].feed(data):
            self._through_from(index, piece)

    def _through_from(self, index: int, piece: bytes) -> None:
        """``piece`` came out of inflater ``index``: count it, then pass it on."""
        self._produced[index] += len(piece)
        if self._limit is not None and self._produced[index] > self._limit:
            raise ResponseTooLargeError(self._response.request, self._limit)
        self._check_time()
        self._through(index + 1, piece)

    def _check_time(self) -> None:
        if self._stop_at is not None and time.monotonic() > self._stop_at:
            raise httpx.ReadTimeout("the response took longer than the timeout", request=self._response.request)

    def _keep(self, piece: bytes) -> None:
        self._size += len(piece)
        if self._limit is not None and self._size > self._limit:
            raise ResponseTooLargeError(self._response.request, self._limit)
        self._parts.append(piece)


def read(
    response: httpx.Response,
    limit: int | None,
    stop_at: float | None,
    watch: _watchdog.Watch | None = None,
) -> None:
    """Read the streamed ``response``'s body into it (``response.content``), within limits.

    ``watch`` is the attempt's watch on its socket, if one is armed already; else one is armed
    here for a body that does not arrive at once.
    """
    if _already_read(response, limit):
        return
    own: _watchdog.Watch | None = None
    try:
        reader = BodyReader(response, limit, stop_at)
        for chunk in response.iter_raw():
            reader.add(chunk)
            if watch is None and own is None and stop_at is not None and _more_to_come(response):
                own = _watchdog.watch(response, stop_at)
        reader.finish()
    except httpx.DecodingError as err:
        raise UnreadableBody(str(err)) from None
    except httpx.TransportError:
        armed = watch or own
        if armed is not None and armed.fired:  # the watchdog ended a read that took too long
            raise httpx.ReadTimeout("the response took longer than the timeout", request=response.request) from None
        raise
    finally:
        if own is not None:
            own.cancel()
        response.close()


async def aread(response: httpx.Response, limit: int | None, stop_at: float | None) -> None:
    """Async version of :func:`read`."""
    if _already_read(response, limit):
        return
    try:
        reader = BodyReader(response, limit, stop_at)
        async for chunk in response.aiter_raw():
            reader.add(chunk)
        reader.finish()
    except httpx.DecodingError as err:
        raise UnreadableBody(str(err)) from None
    finally:
        await response.aclose()


def _more_to_come(response: httpx.Response) -> bool:
    """Whether more of the body may still be on its way (not known to be complete)."""
    length = response.headers.get("content-length")
    return not (length and length.isdigit() and response.num_bytes_downloaded >= int(length))


def _already_read(response: httpx.Response, limit: int | None) -> bool:
    """Whether the transport handed over a body already in memory (``httpx.MockTransport``)."""
    if not response.is_stream_consumed:
        return False
    if limit is not None and len(response.content) > limit:
        raise ResponseTooLargeError(response.request, limit)
    return True

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
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
from collections.abc import AsyncIterator, Iterator

import httpx

from . import _watchdog
from .errors import ResponseTooLargeError

_STEP = 64 * 1024
"""At most this many decompressed bytes are produced before the size is checked again."""
_HANDLED = frozenset({"gzip", "x-gzip", "deflate"})


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

    def _new_decoder(self) -> zlib._Decompress:
        if self._coding == "deflate":
            # "deflate" should be zlib-wrapped; some servers send raw deflate (httpx accepts both).
            return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)
        return zlib.decompressobj(zlib.MAX_WBITS | 16)

    def feed(self, data: bytes) -> Iterator[bytes]:
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

    ``stop_at`` is a ``time.monotonic()`` value; ``None`` means no limit.
    """

    def __init__(self, response: httpx.Response, limit: int | None, stop_at: float | None) -> None:
        self._response = response
        self._limit = limit
        self._stop_at = stop_at
        self._size = 0
        self._parts: list[bytes] = []
        codings = [
            c.strip().lower()
            for c in response.headers.get("content-encoding", "").split(",")
            if c.strip() and c.strip().lower() != "identity"
        ]
        # One gzip or deflate layer (all but every real response): our bounded inflater.
        # Anything else: httpx's decoders, whose output is still counted chunk by chunk.
        self.raw = not codings or (len(codings) == 1 and codings[0] in _HANDLED)
        self._inflater = _Inflater(codings[0]) if self.raw and codings else None
        self._fed = False

    def add(self, chunk: bytes) -> None:
        """Take the next chunk as read from the network (still encoded when ``self.raw``)."""
        if self._inflater is None:
            self._keep(chunk)
        elif chunk:
            self._fed = True
            for piece in self._inflater.feed(chunk):
                self._keep(piece)
        if self._stop_at is not None and time.monotonic() > self._stop_at:
            raise httpx.ReadTimeout("the response took longer than the timeout", request=self._response.request)

    def finish(self) -> None:
        """Check the encoding is complete and store the body on the response."""
        if self._inflater is not None and self._fed:
            for piece in self._inflater.finish():
                self._keep(piece)
        # The body was read through the stream: httpx keeps a read body in ``_content``.
        self._response._content = b"".join(self._parts)

    def _keep(self, piece: bytes) -> None:
        self._size += len(piece)
        if self._limit is not None and self._size > self._limit:
            raise ResponseTooLargeError(self._response.request, self._limit)
        self._parts.append(piece)


def read(response: httpx.Response, limit: int | None, stop_at: float | None) -> None:
    """Read the streamed ``response``'s body into it (``response.content``), within limits."""
    if _already_read(response, limit):
        return
    reader = BodyReader(response, limit, stop_at)
    watch: _watchdog.Watch | None = None
    try:
        chunks = response.iter_raw() if reader.raw else response.iter_bytes()
        for chunk in chunks:
            reader.add(chunk)
            if watch is None and stop_at is not None and _more_to_come(response):
                watch = _watchdog.watch(response, stop_at)
        reader.finish()
    except httpx.DecodingError as err:
        raise UnreadableBody(str(err)) from None
    except httpx.TransportError:
        if watch is not None and watch.fired:  # the watchdog ended a read that took too long
            raise httpx.ReadTimeout("the response took longer than the timeout", request=response.request) from None
        raise
    finally:
        if watch is not None:
            watch.cancel()
        response.close()


async def aread(response: httpx.Response, limit: int | None, stop_at: float | None) -> None:
    """Async version of :func:`read`."""
    if _already_read(response, limit):
        return
    reader = BodyReader(response, limit, stop_at)
    try:
        chunks: AsyncIterator[bytes] = response.aiter_raw() if reader.raw else response.aiter_bytes()
        async for chunk in chunks:
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

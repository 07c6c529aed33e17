"""What the fault server can do with a request: answer well, or misbehave at the byte level."""

from __future__ import annotations

import base64
import functools
import json
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote_plus

from tests.faults.server import Action, Link, Received


def encode(body: Any) -> bytes:
    """Return ``body`` as bytes: bytes as they are, anything else as JSON."""
    return body if isinstance(body, bytes) else json.dumps(body).encode()


@dataclass(frozen=True)
class Reply:
    """A well-formed HTTP/1.1 response (its status or content may still be a fault).

    ``close_after`` closes the keep-alive connection ``linger`` seconds after answering,
    without having said ``Connection: close``: the client learns it only from the socket.
    """

    status: int = 200
    body: Any = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    close_after: bool = False
    linger: float = 0.0
    injects: bool | None = None
    """Whether this answer is a fault; by default any status from 300 on, or ``close_after``."""

    @property
    def fault(self) -> bool:
        if self.injects is not None:
            return self.injects
        return self.status >= 300 or self.close_after

    @property
    def payload(self) -> bytes:
        return encode(self.body)

    def head(self, content_length: int | None = None) -> bytes:
        """Return the status line and headers, ending with the blank line."""
        try:
            reason = HTTPStatus(self.status).phrase
        except ValueError:
            reason = "Whatever"
        headers = {name.lower(): value for name, value in self.headers.items()}
        if "transfer-encoding" not in headers:
            length = len(self.payload) if content_length is None else content_length
            headers.setdefault("content-length", str(length))
        if self.body != b"":
            headers.setdefault("content-type", "application/json")
        lines = [f"HTTP/1.1 {self.status} {reason}", *(f"{k}: {v}" for k, v in headers.items())]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def perform(self, link: Link, request: Received) -> bool:
        link.send(self.head() + self.payload)
        if self.close_after:
            link.pause(self.linger)
            return False
        return True


@dataclass(frozen=True)
class Drip:
    """Sends ``reply``'s head at once, then its body one byte every ``interval`` seconds."""

    reply: Reply
    interval: float
    fault = True

    def perform(self, link: Link, request: Received) -> bool:
        link.send(self.reply.head())
        for index in range(len(self.reply.payload)):
            if not link.pause(self.interval):
                return False
            link.send(self.reply.payload[index : index + 1])
        return True


@dataclass(frozen=True)
class Delay:
    """Waits ``seconds`` before doing ``then``."""

    seconds: float
    then: Action
    fault = True

    def perform(self, link: Link, request: Received) -> bool:
        return link.pause(self.seconds) and self.then.perform(link, request)


@dataclass(frozen=True)
class Truncate:
    """Announces ``reply``'s full length, sends ``keep`` bytes of its body, then closes."""

    reply: Reply
    keep: int
    fault = True

    def perform(self, link: Link, request: Received) -> bool:
        link.send(self.reply.head() + self.reply.payload[: self.keep])
        return False


@dataclass(frozen=True)
class Reset:
    """Sends ``reply``'s head and ``keep`` bytes of its body (if any), then a TCP RST."""

    reply: Reply | None = None
    keep: int = 0
    fault = True

    def perform(self, link: Link, request: Received) -> bool:
        if self.reply is not None:
            link.send(self.reply.head() + self.reply.payload[: self.keep])
        link.reset()
        return False


@dataclass(frozen=True)
class Hang:
    """Reads the request and never answers (until the client leaves or ``seconds`` pass)."""

    seconds: float = 30.0
    fault = True

    def perform(self, link: Link, request: Received) -> bool:
        link.wait_for_peer_to_leave(self.seconds)
        return False


@dataclass(frozen=True)
class CloseSilently:
    """Reads the request, then closes the connection without a byte of answer."""

    fault = True

    def perform(self, link: Link, request: Received) -> bool:
        return False


@dataclass(frozen=True)
class Raw:
    """Sends ``data`` as it is (any bytes at all), then closes the connection."""

    data: bytes
    fault = True

    def perform(self, link: Link, request: Received) -> bool:
        link.send(self.data)
        return False


class Stream:
    """A 200 of ``count`` times ``chunk`` (with its Content-Length), sent chunk by chunk.

    ``sent`` is how many body bytes got out before the client stopped reading.
    """

    fault = True

    def __init__(self, chunk: bytes, count: int, headers: Mapping[str, str] | None = None) -> None:
        self._reply = Reply(200, headers=headers or {})
        self._chunk = chunk
        self._count = count
        self.sent = 0

    def perform(self, link: Link, request: Received) -> bool:
        link.send(self._reply.head(content_length=len(self._chunk) * self._count))
        for _ in range(self._count):
            link.send(self._chunk)
            self.sent += len(self._chunk)
        return True


@dataclass(frozen=True)
class Respond:
    """Answers with the action ``make`` builds from the request."""

    make: Callable[[Received], Reply]
    fault: bool = False

    def perform(self, link: Link, request: Received) -> bool:
        return self.make(request).perform(link, request)


def echo(build: Callable[[str], Reply]) -> Respond:
    """Answers with ``build(text)``, ``text`` holding every credential the request carried."""
    return Respond(lambda request: build(credentials_in(request)), fault=True)


def credentials_in(request: Received) -> str:
    """Return every credential the request carried, as sent and decoded: the Authorization
    header, its credential and a Basic one decoded; the API key header; the query, raw and
    decoded; the Cookie header."""
    value = request.header("authorization") or ""
    scheme, _, credential = value.partition(" ")
    parts = [value, credential]
    if scheme.lower() == "basic":
        parts.append(base64.b64decode(credential).decode())
    for pair in request.target.partition("?")[2].split("&"):
        name, _, value = pair.partition("=")
        if name == "api_key":
            parts += [value, unquote_plus(value)]
    parts += [request.header("x-api-key") or "", request.header("cookie") or ""]
    return " | ".join(part for part in parts if part)


def nested_json(depth: int = 100_000) -> bytes:
    """Return a JSON array nested ``depth`` levels deep."""
    return b"[" * depth + b"]" * depth


@functools.cache
def gzip_bomb(mib: int = 1024) -> bytes:
    """Return a gzip body of about 1 KiB per MiB that inflates to ``mib`` MiB of zeros.

    Built from one compressed MiB repeated after full flushes, so it takes no time to make.
    """
    chunk = bytes(1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    repeated = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    end = deflate.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (mib << 20) & 0xFFFFFFFF)
    return header + first + repeated * (mib - 1) + end + trailer


BAD_CHUNKED = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"zz\r\n{}\r\n0\r\n\r\n"
)
GARBAGE_STATUS_LINE = b"HTTP/1.1 2OO Fine\r\n\x00\x01\x02\r\n\r\n"
HUGE_HEADER = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Huge: " + b"a" * (1 << 20) + b"\r\n\r\n{}"


@dataclass(frozen=True)
class DripHead:
    """Sends a status line, then one header line every ``interval`` seconds, ``lines`` times,
    never ending the head (the server gives up after that)."""

    interval: float
    lines: int = 80
    fault = True

    def perform(self, link: Link, request: Received) -> bool:
        link.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        for index in range(self.lines):
            if not link.pause(self.interval):
                return False
            link.send(f"X-Line-{index}: {'x' * 16}\r\n".encode())
        return False

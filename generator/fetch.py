"""Fetch a document over http(s): the one way the tools read from the network.

``make update`` (each API's upstream) and ``python -m generator diff OLD URL`` read from
servers someone else runs, through this one function and its one set of bounds:

- http and https URLs only, without credentials in them;
- one deadline for the whole fetch (connecting, each redirect, the headers, the body): a
  server that sends a byte every 2 s is cut at the deadline, not kept alive by each byte;
- at most :data:`~generator.reader.MAX_BYTES` (no document over it can be read anyway);
- redirects followed only to the same origin (scheme, host and port), at most
  :data:`MAX_REDIRECTS`; a redirect elsewhere (``ftp://``, another host) is refused unfollowed;
- an answer that is not HTTP, a status other than 200, or an empty body: refused.

Each refusal is one line naming the URL and the reason. Nothing the server wrote is in it (a
status line, a reason phrase, a greeting could say anything), except the origin of a refused
redirect when it is a plain ``scheme://host:port``.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from typing import TypeVar
from urllib.parse import SplitResult, urljoin, urlsplit

from generator.reader import MAX_BYTES

DEADLINE = 30.0
"""Seconds one fetch may take, from the first connection to the last byte."""
MAX_REDIRECTS = 5
USER_AGENT = "api-clients (+make update, make diff)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_Socket = TypeVar("_Socket", bound=socket.socket)
_PLAIN_ORIGIN = re.compile(r"[a-z][a-z0-9+.-]{0,15}://[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?")


class FetchError(Exception):
    """The URL could not be fetched; the message (one line) says which URL and why."""


@dataclass(frozen=True)
class Fetched:
    """What a URL answered."""

    body: bytes
    content_type: str


def fetch(url: str, *, deadline: float | None = None) -> Fetched:
    """Return the body and media type served at ``url`` within ``deadline`` seconds (default
    :data:`DEADLINE`); raise :class:`FetchError`."""
    deadline = DEADLINE if deadline is None else deadline
    ends = time.monotonic() + deadline
    origin = _origin(_checked(url, url))
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        status, location, answer = _get(_checked(current, url), url, ends, deadline)
        if status not in _REDIRECTS:
            if status != HTTPStatus.OK:
                raise FetchError(f"{url} answered HTTP {status} {_phrase(status)}".rstrip())
            assert answer is not None
            if not answer.body.strip():
                raise FetchError(f"{url} sent an empty body")
            return answer
        if not location:
            raise FetchError(f"{url} answered a redirect (HTTP {status}) without a Location")
        target = urljoin(current, location)
        if _target_origin(target) != origin:
            raise FetchError(
                f"{url} redirects to {_shown_origin(target)}, another scheme or host: not followed"
            )
        current = target
    raise FetchError(f"{url} redirects more than {MAX_REDIRECTS} times")


def _checked(url: str, asked: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise FetchError(f"{asked} is not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{asked} is not an http(s) URL")
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{asked} has credentials in it; they are never sent: refused")
    return parts


def _origin(parts: SplitResult) -> tuple[str, str, int]:
    default = 443 if parts.scheme == "https" else 80
    return parts.scheme, (parts.hostname or "").lower(), parts.port or default


def _target_origin(target: str) -> tuple[str, str, int] | None:
    try:
        return _origin(urlsplit(target))
    except ValueError:  # a port that is not a number, a broken IPv6 address
        return None


def _shown_origin(target: str) -> str:
    try:
        parts = urlsplit(target)
        shown = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"
    except ValueError:
        return "another location"
    return shown if _PLAIN_ORIGIN.fullmatch(shown) else "another location"


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _get(
    parts: SplitResult, url: str, ends: float, deadline: float
) -> tuple[int, str | None, Fetched | None]:
    """Send one GET; return the status, the Location header and, for a 200, the answer."""
    remaining = ends - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"{url} took longer than {deadline:g} s: cut")
    host, https = parts.hostname or "", parts.scheme == "https"
    cut = _Cut(remaining)
    connection = (http.client.HTTPSConnection if https else http.client.HTTPConnection)(
        host, parts.port, timeout=remaining
    )
    response = None
    try:
        sock = cut.watch(socket.create_connection((host, connection.port), timeout=remaining))
        if https:
            context = ssl.create_default_context()
            sock = cut.watch(
                context.wrap_socket(sock, server_hostname=host, do_handshake_on_connect=False)
            )
            sock.do_handshake()
        connection.sock = sock  # connected here, so that the deadline covers every step
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request(
            "GET",
            target,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "*/*",
                "Accept-Encoding": "identity",
                "Connection": "close",
            },
        )
        response = connection.getresponse()
        if response.status != HTTPStatus.OK:
            return response.status, response.getheader("Location"), None
        body = _read(response, url, ends, deadline)
        return response.status, None, Fetched(body, response.getheader("Content-Type") or "")
    except FetchError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as err:
        if cut.expired.is_set() or time.monotonic() >= ends:
            raise FetchError(f"{url} took longer than {deadline:g} s: cut") from None
        raise FetchError(_reason(url, err)) from None
    finally:
        cut.cancel()
        if response is not None:
            response.close()
        connection.close()


class _Cut:
    """The fetch's deadline: when it passes, every socket it watches is shut down, which ends
    whatever read or write is waiting on it (a per-read timeout would let a server that
    sends a byte now and then keep the fetch going for ever)."""

    def __init__(self, seconds: float) -> None:
        self.expired = threading.Event()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: _Socket) -> _Socket:
        self._sockets.append(sock)
        if self.expired.is_set():
            self._cut()
        return sock

    def cancel(self) -> None:
        self._timer.cancel()

    def _cut(self) -> None:
        self.expired.set()
        for sock in self._sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:  # closed already, or never connected
                pass


def _read(response: http.client.HTTPResponse, url: str, ends: float, deadline: float) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > MAX_BYTES:
        raise FetchError(f"{url} sends more than {MAX_BYTES // 2**20} MiB: not read")
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > MAX_BYTES:
            raise FetchError(f"{url} sent more than {MAX_BYTES // 2**20} MiB: cut")
        if time.monotonic() >= ends:
            raise FetchError(f"{url} took longer than {deadline:g} s: cut")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(url: str, err: Exception) -> str:
    if isinstance(err, http.client.RemoteDisconnected):
        return f"{url} closed the connection without answering"
    if isinstance(err, http.client.IncompleteRead):
        return f"{url} closed the connection before the end of the body"
    if isinstance(err, http.client.HTTPException | ValueError):
        return f"{url} did not answer in HTTP: not read"
    if isinstance(err, socket.gaierror):
        return f"cannot reach {url}: its host name does not resolve"
    if isinstance(err, ssl.SSLError):
        return f"cannot reach {url}: TLS failed ({err.reason or 'handshake'})"
    if isinstance(err, ConnectionRefusedError):
        return f"cannot reach {url}: connection refused"
    return f"cannot reach {url}: {getattr(err, 'strerror', None) or type(err).__name__}"

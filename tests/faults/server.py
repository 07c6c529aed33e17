"""A real HTTP/1.1 server on 127.0.0.1 that answers with whatever bytes a test scripts.

It speaks raw sockets, so that an answer can be wrong at the byte level (see ``actions.py``),
and it records every request it read, exactly as it arrived, for the tests to assert on.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from tests.faults import ledger

READ_SLICE = 0.05  # seconds a blocked read waits before checking whether the server stops
MAX_HEAD = 1 << 20


@dataclass(frozen=True)
class Received:
    """One request as the server read it."""

    method: str
    target: str
    """The raw request target of the request line, e.g. ``/v1/a%2Fb?page=1``."""
    headers: tuple[tuple[str, str], ...]
    """Header names in lower case, values as sent, in order."""
    body: bytes
    connection: int
    """Which connection it came on (0 for the first one the server accepted)."""
    sequence: int
    """Its position on that connection (0 for a fresh connection)."""

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    def header(self, name: str) -> str | None:
        """Return the value of header ``name`` (case-insensitive), if it was sent."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key == wanted), None)


class PeerGone(Exception):
    """The client closed or reset the connection while the server was writing."""


class Link:
    """The server's side of one connection, as an action sees it."""

    def __init__(self, sock: socket.socket, stopping: threading.Event) -> None:
        self.sock = sock
        self.stopping = stopping
        self.sent = 0

    def send(self, data: bytes) -> None:
        """Write ``data``; raise :class:`PeerGone` if the client went away."""
        view = memoryview(data)
        while view:
            try:
                written = self.sock.send(view)
            except TimeoutError:  # the client reads slowly, or not at all
                if self.stopping.is_set():
                    raise PeerGone from None
                continue
            except OSError as err:  # broken pipe, reset by peer
                raise PeerGone from err
            view = view[written:]
            self.sent += written

    def pause(self, seconds: float) -> bool:
        """Wait ``seconds``; False if the server is stopping meanwhile."""
        return not self.stopping.wait(seconds)

    def wait_for_peer_to_leave(self, seconds: float) -> None:
        """Wait until the client closes the connection, the server stops, or ``seconds`` pass."""
        self.sock.settimeout(READ_SLICE)
        waited = 0.0
        while waited < seconds and not self.stopping.is_set():
            try:
                if not self.sock.recv(65536):
                    return
            except TimeoutError:
                waited += READ_SLICE
            except OSError:
                return

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0) instead of an orderly close."""
        self.sock.setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
        )
        self.sock.close()


class Action(Protocol):
    """What the server does with one request it has read."""

    @property
    def fault(self) -> bool:
        """Whether doing this injects a fault (counted in the run's summary)."""
        ...

    def perform(self, link: Link, request: Received) -> bool:
        """Answer (or not) on ``link``; return whether the connection stays open."""
        ...


Matcher = Callable[[Received], bool]


class _Route:
    def __init__(self, matches: Matcher, actions: tuple[Action, ...]) -> None:
        self.matches = matches
        self._pending = list(actions)
        self._lock = threading.Lock()

    def next_action(self) -> Action:
        with self._lock:  # the last action answers every further request
            return self._pending.pop(0) if len(self._pending) > 1 else self._pending[0]


class FaultServer:
    """Listens on 127.0.0.1 and a free port; one thread per connection; ``close()`` stops all."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self._listener.settimeout(READ_SLICE)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.requests: list[Received] = []
        self.faults = 0
        self.connections = 0
        self._routes: list[_Route] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, name="fault-server", daemon=True)
        self._acceptor.start()

    def route(self, matches: str | Matcher, *actions: Action) -> None:
        """Answer requests whose path starts with ``matches`` (or that it accepts) with ``actions``.

        Successive matching requests get successive actions; the last one repeats. The most
        recently added route that matches wins.
        """
        if not actions:
            raise ValueError("a route needs at least one action")
        if isinstance(matches, str):
            prefix = matches
            matcher: Matcher = lambda request: request.path.startswith(prefix)  # noqa: E731
        else:
            matcher = matches
        with self._lock:
            self._routes.insert(0, _Route(matcher, actions))

    def targets(self, method: str | None = None) -> list[str]:
        """Return ``"METHOD target"`` of every request read (of ``method`` only, if given)."""
        return [f"{r.method} {r.target}" for r in self.requests if method in (None, r.method)]

    def seen(self, prefix: str) -> list[Received]:
        """Return the requests whose path starts with ``prefix``."""
        return [request for request in self.requests if request.path.startswith(prefix)]

    def close(self) -> None:
        self._stopping.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() at once
        except OSError:
            pass
        self._acceptor.join()
        self._listener.close()
        with self._lock:
            threads, sockets = list(self._threads), list(self._sockets)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in threads:
            thread.join(timeout=5)
        for sock in sockets:
            sock.close()

    # -- serving -------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                number = self.connections
                self.connections += 1
                self._sockets.add(sock)
                thread = threading.Thread(
                    target=self._serve,
                    args=(sock, number),
                    name=f"fault-conn-{number}",
                    daemon=True,
                )
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, number: int) -> None:
        link = Link(sock, self._stopping)
        reader = _Reader(sock, self._stopping)
        try:
            sequence = 0
            while True:
                request = reader.read_request(number, sequence)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                action = self._action_for(request)
                if action.fault:
                    with self._lock:
                        self.faults += 1
                    ledger.count_injected()
                try:
                    if not action.perform(link, request):
                        return
                except PeerGone:
                    return
                sequence += 1
        finally:
            with self._lock:
                self._sockets.discard(sock)
            sock.close()

    def _action_for(self, request: Received) -> Action:
        with self._lock:
            route = next((r for r in self._routes if r.matches(request)), None)
        return _NO_ROUTE if route is None else route.next_action()


class _NoRoute:
    """The answer to a request no route expects: an empty 404, not counted as a fault."""

    fault = False

    def perform(self, link: Link, request: Received) -> bool:
        link.send(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        return True


_NO_ROUTE = _NoRoute()


class _Reader:
    """Reads HTTP/1.1 requests off one socket."""

    def __init__(self, sock: socket.socket, stopping: threading.Event) -> None:
        self._sock = sock
        self._stopping = stopping
        self._buffer = bytearray()
        sock.settimeout(READ_SLICE)

    def _fill(self) -> bool:
        while not self._stopping.is_set():
            try:
                data = self._sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return False
            if not data:
                return False
            self._buffer += data
            return True
        return False

    def _take_until(self, marker: bytes) -> bytes | None:
        while (end := self._buffer.find(marker)) < 0:
            if len(self._buffer) > MAX_HEAD or not self._fill():
                return None
        data = bytes(self._buffer[:end])
        del self._buffer[: end + len(marker)]
        return data

    def _take(self, size: int) -> bytes | None:
        while len(self._buffer) < size:
            if not self._fill():
                return None
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def read_request(self, connection: int, sequence: int) -> Received | None:
        head = self._take_until(b"\r\n\r\n")
        if head is None:
            return None
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _version = request_line.split(" ", 2)
        headers = tuple(
            (name.strip().lower(), value.strip())
            for name, _, value in (line.partition(":") for line in header_lines)
        )
        found = dict(headers)
        if found.get("transfer-encoding", "").lower() == "chunked":
            body = self._read_chunked()
        else:
            body = self._take(int(found.get("content-length", "0")))
        if body is None:
            return None
        return Received(method, target, headers, body, connection, sequence)

    def _read_chunked(self) -> bytes | None:
        body = bytearray()
        while True:
            size_line = self._take_until(b"\r\n")
            if size_line is None:
                return None
            size = int(size_line.split(b";")[0], 16)
            chunk = self._take(size + 2)
            if chunk is None:
                return None
            if size == 0:
                return bytes(body)
            body += chunk[:-2]


def closed_port_url() -> str:
    """Return the URL of a 127.0.0.1 port that nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"

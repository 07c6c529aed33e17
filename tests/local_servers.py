"""Local HTTP servers on 127.0.0.1 and a free port: one playing an API's upstream (each path
serves what the test sets: a status, a media type and a body; the requests are recorded), one
serving a folder (a built site), and a raw one whose bytes a test writes itself (answers too
slow, too large, redirected or not HTTP at all)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Served:
    """What one path answers."""

    body: bytes
    content_type: str = "application/yaml"
    status: int = 200


@dataclass
class UpstreamServer:
    """The pages the server answers with, by path, and the paths it was asked for."""

    base_url: str
    pages: dict[str, Served] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        """Return the URL of ``path`` on this server."""
        return self.base_url + path


@contextmanager
def upstream_server() -> Iterator[UpstreamServer]:
    """Run the server in a thread for the block; unknown paths answer 404."""
    server_state = UpstreamServer("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server_state.requests.append(self.path)
            page = server_state.pages.get(self.path) or Served(b"not found", "text/plain", 404)
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            self.wfile.write(page.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Handler) as base_url:
        server_state.base_url = base_url
        yield server_state


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve the files of ``folder`` for the block; yield the base URL."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(partial(Quiet, directory=str(folder))) as base_url:
        yield base_url


@contextmanager
def serving(handler: Any) -> Iterator[str]:
    """Run an HTTP server with ``handler`` in a thread for the block; yield its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@dataclass
class RawServer:
    """A TCP server on 127.0.0.1 that answers with whatever bytes a test's function writes."""

    base_url: str
    stopping: threading.Event
    requests: list[bytes] = field(default_factory=list)
    """The head of every request read (request line and headers), in order."""

    def url(self, path: str) -> str:
        """Return the URL of ``path`` on this server."""
        return self.base_url + path


@contextmanager
def raw_server(answer: Callable[[socket.socket, RawServer], None]) -> Iterator[RawServer]:
    """Run the server for the block: each connection's request head is read and recorded,
    then ``answer(connection, server)`` writes what it likes (it should return once
    ``server.stopping`` is set); the connection is closed after it."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    state = RawServer(f"http://127.0.0.1:{listener.getsockname()[1]}", threading.Event())

    def serve(connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            head = b""
            try:
                while b"\r\n\r\n" not in head and len(head) < 65536:
                    chunk = connection.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                state.requests.append(head.partition(b"\r\n\r\n")[0])
                answer(connection, state)
            except OSError:  # the client went away, as the tests often want it to
                pass

    def accept() -> None:
        while not state.stopping.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stopping.set()
        thread.join(timeout=5)
        listener.close()

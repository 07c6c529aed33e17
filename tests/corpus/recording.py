"""An httpx transport that keeps every request a client sends and every answer it gets, so a
failing call can be reported as it happened on the wire.

OAuth2 client-credentials token URLs on another host are answered here (with
``tests.clients.credentials.TOKEN``): a test never leaves 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

from tests.clients.credentials import TOKEN

SHOWN_BYTES = 600
"""How much of a body a report shows."""


@dataclass(frozen=True)
class Exchange:
    """One request and the answer to it."""

    request: httpx.Request
    request_body: bytes
    status: int | None
    """None: the request never got an answer (the exception says why)."""
    headers: httpx.Headers
    body: bytes

    def describe(self) -> str:
        lines = [f"  request:  {self.request.method} {self.request.url}"]
        lines += [f"            {name}: {value}" for name, value in self.request.headers.items()]
        if self.request_body:
            lines.append(f"            body: {_shown(self.request_body)}")
        lines.append(f"  answer:   {'none' if self.status is None else self.status}")
        lines += [
            f"            {name}: {value}"
            for name, value in self.headers.items()
            if name.lower() in ("content-type", "sl-violations", "location")
        ]
        if self.body:
            lines.append(f"            body: {_shown(self.body)}")
        return "\n".join(lines)


class RecordingTransport(httpx.BaseTransport):
    """Sends requests over the network and records each exchange."""

    def __init__(self, token_urls: Iterable[str] = ()) -> None:
        self._network = httpx.HTTPTransport()
        self._token_urls = frozenset(token_urls)
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sent = request.read()
        url = str(request.url.copy_with(query=None))
        if request.method == "POST" and url in self._token_urls:
            status, headers = 200, httpx.Headers({"content-type": "application/json"})
            body = json.dumps(TOKEN).encode()
        else:
            try:
                response = self._network.handle_request(request)
            except httpx.TransportError:
                self.exchanges.append(Exchange(request, sent, None, httpx.Headers(), b""))
                raise
            try:
                body = b"".join(response.stream)  # type: ignore[arg-type]  # a sync stream
            finally:
                response.close()
            status, headers = response.status_code, response.headers
        self.exchanges.append(Exchange(request, sent, status, headers, body))
        # stream=, not content=: the client reads (and decodes) the body itself, as it would.
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))

    def close(self) -> None:
        self._network.close()


def _shown(body: bytes) -> str:
    text = body[:SHOWN_BYTES].decode("utf-8", "backslashreplace")
    return text + (f"... ({len(body)} bytes)" if len(body) > SHOWN_BYTES else "")

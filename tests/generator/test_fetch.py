"""The one fetch function (generator/fetch.py), against real misbehaving servers on 127.0.0.1:
one deadline for the whole fetch, the size cap, same-origin redirects only, answers that are
not HTTP; every refusal one line naming the URL, with nothing the server wrote in it."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.fetch import MAX_REDIRECTS, FetchError, fetch
from generator.reader import MAX_BYTES
from tests.local_servers import RawServer, Served, UpstreamServer, raw_server, upstream_server

OK_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/yaml\r\n"
DOCUMENT = b"openapi: 3.1.0\n"


def _refused(url: str, *, deadline: float = 5.0) -> str:
    with pytest.raises(FetchError) as raised:
        fetch(url, deadline=deadline)
    message = str(raised.value)
    assert "\n" not in message and url in message
    return message


def _answer(data: bytes) -> Callable[[socket.socket, RawServer], None]:
    def answer(connection: socket.socket, server: RawServer) -> None:
        connection.sendall(data)

    return answer


def _drip(head: bytes, *, every: float) -> Callable[[socket.socket, RawServer], None]:
    """Send ``head`` one byte at a time, then a body one byte at a time, forever."""

    def answer(connection: socket.socket, server: RawServer) -> None:
        for byte in (*head, *(b"a" * 10**6)):
            if server.stopping.wait(every):
                return
            connection.sendall(bytes([byte]))

    return answer


def test_a_document_is_fetched() -> None:
    with raw_server(_answer(OK_HEAD + b"Content-Length: 15\r\n\r\n" + DOCUMENT)) as server:
        fetched = fetch(server.url("/openapi.yaml"))
    assert (fetched.body, fetched.content_type) == (DOCUMENT, "application/yaml")
    assert server.requests[0].startswith(b"GET /openapi.yaml HTTP/1.1\r\n")


@pytest.mark.parametrize(
    "head",
    [OK_HEAD + b"Content-Length: 1000000\r\n\r\n", b"HTTP/1.1 200 OK\r\nX-Pad: " + b"p" * 100],
    ids=["body", "headers"],
)
def test_a_server_that_drips_is_cut_at_the_one_deadline(head: bytes) -> None:
    """A byte every 0.2 s keeps every single read short; the whole fetch is still cut."""
    with raw_server(_drip(head, every=0.2)) as server:
        started = time.monotonic()
        message = _refused(server.url("/slow"), deadline=1.5)
        elapsed = time.monotonic() - started
    assert message.endswith("took longer than 1.5 s: cut")
    assert 1.4 < elapsed < 3.0


def _silent(connection: socket.socket, server: RawServer) -> None:
    server.stopping.wait(30)


def test_a_server_that_never_answers_is_cut_at_the_deadline() -> None:
    with raw_server(_silent) as server:
        assert _refused(server.url("/"), deadline=1).endswith("took longer than 1 s: cut")


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "until-close"])
def test_a_body_over_the_cap_is_refused(declared: bool) -> None:
    size = MAX_BYTES + 1
    length = f"Content-Length: {size}\r\n".encode() if declared else b""

    def answer(connection: socket.socket, server: RawServer) -> None:
        connection.sendall(OK_HEAD + length + b"\r\n")
        block = b"x" * 2**20
        for _ in range(size // len(block) + 1):
            connection.sendall(block)

    with raw_server(answer) as server:
        message = _refused(server.url("/big"))
    assert "more than 32 MiB" in message


@pytest.mark.parametrize(
    "greeting",
    [
        b"220 ftp.example FTP server ready <script>alert(1)</script>\r\n",
        b"SSH-2.0-OpenSSH_9.6 ![x](https://evil.example/x.png)\r\n",
        b"\x00\x01\x02binary\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"X: " + b"y" * 70000 + b"\r\n\r\n",
    ],
    ids=["ftp", "ssh", "binary", "huge-header"],
)
def test_a_server_that_does_not_speak_http_is_refused_without_its_words(greeting: bytes) -> None:
    with raw_server(_answer(greeting)) as server:
        message = _refused(server.url("/spec.yaml"))
    assert message == f"{server.url('/spec.yaml')} did not answer in HTTP: not read"


def test_a_server_that_closes_without_answering() -> None:
    with raw_server(_answer(b"")) as server:
        assert _refused(server.url("/")).endswith("closed the connection without answering")


def test_an_error_status_is_named_by_its_standard_phrase_only() -> None:
    answer = b"HTTP/1.1 503 Pwned [click](https://evil.example)\r\nContent-Length: 0\r\n\r\n"
    with raw_server(_answer(answer)) as server:
        assert (
            _refused(server.url("/")) == f"{server.url('/')} answered HTTP 503 Service Unavailable"
        )


def test_an_empty_body_is_refused() -> None:
    with upstream_server() as server:
        server.pages["/empty"] = Served(b"  \n")
        assert _refused(server.url("/empty")).endswith("sent an empty body")


def test_a_closed_port_cannot_be_reached() -> None:
    with upstream_server() as gone:
        url = gone.url("/openapi.yaml")
    assert _refused(url) == f"cannot reach {url}: connection refused"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://127.0.0.1/spec.yaml", "is not an http(s) URL"),
        ("file:///etc/passwd", "is not an http(s) URL"),
        ("http:///nohost", "is not an http(s) URL"),
        ("http://user:secret@127.0.0.1/x", "has credentials in it"),
        ("http://127.0.0.1:notaport/x", "is not a valid URL"),
    ],
)
def test_urls_other_than_plain_http_are_refused_before_any_connection(
    url: str, reason: str
) -> None:
    assert reason in _refused(url)


def _redirect(location: str, status: int = 302) -> Callable[[socket.socket, RawServer], None]:
    return _answer(
        f"HTTP/1.1 {status} Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode()
    )


def test_a_redirect_on_the_same_origin_is_followed() -> None:
    def answer(connection: socket.socket, server: RawServer) -> None:
        if server.requests[-1].startswith(b"GET /old "):
            _redirect("/new?x=1", 301)(connection, server)
        else:
            _answer(OK_HEAD + b"Content-Length: 15\r\n\r\n" + DOCUMENT)(connection, server)

    with raw_server(answer) as server:
        assert fetch(server.url("/old")).body == DOCUMENT
    assert [request.split(b"\r\n")[0] for request in server.requests] == [
        b"GET /old HTTP/1.1",
        b"GET /new?x=1 HTTP/1.1",
    ]


def test_a_redirect_loop_is_cut() -> None:
    with raw_server(_redirect("/again")) as server:
        assert _refused(server.url("/again")).endswith(f"redirects more than {MAX_REDIRECTS} times")
    assert len(server.requests) == MAX_REDIRECTS + 1


_ELSEWHERE = st.one_of(
    st.builds(
        "{}://{}{}/{}".format,
        st.sampled_from(["http", "ftp", "https", "file", "gopher", "javascript", "ws", "HTTP"]),
        st.sampled_from(["127.0.0.1", "localhost", "evil.example", "[::1]", "127.0.0.1.nip.io"]),
        # OTHER: the port of the other server, where a followed redirect would be seen
        st.sampled_from(["", ":21", ":443", ":8080", ":0", ":OTHER"]),
        st.text(alphabet="abc/._-%", max_size=10),
    ),
    st.sampled_from(["//evil.example/spec", "//127.0.0.1:OTHER/x", "ftp:spec.yaml"]),
)


@dataclass
class Redirecting:
    """A server that redirects every request to ``location``, and another one on 127.0.0.1."""

    server: RawServer
    other: UpstreamServer
    location: str = "/"


@pytest.fixture(scope="module")
def redirecting() -> Iterator[Redirecting]:
    with upstream_server() as other:
        holder: list[Redirecting] = []

        def answer(connection: socket.socket, server: RawServer) -> None:
            _redirect(holder[0].location)(connection, server)

        with raw_server(answer) as server:
            holder.append(Redirecting(server, other))
            yield holder[0]


@settings(max_examples=100, deadline=None)
@given(target=_ELSEWHERE)
def test_a_redirect_to_another_origin_is_refused_unfollowed(
    redirecting: Redirecting, target: str
) -> None:
    """Another scheme, host or port: refused in one line before any connection to it (the
    other server on 127.0.0.1 is never asked; a host name is never even resolved)."""
    redirecting.location = target.replace("OTHER", redirecting.other.base_url.rsplit(":", 1)[1])
    url = redirecting.server.url("/spec.yaml")
    with pytest.raises(FetchError) as raised:
        fetch(url)
    message = str(raised.value)
    assert message.startswith(f"{url} redirects to ")
    assert message.endswith(", another scheme or host: not followed")
    assert "\n" not in message
    assert redirecting.other.requests == []


def test_a_redirect_to_the_other_port_of_the_same_host_is_refused() -> None:
    with upstream_server() as other:
        other.pages["/spec.yaml"] = Served(DOCUMENT)
        with raw_server(_redirect(other.url("/spec.yaml"))) as server:
            message = _refused(server.url("/"))
    assert message == (
        f"{server.url('/')} redirects to {other.base_url}, another scheme or host: not followed"
    )
    assert other.requests == []

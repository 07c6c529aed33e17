"""Misbehaving upstreams (raw servers on 127.0.0.1) against ``make update`` and ``diff OLD
URL``: one that drips a byte at a time, one that sends 400 MB, one that answers with an FTP
greeting, one that redirects to ftp:// or another host. Each is refused in one line naming
the URL; nothing the server wrote reaches the report; nothing in the tree changes; the diff
exits 2."""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import fetch as fetch_module
from generator.config import ClientSpec, load_config
from generator.diff.cli import EXIT_BAD_INPUT, Options, execute
from generator.regenerate import regenerate
from generator.update import update_client, write_reports
from tests.local_servers import RawServer, raw_server

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TINY = (FIXTURES / "tiny.yaml").read_bytes()
GREETING = b"220 ProFTPD Server (upstream) [::ffff:10.0.0.1] ![x](https://evil.example/p.png)"


def _drip(connection: socket.socket, server: RawServer) -> None:
    """Headers promising a whole spec, then one byte every 0.3 s."""
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
    while not server.stopping.wait(0.3):
        connection.sendall(b"a")


def _huge(connection: socket.socket, server: RawServer) -> None:
    """400 MB, without a length: until the client stops reading."""
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/yaml\r\n\r\n")
    block = b"# " + b"x" * (2**20 - 3) + b"\n"
    for _ in range(400):
        connection.sendall(block)


def _ftp(connection: socket.socket, server: RawServer) -> None:
    connection.sendall(GREETING + b"\r\n")


def _redirect(location: str) -> Callable[[socket.socket, RawServer], None]:
    def answer(connection: socket.socket, server: RawServer) -> None:
        connection.sendall(
            f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode()
        )

    return answer


UPSTREAMS: dict[str, tuple[Callable[[socket.socket, RawServer], None], str]] = {
    "drip": (_drip, "took longer than 2 s: cut"),
    "400-MB": (_huge, "sent more than 32 MiB: cut"),
    "ftp-greeting": (_ftp, "did not answer in HTTP: not read"),
    "redirect-to-ftp": (
        _redirect("ftp://127.0.0.1/pub/openapi.yaml"),
        "redirects to ftp://127.0.0.1, another scheme or host: not followed",
    ),
    "redirect-to-another-host": (
        _redirect("http://169.254.169.254/latest/meta-data/"),
        "redirects to http://169.254.169.254, another scheme or host: not followed",
    ),
}
CASES = sorted(UPSTREAMS)


@pytest.fixture(autouse=True)
def short_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module, "DEADLINE", 2.0)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ClientSpec, Path]]:
    """The tiny API, generated; its config's upstream is set by each test."""
    root = tmp_path_factory.mktemp("project")
    (root / "specs").mkdir()
    (root / "specs" / "tiny.yaml").write_bytes(TINY)
    config = root / "specs" / "tiny.config.yaml"
    config.write_text((FIXTURES / "tiny.config.yaml").read_text())
    regenerate([load_config(config)], root / "generated")
    yield load_config(config), root


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for part in ("specs", "changelogs", "generated")
        for path in sorted((root / part).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_update_refuses_a_misbehaving_upstream_and_changes_nothing(
    project: tuple[ClientSpec, Path], tmp_path: Path, case: str
) -> None:
    _, root = project
    answer, says = UPSTREAMS[case]
    with raw_server(answer) as server:
        url = server.url("/openapi.yaml")
        config = root / "specs" / "tiny.config.yaml"
        config.write_text(
            (FIXTURES / "tiny.config.yaml").read_text()
            + f"upstream:\n  url: {url}\n  kind: openapi\n"
            + f"  sha256: {hashlib.sha256(TINY).hexdigest()}\n"
        )
        before = _tree(root)
        outcome = update_client(load_config(config), root / "generated")
    assert outcome.status == "failed"
    assert outcome.message == f"{url} {says}"
    assert _tree(root) == before
    write_reports([outcome], tmp_path)
    report = (tmp_path / "tiny.md").read_text() + (tmp_path / "tiny.json").read_text()
    assert "ProFTPD" not in report and "evil.example" not in report
    assert json.loads((tmp_path / "tiny.json").read_text())["status"] == "failed"


@pytest.mark.parametrize("case", CASES)
def test_diff_of_a_misbehaving_url_exits_2_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    (tmp_path / "old.yaml").write_bytes(TINY)
    answer, says = UPSTREAMS[case]
    with raw_server(answer) as server:
        url = server.url("/new.yaml")
        status = execute(Options(documents=(str(tmp_path / "old.yaml"), url)), [], tmp_path, {})
    assert status == EXIT_BAD_INPUT
    assert capsys.readouterr().err == f"error: {url} {says}\n"

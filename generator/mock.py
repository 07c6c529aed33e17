"""``make mock API=<name>``: a Prism mock server of one API on 127.0.0.1, serving its
*effective* spec (the overlays applied: what the generated client was made from), and the
environment variables that point the client at it.

Prism (``@stoplight/prism-cli``, pinned in package.json, installed by the Makefile) answers
every operation with the spec's examples (or, with ``--dynamic``, random data that matches the
schemas) and refuses requests that break the spec, saying why.
"""

from __future__ import annotations

import copy
import datetime
import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from generator.auth import resolve_security
from generator.config import ClientSpec
from generator.paths import ROOT
from generator.references import holds_ref
from generator.specs import iter_objects, iter_operations, load_spec

PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0


class MockError(Exception):
    """Prism is missing, or did not start."""


def write_effective_spec(client: ClientSpec, path: Path) -> None:
    """Write the client's spec with its overlays applied, as JSON (Prism's input).

    YAML reads an unquoted ``2024-01-02`` as a date, which JSON cannot hold: dates and
    date-times are written back as the ISO strings they were in the document. What Prism 5
    cannot serve is left out: examples whose value holds a ``$ref`` key (it follows it); vendor
    extensions (``x-...``: OpenAPI gives them no meaning, and Prism follows the ``$ref``s in
    them too, Dropbox Sign's code samples name files it does not have); security schemes it
    refuses to serve (an HTTP scheme other than Basic, Bearer and Digest; mutual TLS), with the
    alternatives that use them, so it checks no credential of theirs.
    """
    document = copy.deepcopy(load_spec(client).document)
    components = document.get("components") or {}
    examples = components.get("examples") or {}
    refused = {
        f"#/components/examples/{n}" for n, e in examples.items() if holds_ref(e.get("value"))
    }
    for _, node in iter_objects(document):
        for key in list(node):
            if str(key).startswith("x-") or (key == "example" and holds_ref(node[key])):
                node.pop(key)
        if isinstance(node.get("examples"), dict):
            node["examples"] = {
                name: example
                for name, example in node["examples"].items()
                if not (holds_ref(example.get("value")) or example.get("$ref") in refused)
            }
    for reference in refused:
        examples.pop(reference.rpartition("/")[2])
    _without_schemes_prism_refuses(document)
    path.write_text(json.dumps(document, default=_iso), encoding="utf-8")


_PRISM_HTTP_SCHEMES = frozenset({"basic", "bearer", "digest"})


def _without_schemes_prism_refuses(document: dict[str, Any]) -> None:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    refused = {
        name
        for name, scheme in schemes.items()
        if scheme.get("type") not in ("apiKey", "http", "oauth2", "openIdConnect")
        or (
            scheme.get("type") == "http"
            and str(scheme.get("scheme", "")).lower() not in _PRISM_HTTP_SCHEMES
        )
    }
    if not refused:
        return
    for name in refused:
        schemes.pop(name)
    holders = [document, *(op for _, _, op in iter_operations(document))]
    for holder in holders:
        if isinstance(holder.get("security"), list):
            holder["security"] = [
                alternative for alternative in holder["security"] if not set(alternative) & refused
            ]


def prism_command(spec_file: Path, port: int, *, dynamic: bool = False) -> list[str]:
    """The command that serves ``spec_file`` on 127.0.0.1:``port``."""
    return [
        str(PRISM),
        "mock",
        *(["--dynamic"] if dynamic else []),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        str(spec_file),
    ]


def environment(client: ClientSpec, url: str) -> list[str]:
    """``NAME=value`` lines that point the client at ``url``, with placeholder credentials
    (Prism checks that a credential is sent, not what it is)."""
    document = load_spec(client).document
    keys = {(path, method): f"{method} {path}" for path, method, _ in iter_operations(document)}
    security = resolve_security(client, document, keys)
    used = [scheme for scheme in security.used if scheme.derived_from is None]
    variables = [f"{client.env_prefix}_BASE_URL={url}"]
    if used:
        variables += [f"{a.env}=mock-{a.name}" for a in used[0].arguments if a.env]
    return variables


def serve(
    client: ClientSpec,
    port: int | None = None,
    *,
    dynamic: bool = False,
    say: Callable[[str], None] | None = None,
) -> int:
    """Serve ``client``'s effective spec with Prism until interrupted (Ctrl-C or SIGTERM);
    return Prism's exit status."""
    say = say or _say
    if not PRISM.exists():
        raise MockError(f"{PRISM.relative_to(ROOT)} is missing: run `make mock` (it runs npm ci)")
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix=f"mock-{client.name}-") as folder:
        spec_file = Path(folder) / f"{client.name}.json"
        write_effective_spec(client, spec_file)
        sources = " + ".join(client.relative(p) for p in (client.spec, *client.overlays))
        say(f"mock: serving {sources} ({'random data' if dynamic else 'examples'}) on {url}")
        process = subprocess.Popen(prism_command(spec_file, port, dynamic=dynamic))
        signal.signal(signal.SIGTERM, _exit)
        try:
            _wait_until_listening(process, port)
            variables = environment(client, url)
            say(
                f"mock: ready. Point {client.class_name} at it (Ctrl-C stops the mock):\n"
                f"  export {' '.join(variables)}\n"
                f"  or {client.class_name}(base_url={url!r}, ...)"
            )
            return process.wait()
        except KeyboardInterrupt:
            return 0
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_listening(process: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise MockError(f"Prism exited with status {process.returncode} (see above)")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise MockError(f"Prism did not listen on port {port} within {STARTUP_TIMEOUT:.0f} s")


def _say(line: str) -> None:
    print(line, flush=True)  # at once, also into a pipe: the URL is what the reader waits for


def _exit(signum: int, frame: FrameType | None) -> None:
    sys.exit(0)  # SIGTERM: stop Prism as Ctrl-C does (the finally above)


def _iso(value: object) -> str:
    if isinstance(value, datetime.date):  # datetime.datetime is a date too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} has no JSON form")

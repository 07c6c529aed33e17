"""Security schemes the client can send are sent; one it cannot send is left out of every
alternative with a located warning, never refusing the API; an HTTP scheme other than Basic and
Bearer is sent as ``Authorization: <scheme> <credential>``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.generator.test_generate import CLIENT_CLASSES, Generate, generate

__all__ = ["generate"]  # the fixture, shared with test_generate.py


def _operation(operation_id: str, security: list[dict[str, list[str]]]) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "tags": ["things"],
            "security": security,
            "responses": {"204": {"description": "None"}},
        }
    }


DOCUMENT = {
    "paths": {
        "/either": _operation("getEither", [{"mtls": []}, {"dsn": []}]),
        "/certificate": _operation("getCertificate", [{"mtls": []}]),
        "/key": _operation("getKey", [{"dsn": [], "key": []}]),
    },
    "components": {
        "securitySchemes": {
            "dsn": {"type": "http", "scheme": "DSN"},
            "mtls": {"type": "mutualTLS"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        }
    },
}


@pytest.fixture
def package(generate: Generate, capsys: Any) -> Any:
    generated: Any = generate(DOCUMENT)
    generated.warnings = capsys.readouterr().err  # what generating it printed
    return generated


def _sent(package: Any, **credentials: str) -> tuple[Any, list[httpx.Request]]:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(204)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client_class = getattr(package, CLIENT_CLASSES[package.__name__])
    return client_class(base_url="https://small.example", http_client=http, **credentials), requests


def test_a_custom_http_scheme_is_sent_with_its_name(package: Any) -> None:
    client, sent = _sent(package, dsn_credential="dsn-1", key="k-1")
    client.things.get_either()
    client.things.get_key()
    assert [r.headers.get("authorization") for r in sent] == ["DSN dsn-1", "DSN dsn-1"]
    assert sent[1].headers["x-key"] == "k-1"
    assert "dsn-1" not in repr(package.HTTPScheme("DSN", "dsn-1"))


def test_the_custom_credential_is_read_from_the_environment(
    package: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEN0_DSN_CREDENTIAL", "from-env")
    client, sent = _sent(package)
    client.things.get_either()
    assert sent[0].headers["authorization"] == "DSN from-env"


def test_a_scheme_the_client_cannot_send_is_left_out_with_a_warning(package: Any) -> None:
    assert "gen0.yaml" in package.warnings
    assert (
        "at #/components/securitySchemes/mtls: the client cannot send 'mtls' (type 'mutualTLS'"
        in package.warnings
    )
    client, sent = _sent(package, dsn_credential="dsn-1")
    client.things.get_certificate()  # its only alternative is left out: nothing to send
    assert "authorization" not in sent[0].headers

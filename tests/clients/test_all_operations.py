"""Every operation of every registered client, called through its generated package against respx.

Asserts the request that went out (method, path with parameters substituted, query, header and
cookie parameters, body, and the credentials its security requirement asks for) and the model
that came back, for a minimal valid response built from the spec.
"""

from __future__ import annotations

import json
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import respx

from generator.registry import CLIENTS
from tests.clients.credentials import TOKEN, DummyCredentials, dummy_credentials, make_client
from tests.clients.credentials import token_url as absolute_token_url
from tests.clients.operation_cases import (
    OperationCase,
    RequestBody,
    expected_modules,
    generated_modules,
    operation_cases,
)
from tests.clients.spec_examples import BINARY, example

BASE_URL = "https://api.example.test/v1"
CASES = operation_cases()
CREDENTIALS: dict[str, DummyCredentials] = {}
for _case in CASES:
    if _case.client.name not in CREDENTIALS:
        CREDENTIALS[_case.client.name] = dummy_credentials(_case.client, _case.document)


def _to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_every_operation_of_the_spec_has_a_generated_function(client: Any) -> None:
    """The generated modules are exactly the spec's operations, named as the generator names
    them: none missing, none extra."""
    modules = generated_modules(client.output_dir / client.package_name)
    assert modules == expected_modules(CASES, client)
    assert modules, f"{client.name}: no operation generated"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_operation_request_and_response(case: OperationCase) -> None:
    success = case.success()
    json_schema = case.success_json_schema()
    sent = CREDENTIALS[case.client.name].expected(case.key)
    with respx.mock(assert_all_called=False) as router:
        token_routes = [
            router.post(absolute_token_url(url, BASE_URL)).mock(
                return_value=httpx.Response(200, json=TOKEN)
            )
            for url in sent.token_urls
        ]
        if json_schema is not None:
            body = example(case.document, json_schema, "response")
            answer = httpx.Response(success.status, json=body)
        elif success.media_type is not None:
            body = BINARY
            answer = httpx.Response(
                success.status, content=body, headers={"Content-Type": success.media_type}
            )
        else:
            body = None
            answer = httpx.Response(success.status)
        router.route().mock(return_value=answer)
        client = make_client(case.client, CREDENTIALS[case.client.name], BASE_URL)
        response = case.module.sync_detailed(client=client, **case.call_arguments())
        request = router.calls.last.request

    assert all(route.call_count == 1 for route in token_routes), "no token was fetched"
    assert request.method == case.method.upper()
    assert request.url.path == case.expected_url_path(urlsplit(BASE_URL).path)
    assert sorted(request.url.params.multi_items()) == sorted(
        [*case.expected_query(), *sent.params.items()]
    )
    for name, value in case.expected_parameters("header").items():
        assert request.headers.get(name) == value, name
    assert _cookies(request) == {**case.expected_parameters("cookie"), **sent.cookies}
    assert request.headers.get("Authorization") == sent.headers.get("Authorization")
    for name, value in sent.headers.items():
        assert request.headers.get(name) == value, name
    _assert_body(case.request_body, request)
    assert response.status_code == success.status
    if body is None:
        assert response.parsed is None
    elif json_schema is not None:
        assert _to_json(response.parsed) == body
    else:
        parsed = response.parsed
        payload = parsed.payload.read() if hasattr(parsed, "payload") else parsed
        assert payload in (BINARY, BINARY.decode()), parsed


def _cookies(request: httpx.Request) -> dict[str, str]:
    cookie: SimpleCookie = SimpleCookie(request.headers.get("Cookie", ""))
    return {name: morsel.value for name, morsel in cookie.items()}


def _assert_body(body: RequestBody | None, request: httpx.Request) -> None:
    """The request carries the body in the media type the case chose."""
    content_type = request.headers.get("Content-Type", "")
    if body is None:
        assert request.content == b""
    elif body.kind == "json":
        assert json.loads(request.content) == body.value
        assert content_type == body.media_type
    elif body.kind == "data":
        assert content_type == "application/x-www-form-urlencoded"
        assert dict(parse_qsl(request.content.decode())) == {
            key: str(value) for key, value in body.value.items()
        }
    elif body.kind == "files":
        assert content_type.startswith("multipart/form-data; boundary=")
        for name in body.value:
            assert f'name="{name}"'.encode() in request.content, name
    else:
        assert request.content == BINARY
        assert content_type == body.media_type

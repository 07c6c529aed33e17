"""Every operation of every client, called through its generated package against respx.

Asserts the request that went out (method, path with parameters substituted, query, JSON
body) and the model that came back, for a minimal valid response built from the spec.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from typing import Any

import httpx
import pytest
import respx

from generator.registry import CLIENTS
from tests.clients.spec_examples import OperationCase, example, make_client, operation_cases

BASE_URL = "https://api.example.test/v1"
CASES = operation_cases()


def _to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def test_every_operation_of_every_spec_has_a_generated_function() -> None:
    counts = Counter(case.client.name for case in CASES)
    for client in CLIENTS:
        package = client.output_dir / client.package_name / "api"
        modules = [p for p in package.glob("*/*.py") if p.name != "__init__.py"]
        assert len(modules) == counts[client.name], client.name
    assert counts == {"planetscale": 60, "planship": 26}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_operation_request_and_response(case: OperationCase) -> None:
    status, schema = case.success()
    body = None if schema is None else example(case.document, schema, "response")
    with respx.mock(assert_all_called=False) as router:
        if case.path != TOKEN_PATH:  # the OAuth2 token the client fetches first
            router.post(BASE_URL + TOKEN_PATH).mock(return_value=httpx.Response(200, json=TOKEN))
        router.route().mock(
            return_value=httpx.Response(status, json=body)
            if body is not None
            else httpx.Response(status)
        )
        client = make_client(case.client, BASE_URL)
        request_json = case.request_json()
        response = case.module.sync_detailed(client=client, **case.call_arguments())
        request = router.calls.last.request

    assert request.method == case.method.upper()
    assert request.url.path == case.expected_url_path("/v1")
    assert dict(request.url.params) == case.expected_query()
    if request_json is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == request_json
    assert request.headers.get("Authorization") == _expected_authorization(case)
    assert response.status_code == status
    if body is None:
        assert response.parsed is None
    else:
        assert _to_json(response.parsed) == body


TOKEN_PATH = "/api/v1/auth/token"
TOKEN = {"access_token": "planship-token", "token_type": "bearer", "expires_in": 3600}


def _expected_authorization(case: OperationCase) -> str | None:
    """What the operation's security requirement says the Authorization header must be."""
    requirements = case.operation.get("security", case.document.get("security"))
    if not requirements:
        return None
    schemes = case.document["components"]["securitySchemes"]
    kind = schemes[next(iter(requirements[0]))]
    if kind["type"] == "apiKey":
        return "ServiceToken token-id:token-secret"
    if kind["type"] == "oauth2":
        return "Bearer planship-token"
    return "Basic " + base64.b64encode(b"client-id:client-secret").decode()

"""Non-2xx answers become typed exceptions carrying the request, the response and its body."""

from __future__ import annotations

import json
from http import HTTPStatus

import httpx
import pytest
import respx
from planship_client import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestOptions,
    UnexpectedStatus,
    UnprocessableEntityError,
)
from planship_client.api.customers import create_customer
from planship_client.api.products import get_product, list_products
from planship_client.models import HTTPValidationError, IdNameSlugOrmBase
from planship_client.models import OrganizationCustomerCreate as NewCustomer

from tests.clients.planship.conftest import ClientFactory
from tests.clients.planship.support import (
    BASE_URL,
    CUSTOMERS_URL,
    MODES,
    PRODUCTS_URL,
    SleepRecorder,
    invoke,
    invoke_detailed,
    product,
)

VALIDATION_BODY = {
    "detail": [{"loc": ["body", "name"], "msg": "field required", "type": "value_error.missing"}]
}
VALIDATION_RAW = json.dumps(VALIDATION_BODY, indent=1).encode()
JSON = {"Content-Type": "application/json"}
NO_RETRIES = RequestOptions(max_retries=0)


@pytest.mark.parametrize("mode", MODES)
def test_422_raises_unprocessable_entity_with_the_parsed_validation_error(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = router.post(CUSTOMERS_URL).mock(
        return_value=httpx.Response(
            422, content=VALIDATION_RAW, headers={**JSON, "X-Request-Id": "r-422"}
        )
    )
    body = NewCustomer(email="ada@example.com")

    with pytest.raises(UnprocessableEntityError) as caught:
        invoke(mode, make_client(), create_customer, body=body)

    error = caught.value
    assert route.call_count == 1
    assert json.loads(route.calls.last.request.content) == {
        "name": "",
        "email": "ada@example.com",
    }
    assert route.calls.last.request.headers["Content-Type"] == "application/json"
    assert error.status_code == 422
    assert isinstance(error.body, HTTPValidationError)
    assert error.body == HTTPValidationError.from_dict(VALIDATION_BODY)
    detail = error.body.detail
    assert isinstance(detail, list)
    assert detail[0].msg == "field required"
    assert detail[0].loc == ["body", "name"]
    assert detail[0].type_ == "value_error.missing"
    assert error.method == "POST"
    assert error.url == httpx.URL(CUSTOMERS_URL)
    assert error.headers["X-Request-Id"] == "r-422"
    assert error.content == VALIDATION_RAW
    assert error.response.status_code == 422
    assert str(error).startswith(f"422 Unprocessable Entity from POST {CUSTOMERS_URL}")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(404, json={"detail": "Not Found"}),
        httpx.Response(404, text="no such product", headers={"Content-Type": "text/plain"}),
    ],
    ids=["json-detail-string", "plain-text"],
)
def test_404_raises_not_found_keeping_the_raw_content(
    mode: str,
    answer: httpx.Response,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
) -> None:
    route = router.get(f"{PRODUCTS_URL}/gizmo").mock(return_value=answer)

    with pytest.raises(NotFoundError) as caught:
        invoke(mode, make_client(), get_product, "gizmo")

    error = caught.value
    assert route.call_count == 1  # a 404 is not retried
    assert error.status_code == 404
    assert error.body is None
    assert error.content == answer.content
    assert error.method == "GET"
    assert error.url == httpx.URL(f"{PRODUCTS_URL}/gizmo")


@pytest.mark.parametrize("mode", MODES)
def test_500_after_retries_raises_internal_server_error(
    mode: str,
    router: respx.MockRouter,
    token_route: respx.Route,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
) -> None:
    route = router.get(PRODUCTS_URL).mock(return_value=httpx.Response(500, text="boom"))

    with pytest.raises(InternalServerError) as caught:
        invoke(mode, make_client(), list_products)

    assert route.call_count == 3
    assert caught.value.status_code == 500
    assert caught.value.content == b"boom"
    assert (sleeps.calls if mode == "sync" else sleeps.async_calls) == [0.5, 1.0]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, UnexpectedStatus),
    ],
)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.usefixtures("token_route")
def test_each_status_has_its_exception_class(
    mode: str,
    status: int,
    expected: type[APIStatusError],
    router: respx.MockRouter,
    make_client: ClientFactory,
) -> None:
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(status, json={"detail": "x"}))

    with pytest.raises(APIStatusError) as caught:
        invoke(mode, make_client(), list_products, options=NO_RETRIES)

    assert type(caught.value) is expected
    assert isinstance(caught.value, APIError)
    assert caught.value.status_code == status


def test_every_status_error_class_is_an_api_status_error() -> None:
    classes = [
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
        UnexpectedStatus,
    ]
    for cls in classes:
        assert issubclass(cls, APIStatusError)
        assert issubclass(cls, APIError)


@pytest.mark.parametrize("mode", MODES)
def test_detailed_call_returns_status_headers_content_and_model(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    payload = [product(0), product(1)]
    raw = json.dumps(payload, indent=2).encode()
    router.get(PRODUCTS_URL).mock(
        return_value=httpx.Response(200, content=raw, headers={**JSON, "X-Total-Count": "2"})
    )

    response = invoke_detailed(mode, make_client(), list_products, limit=2)

    assert response.status_code == HTTPStatus.OK
    assert response.headers["X-Total-Count"] == "2"
    assert response.content == raw
    assert response.parsed == [IdNameSlugOrmBase.from_dict(item) for item in payload]


@pytest.mark.parametrize("mode", MODES)
def test_malformed_success_body_raises_response_validation_error(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(200, json=[{"id": "not-a-uuid"}]))

    with pytest.raises(APIResponseValidationError) as caught:
        invoke(mode, make_client(), list_products)

    assert "IdNameSlugOrmBase" in caught.value.model
    assert caught.value.problem.startswith("ValueError")


def test_base_url_in_error_is_the_configured_one(
    router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    router.get(f"{BASE_URL}/api/v1/products/a%2Fb").mock(return_value=httpx.Response(404))

    with pytest.raises(NotFoundError) as caught:
        get_product.sync("a/b", client=make_client())

    assert caught.value.url == httpx.URL(f"{BASE_URL}/api/v1/products/a%2Fb")
    assert caught.value.content == b""
    assert str(caught.value) == f"404 Not Found from GET {BASE_URL}/api/v1/products/a%2Fb"

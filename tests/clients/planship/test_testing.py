"""planship_client.testing: the spec-checked stub, with the sync and the async client.

Planship's client fetches an OAuth2 token before its calls and pages with skip/limit over
top-level arrays: the stub answers the token exchange itself and serves pages as Planship does.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from typing import Any

import msgspec
import pytest
from planship_client import (
    AsyncPlanshipClient,
    AuthenticationError,
    PlanshipClient,
    RequestOptions,
    UnprocessableEntityError,
)
from planship_client.api.customer_subscriptions import (
    create_plan_subscription_for_customer as create_subscription,
)
from planship_client.api.customer_subscriptions import (
    modify_customer_plan_subscription as modify_subscription,
)
from planship_client.api.metered_usage import report_metered_usage_for_customer as report_usage
from planship_client.models import (
    Customer,
    HTTPValidationError,
    IdNameSlugOrmBase,
    MeteredUsageIn,
    Product,
    SubscriptionCreate,
    SubscriptionUpdateWithSlugs,
    ValidationError,
)
from planship_client.testing import PlanshipStub, StubError
from planship_client.types import UNSET

from tests.clients.stubbed import MODES, Use, call_with, functional, refusal

PRODUCT_ID = uuid.UUID("6f1c2f1e-3b53-4c1e-9e1a-0c6a4f8f3b10")
ORGANIZATION_ID = uuid.UUID("0b9a1f7e-5a1c-4a55-8a5e-1f2d3c4b5a69")


def run(mode: str, use: Use) -> Any:
    return call_with(
        mode,
        lambda: PlanshipClient(client_id="app", client_secret="s3cret"),
        lambda: AsyncPlanshipClient(client_id="app", client_secret="s3cret"),
        use,
    )


def product(slug: str) -> Product:
    return Product(name=slug.title(), organization_id=ORGANIZATION_ID, slug=slug, id=PRODUCT_ID)


def listed(slug: str) -> IdNameSlugOrmBase:
    """A product as the list of products has it."""
    return IdNameSlugOrmBase(id=PRODUCT_ID, name=slug.title(), slug=slug)


@pytest.mark.parametrize("mode", MODES)
def test_the_token_exchange_is_answered_and_the_call_recorded(mode: str) -> None:
    with PlanshipStub() as stub:
        stub.products.get.returns(product("shop"))

        found = run(mode, lambda c: c.products.get("shop"))

    assert found == product("shop")
    (call,) = stub.calls  # the token exchange is the client's business, not a call
    assert call.method == "products.get"
    assert call.kwargs == {"slug": "shop"}
    assert call.request.headers["Authorization"] == "Bearer stub-access-token"


@pytest.mark.parametrize("mode", MODES)
def test_a_stubbed_401_answers_the_refreshed_attempt_too(mode: str) -> None:
    with PlanshipStub() as stub:
        stub.products.get.raises(AuthenticationError)

        with pytest.raises(AuthenticationError) as refused:
            run(mode, lambda c: c.products.get("shop"))

    assert refused.value.status_code == 401
    assert len(stub.products.get.calls) == 1


def test_the_token_operation_itself_is_stubbed_like_any_other() -> None:
    with PlanshipStub() as stub, PlanshipClient(client_id="app", client_secret="s3cret") as client:
        token = stub.auth.get_access_token.example(access_token="issued")
        stub.auth.get_access_token.returns(token)

        assert client.auth.get_access_token() == token

    assert stub.auth.get_access_token.calls[0].request.headers["Authorization"].startswith("Basic ")


@pytest.mark.parametrize("mode", MODES)
def test_body_fields_are_recorded_as_the_keyword_arguments_they_were(mode: str) -> None:
    with PlanshipStub() as stub:
        stub.customers.create.returns(stub.customers.create.example())

        run(
            mode,
            lambda c: c.customers.create(name="Ann", email="ann@example.com", metadata={"tier": 2}),
        )

    assert stub.customers.create.calls[0].kwargs == {
        "metadata": {"tier": 2},
        "name": "Ann",
        "email": "ann@example.com",
    }


@pytest.mark.parametrize("mode", MODES)
def test_pages_are_served_with_skip_and_limit(mode: str) -> None:
    products = [listed(slug) for slug in ("a", "b", "c")]
    with PlanshipStub() as stub:
        stub.products.list.pages([products[:2], products[2:]])

        items = run(mode, lambda c: c.products.list(limit=2))

    assert items == products
    assert [call.kwargs for call in stub.products.list.calls] == [
        {"limit": 2, "skip": 0},
        {"limit": 2, "skip": 2},
    ]


@pytest.mark.parametrize("mode", MODES)
def test_a_full_last_page_is_followed_by_the_empty_page_planship_sends(mode: str) -> None:
    with PlanshipStub() as stub:
        stub.products.list.pages([[listed("a")], [listed("b")]])

        items = run(mode, lambda c: c.products.list(limit=1))

    assert [p.slug for p in items] == ["a", "b"]
    assert [call.kwargs["skip"] for call in stub.products.list.calls] == [0, 1, 2]


@pytest.mark.parametrize("mode", MODES)
def test_pages_shorter_than_the_limit_asked_for_are_refused(mode: str) -> None:
    with PlanshipStub(allow_unused=True) as stub:
        stub.products.list.pages([[listed("a"), listed("b")], [listed("c")]])

        with pytest.raises(StubError) as refused:
            run(mode, lambda c: c.products.list())
        stub.failures.clear()

    assert str(refused.value) == (
        "client.products.list: page 1 of 2 holds 2 items but the request asked for limit=100: "
        "the client reads a shorter page as the last one. Stub pages of 100 items, or call "
        "with limit=2"
    )


NOW = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
FORBIDDEN_REQUESTS: list[tuple[str, Use, str]] = [
    (
        "a query parameter's type",
        lambda c: c.products.list_plans(
            "shop", options=RequestOptions(params={"public_only": "yes"})
        ),
        "client.products.list_plans: the request GET https://api.planship.io/api/v1/products/"
        "shop/plans?public_only=yes is not what the spec allows for GET "
        "/api/v1/products/{slug}/plans:\n"
        "  - query parameter 'public_only': expected a boolean, got a string (\"yes\")",
    ),
    (
        "an unknown query parameter",
        lambda c: c.products.get("shop", options=RequestOptions(params={"expand": "plans"})),
        "  - query parameter 'expand' is not in the spec (it declares none)",
    ),
    (
        "a body field's type",
        functional(report_usage, "cust", "shop", "seats", body=MeteredUsageIn(usage="lots")),  # type: ignore[arg-type]
        '  - body/usage: expected an integer, got a string ("lots")',
    ),
    (
        "required body fields",
        functional(
            create_subscription,
            "cust",
            body=SubscriptionCreate(
                auto_renew=True,
                is_active=True,
                plan_id=PRODUCT_ID,
                renew_plan_id=PRODUCT_ID,
                renew_at=UNSET,  # type: ignore[arg-type]
                last_renewed_at=UNSET,  # type: ignore[arg-type]
                start_at=NOW,
            ),
        ),
        "  - body/renew_at: a required field is missing\n"
        "  - body/last_renewed_at: a required field is missing",
    ),
    (
        "a body field's format",
        functional(
            modify_subscription,
            "cust",
            "sub",
            body=SubscriptionUpdateWithSlugs(plan_id="p-1"),  # type: ignore[arg-type]
        ),
        '  - body/plan_id: "p-1" is not a UUID',
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("use", "problem"),
    [case[1:] for case in FORBIDDEN_REQUESTS],
    ids=[case[0] for case in FORBIDDEN_REQUESTS],
)
def test_a_request_the_spec_forbids_fails_naming_the_method_and_the_problem(
    mode: str, use: Use, problem: str
) -> None:
    with PlanshipStub() as stub:
        message = refusal(stub, lambda: run(mode, use))

    assert message.startswith("client.")
    assert problem in message
    assert stub.calls == []


def _without_id(value: Product) -> Product:
    return msgspec.structs.replace(value, id=UNSET)


FORBIDDEN_RESPONSES: list[tuple[str, Callable[[PlanshipStub], None], str]] = [
    (
        "a missing required field",
        lambda stub: stub.products.get.returns(_without_id(product("shop"))),
        "client.products.get: the stubbed 200 response (application/json) is not what the spec "
        "allows:\n  - /id: a required field is missing",
    ),
    (
        "a field's format",
        lambda stub: stub.products.get.returns(
            msgspec.structs.replace(product("shop"), organization_id="org-1")
        ),
        '/organization_id: "org-1" is not a UUID',
    ),
    (
        "a nested field",
        lambda stub: stub.customers.create.returns(
            Customer(id=PRODUCT_ID, organization_id=ORGANIZATION_ID, subscriptions=[product("x")])  # type: ignore[list-item]
        ),
        "/subscriptions/0/customer_id: a required field is missing",
    ),
    (
        "an error body",
        lambda stub: stub.customers.create.raises(
            UnprocessableEntityError,
            body=HTTPValidationError(detail=[ValidationError(loc=["body"], msg="bad", type_=3)]),  # type: ignore[arg-type]
        ),
        "client.customers.create: the stubbed 422 error body (application/json) is not what "
        "the spec allows:\n  - /detail/0/type: expected a string, got an integer (3)",
    ),
    (
        "a page's item",
        lambda stub: stub.products.list.pages([[listed("a"), IdNameSlugOrmBase(id="p-1")]]),  # type: ignore[arg-type]
        "client.products.list: page 1's items (application/json) is not what the spec allows:"
        '\n  - /1/id: "p-1" is not a UUID',
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("stub_it", "problem"),
    [case[1:] for case in FORBIDDEN_RESPONSES],
    ids=[case[0] for case in FORBIDDEN_RESPONSES],
)
def test_a_stubbed_response_the_spec_forbids_fails_where_it_is_stubbed(
    mode: str, stub_it: Callable[[PlanshipStub], None], problem: str
) -> None:
    with PlanshipStub() as stub:
        message = refusal(stub, lambda: stub_it(stub))
        unexpected = refusal(stub, lambda: run(mode, lambda c: c.products.get("shop")))

    assert problem in message
    assert unexpected.startswith("unexpected call")  # nothing was stubbed


@pytest.mark.parametrize("mode", MODES)
def test_a_stubbed_response_nobody_used_fails_when_the_stub_ends(mode: str) -> None:
    stub = PlanshipStub()
    with pytest.raises(StubError) as unused, stub:
        stub.products.get.returns(product("used"))
        stub.products.get.raises(AuthenticationError)
        run(mode, lambda c: c.products.get("used"))

    assert str(unused.value) == (
        "client.products.get: stubbed but never called: raises(AuthenticationError) "
        "(allow_unused=True accepts that)"
    )


@pytest.mark.parametrize("mode", MODES)
def test_an_unexpected_call_fails(mode: str) -> None:
    with PlanshipStub() as stub:
        stub.products.get.returns(product("once"))
        run(mode, lambda c: c.products.get("once"))

        with pytest.raises(StubError) as unexpected:
            run(mode, lambda c: c.products.get("twice"))
        with pytest.raises(StubError) as reported:
            stub.verify()
        stub.failures.clear()

    assert str(unexpected.value).startswith(
        "unexpected call: client.products.get(slug='twice'): nothing is stubbed for it. Stub it "
        "with stub.products.get.returns(...)"
    )
    assert str(reported.value) == str(unexpected.value)


@pytest.mark.parametrize("mode", MODES)
def test_unexpected_calls_may_get_the_spec_example_instead(mode: str) -> None:
    with PlanshipStub(allow_unexpected=True) as stub:
        plans = run(mode, lambda c: c.products.list_plans("shop"))

    assert plans == []  # the simplest list the spec allows
    assert stub.products.list_plans.calls[0].kwargs == {"slug": "shop", "public_only": False}


def test_the_fixture_stubs_every_client_for_one_test(planship_stub: PlanshipStub) -> None:
    planship_stub.products.get.returns(product("shop"))

    with PlanshipClient(client_id="app", client_secret="s3cret") as client:
        assert client.products.get("shop") == product("shop")

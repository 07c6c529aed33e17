"""Models: unknown fields survive, free-form strings are not validated, JSON round-trips."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

import httpx
import pytest
import respx
from planship_client import models
from planship_client.api.customers import create_customer
from planship_client.api.products import list_products
from planship_client.models import Customer, CustomerMetadata, IdNameSlugOrmBase, PlanInDbBase
from planship_client.models import OrganizationCustomerCreate as NewCustomer

from generator.registry import get_client
from generator.specs import load_spec
from tests.clients.planship.conftest import ClientFactory
from tests.clients.planship.support import (
    CUSTOMER_ID,
    CUSTOMERS_URL,
    MODES,
    PRODUCTS_URL,
    customer_json,
    invoke,
    product,
)
from tests.clients.spec_examples import example

DOCUMENT: dict[str, Any] = load_spec(get_client("planship")).document
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
MODEL_SCHEMAS = sorted(
    name for name in SCHEMAS if hasattr(getattr(models, name, None), "from_dict")
)
MAP_SCHEMAS = sorted(name for name in SCHEMAS if getattr(models, name, None) == dict[str, Any])
"""Objects of open keys: plain dicts."""


@pytest.mark.parametrize("mode", MODES)
def test_unknown_response_fields_are_kept(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    extra = {"created_at": "2031-01-01T00:00:00Z", "tier": {"level": 3}}
    router.get(PRODUCTS_URL).mock(return_value=httpx.Response(200, json=[product(0) | extra]))

    [item] = invoke(mode, make_client(), list_products)

    assert item.id == UUID(product(0)["id"])
    assert item.slug == "product-0"
    assert item.additional_properties == extra
    assert item["tier"] == {"level": 3}
    assert "created_at" in item
    assert item.to_dict() == product(0) | extra


def test_unknown_fields_are_kept_in_nested_models() -> None:
    subscription = example(DOCUMENT, SCHEMAS["SubscriptionCustomer"]) | {"seat": "A-12"}
    data = customer_json(subscriptions=[subscription], loyalty="gold")

    customer = Customer.from_dict(data)

    assert customer.additional_properties == {"loyalty": "gold"}
    assert customer.subscriptions[0].additional_properties == {"seat": "A-12"}
    assert customer.to_dict() == data


def test_spec_has_no_enum_and_time_units_accept_any_string() -> None:
    # The Planship spec declares no enum (TimeUnits is a plain string), so there is no closed
    # set of values to outgrow: a unit the client has never seen is read as it is.
    assert "enum" not in json.dumps(DOCUMENT)
    assert SCHEMAS["TimeUnits"] == {"title": "TimeUnits", "type": "string"}
    data = example(DOCUMENT, SCHEMAS["PlanInDbBase"]) | {"duration_unit": "fortnight"}

    plan = PlanInDbBase.from_dict(data)

    assert plan.duration_unit == "fortnight"
    assert plan.to_dict() == data


@pytest.mark.parametrize("name", MODEL_SCHEMAS)
def test_every_model_round_trips_its_spec_example(name: str) -> None:
    data = example(DOCUMENT, SCHEMAS[name])
    cls = getattr(models, name)

    assert cls.from_dict(data).to_dict() == data
    with_extra = data | {"x_future_field": [1, "two"]}
    assert cls.from_dict(with_extra).to_dict() == with_extra


def test_model_schemas_cover_the_spec() -> None:
    # Every object schema of the spec has a model or is a dict (TimeUnits is a plain string).
    assert MAP_SCHEMAS == ["EntitlementsResponseSchema"]
    assert set(SCHEMAS) - set(MODEL_SCHEMAS) - set(MAP_SCHEMAS) == {"TimeUnits"}


def test_customer_reads_and_writes_the_metadata_underscore_key() -> None:
    data = customer_json(metadata_={"plan": "legacy"})

    customer = Customer.from_dict(data)

    assert customer.metadata == {"plan": "legacy"}  # an object of open keys is a dict
    assert CustomerMetadata == dict[str, Any]
    assert customer.to_dict()["metadata_"] == {"plan": "legacy"}
    assert customer.id == UUID(CUSTOMER_ID)
    assert Customer.from_dict(customer.to_dict()) == customer


@pytest.mark.parametrize("mode", MODES)
def test_request_body_sends_set_fields_and_extra_properties(
    mode: str, router: respx.MockRouter, token_route: respx.Route, make_client: ClientFactory
) -> None:
    route = router.post(CUSTOMERS_URL).mock(
        return_value=httpx.Response(200, json=customer_json(source="import"))
    )
    body = NewCustomer(name="Ada", alternative_id="crm-42").with_additional_properties(
        source="import"
    )

    customer = invoke(mode, make_client(), create_customer, body=body)

    assert json.loads(route.calls.last.request.content) == {
        "name": "Ada",
        "email": "",
        "alternative_id": "crm-42",
        "source": "import",
    }
    assert isinstance(customer, Customer)
    assert customer.name == "Ada"
    assert customer.additional_properties == {"source": "import"}


def test_from_dict_then_to_dict_keeps_absent_fields_absent() -> None:
    item = IdNameSlugOrmBase.from_dict({"slug": "only-slug"})

    assert item.to_dict() == {"slug": "only-slug"}

"""What the fault suite knows about each API: its client, four operations, its secrets.

The tests never name an API: they run against every entry of ``APIS`` (and the OAuth2 ones
against ``OAUTH_APIS``). Adding an API to the suite is one more entry here.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import quote

import planetscale_client
import planship_client
from planetscale_client.api.databases import (
    create_database,
    delete_database,
    get_database,
    list_databases,
)
from planetscale_client.models import CreateDatabaseBody
from planship_client.api.customer_subscriptions import get_customer_plan_subscription
from planship_client.api.customers import create_customer, delete_customer
from planship_client.api.products import list_products
from planship_client.models import OrganizationCustomerCreate

from tests.clients.planship.support import (
    CLIENT_ID,
    CUSTOMER_ID,
    customer_json,
    product,
)
from tests.faults import every_kind


@dataclass(frozen=True)
class Bound:
    """An operation module with its arguments, ready for the harness to call sync or async."""

    operation: Any
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The operation's name, e.g. ``get_database``."""
        return str(self.operation.__name__).rpartition(".")[2]


@dataclass(frozen=True)
class PathOperation:
    """An operation whose last path parameter the tests vary."""

    operation: Any
    leading: tuple[str, ...]
    """The values of the path parameters before the varied one."""
    parameter: str
    prefix: str
    """The request target up to the varied segment, as the server sees it."""

    @property
    def name(self) -> str:
        return Bound(self.operation).name

    def bind(self, value: Any) -> Bound:
        return Bound(self.operation, (*self.leading, value))

    def target(self, value: str) -> str:
        """The request target the server must see for ``value``: exactly one segment."""
        return self.prefix + quote(value, safe="")


@dataclass(frozen=True)
class Resource:
    """A GET with path parameters, and the bodies it may be answered with."""

    get: PathOperation
    body: Callable[[], Any]
    """A valid answer."""
    invalid_body: Callable[[str], Any]
    """An answer whose field fails validation, holding ``text`` (where errors quote values)."""


@dataclass(frozen=True)
class Creation:
    """A POST, and the valid answer to it."""

    call: Callable[[int], Bound]
    """The call creating thing number ``n`` (its request body names it ``name-<n>``)."""
    path: str
    answer: Any


@dataclass(frozen=True)
class Listing:
    """A paginated list operation."""

    call: Bound
    """Its arguments are all keywords, as ``paginate`` takes them."""
    path: str
    page: Callable[[range, int | None], Any]
    """The page holding items ``range``, pointing at ``next_page`` when the style has one."""
    points_to_next: bool
    """Whether a page names the next one (``next_page``), or the client counts (skip/limit)."""


@dataclass(frozen=True)
class TokenEndpoint:
    """Where an OAuth2 client fetches its access token."""

    path: str
    access_token: str

    def answer(self, expires_in: Any = 3600, token: Any = None) -> dict[str, Any]:
        token = self.access_token if token is None else token
        return {"access_token": token, "token_type": "bearer", "expires_in": expires_in}


@dataclass(frozen=True)
class Api:
    name: str
    package: ModuleType
    client_class: Callable[..., Any]
    env_prefix: str
    root: str
    """The path of the API's base URL on the server (``/v1``, or empty)."""
    credentials: tuple[Mapping[str, str], ...]
    """Every way of passing credentials to the client; the first one is the default."""
    secrets: tuple[str, ...]
    """What must never be shown: tokens, secrets, credential pairs, encoded or not."""
    resource: Resource
    delete: PathOperation
    creation: Creation
    listing: Listing
    token: TokenEndpoint | None = None

    def client(self, server_url: str, **kwargs: Any) -> Any:
        """Build the client on ``server_url`` with the default credentials (unless given)."""
        arguments: dict[str, Any] = {"base_url": server_url + self.root}
        if not {"auth", *(name for way in self.credentials for name in way)} & kwargs.keys():
            arguments.update(self.credentials[0])
        return self.client_class(**{**arguments, **kwargs})

    @property
    def logger(self) -> str:
        return self.package.__name__


# -- PlanetScale: service token (or OAuth bearer token), page/per_page with next_page -------

PS_TOKEN_ID = "pscale-id-5a1e"
PS_TOKEN = "pscale-tok/MUST+NOT-LEAK-31d7"
PS_OAUTH = "pscale-oauth/MUST+NOT LEAK-9e04"
PS_DATABASE = {
    "id": "db1",
    "name": "shop",
    "state": "ready",
    "region": {"slug": "eu-west"},
    "created_at": "2024-01-02T03:04:05Z",
}

PLANETSCALE = Api(
    name="planetscale",
    package=planetscale_client,
    client_class=planetscale_client.PlanetScaleClient,
    env_prefix="PLANETSCALE",
    root="/v1",
    credentials=(
        {"service_token_id": PS_TOKEN_ID, "service_token": PS_TOKEN},
        {"oauth_token": PS_OAUTH},
    ),
    secrets=(PS_TOKEN, f"{PS_TOKEN_ID}:{PS_TOKEN}", PS_OAUTH),
    resource=Resource(
        get=PathOperation(get_database, ("acme",), "database", "/v1/organizations/acme/databases/"),
        body=lambda: PS_DATABASE,
        invalid_body=lambda text: {**PS_DATABASE, "created_at": text},
    ),
    delete=PathOperation(
        delete_database, ("acme",), "database", "/v1/organizations/acme/databases/"
    ),
    creation=Creation(
        call=lambda n: Bound(
            create_database, ("acme",), {"body": CreateDatabaseBody(name=f"name-{n}")}
        ),
        path="/v1/organizations/acme/databases",
        answer=PS_DATABASE,
    ),
    listing=Listing(
        call=Bound(list_databases, (), {"organization": "acme", "per_page": 2}),
        path="/v1/organizations/acme/databases",
        page=lambda items, next_page: {
            "data": [{"id": f"db{i}", "name": f"db-{i}"} for i in items],
            "next_page": next_page,
        },
        points_to_next=True,
    ),
)

# -- Planship: OAuth2 client credentials, skip/limit -----------------------------------------

PLANSHIP_SUBSCRIPTION = {
    "customer_id": CUSTOMER_ID,
    "subscription_id": "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
    "auto_renew": True,
    "is_active": True,
    "renew_at": "2030-01-01T00:00:00Z",
    "last_renewed_at": "2029-01-01T00:00:00Z",
    "plan": {"slug": "pro"},
    "renew_plan": {"slug": "pro"},
}
# Secrets of our own (not the behaviour tests'): with a / and a + that servers escape and
# encode, and an access token base64 would not hide.
PSH_SECRET = "psh-secret/Zq7+MUST-NOT-LEAK"
PSH_ACCESS_TOKEN = "psh-access/Zq7+MUST-NOT-LEAK"
BASIC_PAIR = f"{CLIENT_ID}:{PSH_SECRET}"

PLANSHIP = Api(
    name="planship",
    package=planship_client,
    client_class=planship_client.PlanshipClient,
    env_prefix="PLANSHIP",
    root="",
    credentials=({"client_id": CLIENT_ID, "client_secret": PSH_SECRET},),
    secrets=(
        PSH_SECRET,
        PSH_ACCESS_TOKEN,
        BASIC_PAIR,
        base64.b64encode(BASIC_PAIR.encode()).decode(),
    ),
    resource=Resource(
        get=PathOperation(
            get_customer_plan_subscription,
            (CUSTOMER_ID,),
            "subscription_id",
            f"/api/v1/customers/{CUSTOMER_ID}/subscriptions/",
        ),
        body=lambda: PLANSHIP_SUBSCRIPTION,
        invalid_body=lambda text: {**PLANSHIP_SUBSCRIPTION, "renew_at": text},
    ),
    delete=PathOperation(delete_customer, (), "customer_id", "/api/v1/customers/"),
    creation=Creation(
        call=lambda n: Bound(
            create_customer, (), {"body": OrganizationCustomerCreate(name=f"name-{n}")}
        ),
        path="/api/v1/customers",
        answer=customer_json(),
    ),
    listing=Listing(
        call=Bound(list_products, (), {"limit": 2}),
        path="/api/v1/products",
        page=lambda items, next_page: [product(i % 5) for i in items],
        points_to_next=False,
    ),
    token=TokenEndpoint(path="/api/v1/auth/token", access_token=PSH_ACCESS_TOKEN),
)

# -- Every Kind: the third client, every auth kind (client credentials by default), cursor -----

EK_CLIENT_ID = "ek-client-1d4e"
EK_CLIENT_SECRET = "ek-secret/Zq7+Kp9-MUST-NOT-LEAK"
EK_ACCESS_TOKEN = "ek-access/Zq7+Kp9-MUST-NOT-LEAK"
EK_HEADER_KEY = 'ek-header"Zq7/Kp9-MUST-NOT-LEAK'
EK_QUERY_KEY = "ek-query Zq7/Kp9+MUST-NOT-LEAK"
EK_COOKIE_KEY = "ek-cookie/Zq7Kp9-MUST-NOT-LEAK"
EK_USERNAME = "ek-user-3c2b"
EK_PASSWORD = "ek-password:Zq7/Kp9-MUST-NOT-LEAK"
EK_BEARER = "ek-bearer/Zq7+Kp9-MUST-NOT-LEAK=="
EK_USER_TOKEN = "ek-user-token/Zq7+Kp9-MUST-NOT-LEAK"
EK_WIDGET = {"id": "w1", "name": "shop", "tags": ["a"]}


def _basic(username: str, password: str) -> tuple[str, str]:
    pair = f"{username}:{password}"
    return pair, base64.b64encode(pair.encode()).decode()


EVERY_KIND = Api(
    name="every_kind",
    package=every_kind.package,
    client_class=every_kind.package.EveryKindClient,
    env_prefix="EVERY_KIND",
    root="/v1",
    credentials=(
        {"client_id": EK_CLIENT_ID, "client_secret": EK_CLIENT_SECRET},
        {"header_key": EK_HEADER_KEY},
        {"query_key": EK_QUERY_KEY},
        {"cookie_key": EK_COOKIE_KEY},
        {"username": EK_USERNAME, "password": EK_PASSWORD},
        {"bearer_token": EK_BEARER},
        {"user_token": EK_USER_TOKEN},
    ),
    secrets=(
        EK_CLIENT_SECRET,
        EK_ACCESS_TOKEN,
        EK_HEADER_KEY,
        EK_QUERY_KEY,
        EK_COOKIE_KEY,
        EK_PASSWORD,
        EK_BEARER,
        EK_USER_TOKEN,
        *_basic(EK_CLIENT_ID, EK_CLIENT_SECRET),
        *_basic(EK_USERNAME, EK_PASSWORD),
    ),
    resource=Resource(
        get=PathOperation(
            every_kind.module("api.widgets.get_widget"), (), "widget_id", "/v1/widgets/"
        ),
        body=lambda: EK_WIDGET,
        invalid_body=lambda text: {**EK_WIDGET, "created_at": text},
    ),
    delete=PathOperation(
        every_kind.module("api.widgets.delete_widget"), (), "widget_id", "/v1/widgets/"
    ),
    creation=Creation(
        call=lambda n: Bound(
            every_kind.module("api.widgets.create_widget"),
            (),
            {"body": every_kind.package.models.WidgetCreate(name=f"name-{n}")},
        ),
        path="/v1/widgets",
        answer=EK_WIDGET,
    ),
    listing=Listing(
        call=Bound(every_kind.module("api.pages.list_by_cursor"), (), {"limit": 2}),
        path="/v1/pages/cursor",
        page=lambda items, next_page: {
            "data": [{"id": f"w{i}", "name": f"widget-{i}"} for i in items],
            "next_cursor": None if next_page is None else f"c{next_page}",
            "has_more": next_page is not None,
        },
        points_to_next=True,
    ),
    token=TokenEndpoint(path="/v1/oauth/token", access_token=EK_ACCESS_TOKEN),
)

APIS = (PLANETSCALE, PLANSHIP, EVERY_KIND)
OAUTH_APIS = tuple(api for api in APIS if api.token is not None)

"""What a third API's package gets that ours do not exercise: operations and arguments its spec
deprecates (``@deprecated``, warnings, what mypy says), and stubs of lists in every pagination
style a config can declare. The spec is generated into a temporary folder once for the module.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.context import STUB_ATTRIBUTES
from generator.regenerate import build_clients
from tests.generated.mypy_strict import run_mypy_strict

pytestmark = pytest.mark.slow

REASON = 'Deprecated: use "fetch" instead \\ of it.\n"""That\'s all."""'
GET_WARNING = '`things.get()` is deprecated: use "fetch" instead \\ of it. """That\'s all."""'
FILTER_WARNING = (
    "the `legacy_filter` argument of `things.list()` is deprecated: Use `kind` instead."
)
COLOUR_WARNING = "the `colour` argument of `things.create()` is deprecated: Colours are gone."

THING = {
    "type": "object",
    "required": ["id", "kind"],
    "properties": {
        "id": {"type": "string"},
        "kind": {"type": "string", "enum": ["small", "large"]},
    },
}
THINGS = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
PAGE = {
    "type": "object",
    "required": ["data"],
    "properties": {
        "data": THINGS,
        "next_cursor": {"type": ["string", "null"]},
        "next": {"type": ["string", "null"], "format": "uri"},
    },
}


def _list(operation_id: str, parameters: list[dict[str, Any]], schema: Any) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "tags": ["things"],
            "parameters": parameters,
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
            },
        }
    }


def _query(name: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, **extra}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Acme API", "version": "1.0.0"},
    "servers": [{"url": "https://api.acme.test/v1"}],
    "security": [{"key": []}],
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}},
        "schemas": {"Thing": THING, "ThingPage": PAGE},
    },
    "paths": {
        "/things": {
            **_list(
                "listThings",
                [
                    _query("offset", {"type": "integer"}),
                    _query("limit", {"type": "integer", "default": 10}),
                    _query(
                        "legacy_filter",
                        {"type": "string"},
                        deprecated=True,
                        description="Use `kind` instead.",
                    ),
                    _query("kind", {"type": "string", "enum": ["small", "large"]}),
                ],
                THINGS,
            ),
            "post": {
                "operationId": "createThing",
                "tags": ["things"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["kind"],
                                "properties": {
                                    "kind": {"type": "string", "enum": ["small", "large"]},
                                    "colour": {
                                        "type": "string",
                                        "deprecated": True,
                                        "description": "Deprecated. Colours are gone.",
                                    },
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            },
        },
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "tags": ["things"],
                "deprecated": True,
                "description": REASON,
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        },
        "/cursor-things": _list(
            "listCursorThings",
            [_query("after", {"type": "string"})],
            {"$ref": "#/components/schemas/ThingPage"},
        ),
        "/url-things": _list(
            "listUrlThings",
            [_query("token", {"type": "string"})],
            {"$ref": "#/components/schemas/ThingPage"},
        ),
        "/link-things": _list("listLinkThings", [], THINGS),
        "/calls/{id}": {
            "get": {
                "operationId": "getCall",
                "tags": ["calls"],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    _query("fields", {"type": "string"}, required=True),
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        },
        "/page-things": _list(
            "listPageThings",
            [_query("page", {"type": "integer"}), _query("size", {"type": "integer"})],
            THINGS,
        ),
    },
}
CONFIG: dict[str, Any] = {
    "spec": "acme.yaml",
    "pagination": [
        {"operations": ["listThings"], "style": "offset"},
        {
            "operations": ["listCursorThings"],
            "style": "cursor",
            "items": "data",
            "parameters": {"cursor": "after"},
            "next": "next_cursor",
        },
        {"operations": ["listUrlThings"], "style": "next_url", "items": "data", "next": "next"},
        {"operations": ["listLinkThings"], "style": "link_header"},
        {"operations": ["listPageThings"], "style": "page"},
    ],
}


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``acme_client``, imported."""
    folder = tmp_path_factory.mktemp("acme")
    (folder / "acme.yaml").write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    (folder / "acme.config.yaml").write_text(yaml.safe_dump(CONFIG), encoding="utf-8")
    (project,) = build_clients([load_config(folder / "acme.config.yaml")], folder / "out").values()
    sys.path.insert(0, str(project))
    try:
        yield importlib.import_module("acme_client")
    finally:
        sys.path.remove(str(project))
        for name in [m for m in sys.modules if m == "acme_client" or m.startswith("acme_client.")]:
            del sys.modules[name]


def _deprecated_text(function: Any) -> str | None:
    return getattr(function, "__deprecated__", None)


def test_a_deprecated_operation_is_marked_with_the_spec_words(acme: ModuleType) -> None:
    things = importlib.import_module("acme_client.resources.things")
    get_thing = importlib.import_module("acme_client.api.things.get_thing")

    marked = [
        things.Things.get,
        things.AsyncThings.get,
        get_thing.sync,
        get_thing.sync_detailed,
        get_thing.asyncio,
        get_thing.asyncio_detailed,
    ]

    assert [_deprecated_text(function) for function in marked] == [GET_WARNING] * len(marked)
    assert _deprecated_text(things.Things.list) is None
    assert list(inspect.signature(things.Things.get).parameters) == ["self", "id", "options"]


def test_calling_it_warns_once_per_call_site(acme: ModuleType) -> None:
    testing = importlib.import_module("acme_client.testing")
    with testing.AcmeStub() as stub, acme.AcmeClient(key="k") as client:
        stub.things.get.returns(stub.things.get.example(), times=None)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")
            for _ in range(3):
                client.things.get("a")
            first_line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]
            client.things.get("b")
            second_line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]
            client.things.with_raw_response.get("c")
            raw_line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]

    assert [(w.category, str(w.message)) for w in caught] == [(DeprecationWarning, GET_WARNING)] * 3
    assert [(w.filename, w.lineno) for w in caught] == [
        (__file__, first_line),
        (__file__, second_line),
        (__file__, raw_line),  # the caller's line, whatever wraps the method
    ]


def test_an_async_call_warns_where_it_is_awaited(acme: ModuleType) -> None:
    testing = importlib.import_module("acme_client.testing")

    async def call() -> tuple[Any, int]:
        async with acme.AsyncAcmeClient(key="k") as client:
            thing = await client.things.get("a")
            return thing, inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]

    with testing.AcmeStub() as stub, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stub.things.get.returns(stub.things.get.example())
        thing, line = asyncio.run(call())

    assert thing.kind == "small"
    assert [(str(w.message), w.filename, w.lineno) for w in caught] == [
        (GET_WARNING, __file__, line)
    ]


def test_a_deprecated_argument_warns_only_when_given(acme: ModuleType) -> None:
    testing = importlib.import_module("acme_client.testing")
    models = importlib.import_module("acme_client.models")
    things = importlib.import_module("acme_client.resources.things")
    with testing.AcmeStub() as stub, acme.AcmeClient(key="k") as client:
        stub.things.list.returns([], times=2)
        stub.things.create.returns(stub.things.create.example(), times=2)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            list(client.things.list(kind=models.ListThingsKind.SMALL))
            client.things.create(kind=models.CreateThingBodyKind.LARGE)
            assert caught == []
            list(client.things.list(legacy_filter="old"))
            client.things.create(kind=models.CreateThingBodyKind.LARGE, colour="red")

    assert [str(w.message) for w in caught] == [FILTER_WARNING, COLOUR_WARNING]
    assert {w.filename for w in caught} == {__file__}
    assert _deprecated_text(things.Things.list) is None  # the method is not deprecated
    assert stub.things.create.calls[1].kwargs == {"kind": "large", "colour": "red"}


TYPED_USE = """\
from acme_client import AcmeClient, AsyncAcmeClient
from acme_client.models import CreateThingBodyKind, Thing


async def use(client: AcmeClient, aclient: AsyncAcmeClient) -> list[Thing]:
    thing = client.things.get("a")
    again = await aclient.things.get("a")
    listed = list(client.things.list(limit=3))
    filtered = list(client.things.list(legacy_filter="old"))
    created = client.things.create(kind=CreateThingBodyKind.SMALL)
    coloured = client.things.create(kind=CreateThingBodyKind.SMALL, colour="red")
    raw = client.things.with_raw_response.get("a").parse()
    return [thing, again, *listed, *filtered, created, coloured, raw]
"""


def test_mypy_flags_each_call_of_a_deprecated_method_or_argument(
    acme: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "use.py").write_text(TYPED_USE, encoding="utf-8")
    project = Path(acme.__path__[0]).parent

    result = run_mypy_strict(
        [],
        cwd=tmp_path,
        search_path=[project],
        files=["use.py"],
        options=["--enable-error-code", "deprecated"],
    )

    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(": error: ")[0] for line in lines] == [
        "use.py:6",
        "use.py:7",
        "use.py:9",
        "use.py:11",
    ], result.stdout
    assert (
        f"function acme_client.resources.things.Things.get is deprecated: {GET_WARNING}" in lines[0]
    )
    assert "AsyncThings.get is deprecated" in lines[1]
    assert lines[2].endswith(
        "of function acme_client.resources.things.Things.list is deprecated: "
        f"{FILTER_WARNING}  [deprecated]"
    )
    assert COLOUR_WARNING in lines[3]


def test_the_readme_names_what_is_deprecated(acme: ModuleType) -> None:
    readme = (Path(acme.__path__[0]).parent / "README.md").read_text(encoding="utf-8")

    assert (
        "Deprecated in this version: `client.things.list` (its `legacy_filter`), "
        "`client.things.create` (its `colour`), `client.things.get`." in readme
    )


def test_a_resource_named_like_an_attribute_of_the_stub_gets_an_underscore(
    acme: ModuleType,
) -> None:
    testing = importlib.import_module("acme_client.testing")
    with testing.AcmeStub() as stub, acme.AcmeClient(key="k") as client:
        stub.calls_.get.returns(stub.calls_.get.example())

        client.calls.get("c1", fields="all")

    assert [(call.method, call.kwargs) for call in stub.calls] == [
        ("calls.get", {"id": "c1", "fields": "all"})
    ]
    public = {name for name in dir(stub) if not name.startswith("_")}
    assert public - {"things", "calls_"} == STUB_ATTRIBUTES  # the names the generator avoids


def _options(**settings: Any) -> Any:
    return importlib.import_module("acme_client").RequestOptions(**settings)


@pytest.mark.parametrize(
    ("send", "problem"),
    [
        (
            lambda c: list(c.things.list(options=_options(params={"kind": "medium"}))),
            'query parameter \'kind\': "medium" is not one of ["small", "large"]',
        ),
        (
            lambda c: c.get_httpx_client().get(f"{c.base_url}/calls/c1"),
            "the required query parameter 'fields' is missing",
        ),
        (
            lambda c: c.get_httpx_client().get(
                f"{c.base_url}/calls/c1", params={"fields": "all"}, headers={"X-Api-Key": ""}
            ),
            "sends no credentials the spec accepts: it asks for key (header X-Api-Key)",
        ),
    ],
    ids=["an enum value", "a required parameter", "the credential"],
)
def test_a_request_the_third_spec_forbids_fails(acme: ModuleType, send: Any, problem: str) -> None:
    testing = importlib.import_module("acme_client.testing")
    with testing.AcmeStub() as stub, acme.AcmeClient(key="k") as client:
        with pytest.raises(testing.StubError) as refused:
            send(client)
        stub.failures.clear()

    assert problem in str(refused.value)


STYLES = [
    ("offset", "list", {"limit": 2}, [{"offset": 0, "limit": 2}, {"offset": 2, "limit": 2}]),
    ("cursor", "list_cursor", {}, [{}, {"after": "cursor-2"}, {"after": "cursor-3"}]),
    ("next_url", "list_url", {"token": "t"}, [{"token": "t"}] * 3),
    ("link_header", "list_link", {}, [{}, {}, {}]),
    ("page", "list_page", {"size": 2}, [{"page": 1, "size": 2}, {"page": 2, "size": 2}]),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("method", "arguments", "sent"),
    [style[1:] for style in STYLES],
    ids=[style[0] for style in STYLES],
)
def test_pages_are_served_in_the_style_the_config_declares(
    acme: ModuleType, mode: str, method: str, arguments: dict[str, Any], sent: list[dict[str, Any]]
) -> None:
    testing = importlib.import_module("acme_client.testing")
    models = importlib.import_module("acme_client.models")
    pages = [
        [models.Thing(id=f"t{n}", kind=models.ThingKind.SMALL) for n in numbers]
        for numbers in ([1, 2], [3])
    ]
    if method in ("list_cursor", "list_url", "list_link"):
        pages = [pages[0][:1], pages[0][1:], pages[1]]

    with testing.AcmeStub() as stub:
        stub_of = getattr(stub.things, method)
        stub_of.pages(pages)
        if mode == "sync":
            with acme.AcmeClient(key="k") as client:
                items = list(getattr(client.things, method)(**arguments))
        else:

            async def collect() -> list[Any]:
                async with acme.AsyncAcmeClient(key="k") as client:
                    return [item async for item in getattr(client.things, method)(**arguments)]

            items = asyncio.run(collect())

    assert [item.id for item in items] == ["t1", "t2", "t3"]
    assert [call.kwargs for call in stub_of.calls] == sent
    if method == "list_link":
        links = [call.request.url.params.get("stub_page") for call in stub_of.calls]
        assert links == [None, "2", "3"]

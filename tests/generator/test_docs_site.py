"""make docs: the reference site, opened in headless Chromium as a reader would: the front
page lists both packages; every operation of the spec is a method on its resource's page with
its route, arguments and the exceptions its documented statuses raise, and on the package's
methods page (api.md); a model's page has its fields' descriptions; the exceptions page shows
the hierarchy as a tree; search finds each object once and no private name; signatures are
neither clipped nor spelled with implementation types. Screenshots of what a reader sees are
written next to the site."""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.docs_site import build_site
from generator.operations import status_error_class
from generator.registry import CLIENTS, ClientSpec
from generator.specs import iter_operations, load_spec
from tests.chromium import Page, chromium, find_chromium
from tests.local_servers import serve_folder

pytestmark = [pytest.mark.slow, pytest.mark.every_client]

MAX_SEARCH_INDEX = 2_000_000
REPORTED: list[str] = []
"""What make docs said while building the site of this module's tests."""
PRIVATE_NAMES = (
    "_base_client",
    "connection_error",
    "status_error",
    "redact_error",
    "Base.__init__",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of both packages, built once."""
    folder = tmp_path_factory.mktemp("site")
    build_site(CLIENTS, folder, report=REPORTED.append)
    return folder


@pytest.fixture(scope="module")
def site_url(site: Path) -> Iterator[str]:
    """The site served on 127.0.0.1 (search loads its index with a script request)."""
    with serve_folder(site) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    """A tab of headless Chromium, or a clear skip when Chromium is not installed."""
    executable = find_chromium()
    if executable is None:
        reason = (
            "Chromium is not installed, so the reference site was NOT checked in a browser: "
            "`make test` installs Debian's chromium (make chromium) and that failed here"
        )
        if os.environ.get("REQUIRE_CHROMIUM"):
            pytest.fail(reason)
        pytest.skip(reason)
    with chromium(executable, tmp_path_factory.mktemp("chromium-profile")) as browser:
        yield browser.new_page()


def _text(page: Page, selector: str) -> str:
    """The visible text of the first element matching ``selector``, spaces collapsed."""
    found = page.evaluate(f"document.querySelector({json.dumps(selector)})?.innerText ?? ''")
    return " ".join(str(found).split())


def _search(page: Page, site_url: str, term: str) -> list[str]:
    """Type ``term`` into the search box of the front page; return the results' links."""
    page.goto(f"{site_url}/index.html")
    page.type_into("input[type=search]", term)
    page.wait_for("document.querySelector('main.pdoc').innerText.includes('search result')")
    links: list[str] = page.evaluate(
        "[...document.querySelectorAll('main.pdoc .search-result a, main.pdoc a')]"
        ".map(a => a.getAttribute('href'))"
    )
    return list(dict.fromkeys(link for link in links if link and "#" in link))


def test_make_docs_says_what_it_does(site: Path) -> None:
    assert REPORTED[0].startswith("docs: reading ")
    assert any(line.startswith("docs: writing ") for line in REPORTED)
    size = (site / "search.js").stat().st_size / 1e6
    assert re.fullmatch(
        rf"docs: \d+ pages, search index {size:.1f} MB, site \d+\.\d MB, in \d+\.\d s",
        REPORTED[-1],
    ), REPORTED[-1]


def test_front_page_lists_both_packages(page: Page, site_url: str, site: Path) -> None:
    page.goto(f"{site_url}/index.html")
    listed = page.evaluate(
        "[...document.querySelectorAll('table.packages tr')].map(r => r.innerText)"
    )
    for client in CLIENTS:
        row = next((r for r in listed if client.package_name in r), None)
        assert row is not None, f"{client.package_name} not on the front page: {listed}"
        assert client.title in row and str(client.version) in row
    page.screenshot(site / "front-page.png")


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_every_operation_is_a_method_with_its_route_arguments_and_raises(
    client: ClientSpec, page: Page, site_url: str
) -> None:
    """One place per method: its resource's page has its route, the spec's description of
    each parameter, and the exception of each status the operation documents."""
    document = load_spec(client).document
    resources = importlib.import_module(f"{client.package_name}.resources")
    page.goto(f"{site_url}/{client.package_name}/resources.html")
    sections: dict[str, str] = {}
    for name in sorted(resources.__all__):
        if name.startswith("Async"):
            continue
        module = getattr(resources, name).__module__.rpartition(".")[2]
        page.goto(f"{site_url}/{client.package_name}/resources/{module}.html")
        found = page.evaluate(
            "Object.fromEntries([...document.querySelectorAll('div.classattr[id]')]"
            ".filter(e => !e.id.startsWith('Async')).map(e => [e.id, e.innerText]))"
        )
        sections.update({key: " ".join(value.split()) for key, value in found.items()})
    for path, method, operation in iter_operations(document):
        route = f"{method.upper()} {path}"
        owners = [key for key, text in sections.items() if f"{route} (functional layer" in text]
        assert len(owners) == 1, f"{route}: documented by {owners} (expected one method)"
        text = sections[owners[0]]
        for status in operation.get("responses") or {}:
            if str(status).isdigit() and int(status) >= 400:
                exception = status_error_class(int(status))
                assert f"{exception}: {status}" in text, f"{owners[0]}: no {exception} ({status})"
        for parameter in operation.get("parameters", []):
            if "$ref" not in parameter and parameter.get("description"):
                described = " ".join(parameter["description"].split())[:40]
                assert described in text, f"{owners[0]}: {parameter['name']} undescribed"


def test_a_method_page_shows_route_signature_arguments_and_raises(
    page: Page, site_url: str, site: Path
) -> None:
    """What a reader looking up ``client.databases.get`` sees on one screen."""
    page.goto(f"{site_url}/planetscale_client/resources/databases.html")
    text = _text(page, "div[id='Databases.get']")
    assert "def get( self, organization: str, database: str, *, options: RequestOptions" in text
    assert "GET /organizations/{organization}/databases/{database}" in text
    assert "organization: The name of the organization." in text
    assert "NotFoundError: 404" in text and "AuthenticationError: 401" in text
    assert "-> Database" in text
    page.screenshot(site / "method-databases-get.png", height=1100, top="div[id='Databases.get']")


def test_signatures_are_whole_and_say_unset(page: Page, site_url: str) -> None:
    """The longest signature (an enum argument with its values) is not cut off, and
    arguments read ``Unset``, not msgspec's ``UnsetType``."""
    page.goto(f"{site_url}/planetscale_client/resources/databases.html")
    text = _text(page, "div[id='Databases.create']")
    assert (
        "plan: CreateDatabaseBodyPlan | Literal['hobby', 'scaler', 'scaler_pro'] | Unset = UNSET"
        in text
    )
    clipped = page.evaluate(
        "[...document.querySelectorAll('.attr')].filter(e => e.scrollWidth > e.clientWidth + 1)"
        ".map(e => e.innerText.slice(0, 80))"
    )
    assert not clipped, clipped
    html = page.evaluate("document.documentElement.outerHTML")
    assert "UnsetType" not in html


def test_the_methods_page_has_every_call_route_and_raises(
    page: Page, site_url: str, site: Path
) -> None:
    page.goto(f"{site_url}/planetscale_client/methods.html")
    text = _text(page, "section.methods")
    assert (
        "client.databases.list(organization, *, page=..., per_page=...) -> SyncPage[Database]"
        in text
    )
    assert "await async_client.databases.get(organization, database) -> Database" in text
    assert "GET /organizations/{organization}/databases/{database}: Get a database" in text
    calls = page.evaluate("document.getElementById('databasesget').nextElementSibling.innerText")
    assert calls.strip().splitlines() == [  # one call per line, as written
        "client.databases.get(organization, database) -> Database",
        "await async_client.databases.get(organization, database) -> Database",
    ]
    links = page.evaluate(
        "[...document.querySelectorAll('section.methods a')].map(a => a.getAttribute('href'))"
    )
    assert "../planetscale_client/models/database.html#Database" in links
    assert "../planetscale_client.html#guide" in links
    for link in {link for link in links if link.endswith(".html") or ".html#" in link}:
        target = (site / "planetscale_client" / link.split("#")[0]).resolve()
        assert target.is_file(), f"methods.html links to a missing page: {link}"
    page.screenshot(site / "methods-databases-get.png", top="#databasesget")


def test_a_model_page_has_each_field_with_its_description(
    page: Page, site_url: str, site: Path
) -> None:
    page.goto(f"{site_url}/planetscale_client/models/database.html")
    text = _text(page, "section[id='Database']")
    document = load_spec(CLIENTS[0]).document
    fields = document["components"]["schemas"]["Database"]["properties"]
    for name, schema in fields.items():
        if schema.get("description"):
            assert f"{name}" in text and " ".join(schema["description"].split()) in text, name
    page.screenshot(site / "model-database.png")


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_the_exceptions_page_is_a_tree_without_helpers(
    client: ClientSpec, page: Page, site_url: str
) -> None:
    page.goto(f"{site_url}/{client.package_name}/errors.html")
    nested = page.evaluate(
        "[...document.querySelectorAll('section.module-info ul ul ul li')].map(li => li.innerText)"
    )
    assert any(item.startswith("NotFoundError: 404") for item in nested), nested
    assert any(item.startswith("APITimeoutError") for item in nested), nested
    ids = set(page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)"))
    assert {"APIStatusError", "NotFoundError", "RateLimitError", "APIConnectionError"} <= ids
    assert not ids & {"connection_error", "status_error", "redact_error", "unreadable_body"}


def test_search_finds_each_object_once_and_nothing_private(
    page: Page, site_url: str, site: Path
) -> None:
    assert (site / "search.js").stat().st_size < MAX_SEARCH_INDEX
    links = _search(page, site_url, "get_database")  # the operation's name finds its method
    assert "planetscale_client/resources/databases.html#Databases.get" in links[:3], links[:5]
    page.screenshot(site / "search.png")
    links = _search(page, site_url, "NotFoundError")
    hits = [link for link in links if link.endswith("#NotFoundError")]
    assert sorted(hits) == sorted(f"{c.package_name}/errors.html#NotFoundError" for c in CLIENTS)
    index = (site / "search.js").read_text()
    for name in PRIVATE_NAMES:
        assert name not in index.split("/** pdoc search index */", 1)[1], name
    for client in CLIENTS:
        page.goto(f"{site_url}/{client.package_name}.html")
        navigation = _text(page, "nav.pdoc")
        assert not [name for name in PRIVATE_NAMES if name in navigation]


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_models_and_guide_are_documented(client: ClientSpec, page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/{client.package_name}.html")
    assert page.evaluate("document.getElementById('guide') !== null"), "the README guide is missing"
    readme_title = (client.output_dir / "README.md").read_text().split("\n# ", 1)[1].split("\n")[0]
    assert readme_title in page.evaluate("document.getElementById('guide').innerText")
    guide_links = page.evaluate(
        "[...document.querySelectorAll('#guide a')].map(a => a.getAttribute('href'))"
    )
    assert f"{client.package_name}/methods.html" in guide_links  # the README's api.md link
    page.goto(f"{site_url}/{client.package_name}/models.html")
    shown = set(page.evaluate("[...document.querySelectorAll('section[id]')].map(s => s.id)"))
    models = set(importlib.import_module(f"{client.package_name}.models").__all__)
    assert models and models <= shown, f"models without documentation: {sorted(models - shown)}"


def test_no_page_names_a_private_module_or_class(site: Path) -> None:
    """Every name on the site is spelled as users import it: no ``<package>._module`` (the
    runtime's modules) and no private base class."""
    packages = "|".join(client.package_name for client in CLIENTS)
    private = re.compile(rf"\b(?:{packages})\._[a-z]\w*|_\w+ClientBase\b|\bmsgspec\.UnsetType\b")
    for path in sorted(site.rglob("*.html")):
        text = re.sub(r"<[^>]+>", "", path.read_text())
        found = private.search(text)
        assert found is None, f"{path.relative_to(site)}: {found.group(0) if found else ''}"

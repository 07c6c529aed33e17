"""make docs: the reference site, opened in headless Chromium as a reader would: the front
page lists both packages, the search finds ``get_database``, every operation has its page
(and its method, with the parameter descriptions, on its resource's page), and models and
exceptions are documented. A screenshot of each step is written next to the site."""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest

from generator.docs_site import build_site
from generator.registry import CLIENTS, ClientSpec
from generator.specs import iter_operations, load_spec
from tests.chromium import Page, chromium, find_chromium
from tests.local_servers import serve_folder

pytestmark = pytest.mark.slow

_OPERATION = re.compile(
    r'OPERATION: Operation\[.*?\] = Operation\(\s*"(\w+)",\s*"(\w+)",\s*"([^"]+)"', re.S
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of both packages, built once."""
    folder = tmp_path_factory.mktemp("site")
    build_site(CLIENTS, folder)
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


def test_search_finds_get_database(page: Page, site_url: str, site: Path) -> None:
    page.goto(f"{site_url}/index.html")
    page.type_into("input[type=search]", "get_database")
    page.wait_for("document.querySelector('main.pdoc').innerText.includes('search result')")
    links = page.evaluate("[...document.querySelectorAll('main.pdoc a')].map(a => a.href)")
    assert any(
        link.endswith("/planetscale_client/api/databases/get_database.html#OPERATION")
        for link in links
    ), links[:10]
    page.screenshot(site / "search.png")


def _operation_pages(client: ClientSpec) -> dict[tuple[str, str], str]:
    """(METHOD, path) → the page of the module that declares the operation."""
    pages = {}
    for module in sorted((client.output_dir / client.package_name / "api").glob("*/*.py")):
        found = _OPERATION.search(module.read_text())
        if found:
            relative = module.relative_to(client.output_dir).with_suffix(".html").as_posix()
            pages[(found.group(2), found.group(3))] = relative
    return pages


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_every_operation_has_its_page_and_its_documented_method(
    client: ClientSpec, page: Page, site_url: str, site: Path
) -> None:
    document = load_spec(client).document
    operations = {
        (method.upper(), path): operation for path, method, operation in iter_operations(document)
    }
    pages = _operation_pages(client)
    assert set(pages) == set(operations), "operations without a module: run make regenerate"
    page.goto(f"{site_url}/index.html")
    urls = sorted(set(pages.values()))
    texts = page.evaluate(
        f"Promise.all({json.dumps(urls)}.map(u => fetch(u).then(r => r.ok ? r.text() : '')))"
    )
    by_url = dict(zip(urls, texts, strict=True))
    for (method, path), url in pages.items():
        html = unescape(by_url[url])
        assert f"({method} {path})" in html, f"{url} does not document {method} {path}"
        resource_call = re.search(r"client\.(\w+)\.(\w+)\(\)", html)
        assert resource_call, f"{url} does not name its resource method"
    # One operation as a reader opens it: its resource page documents each parameter.
    method, path = sorted(pages)[0]
    page.goto(f"{site_url}/{pages[(method, path)]}")
    resource, name = re.findall(
        r"client\.(\w+)\.(\w+)\(\)", page.evaluate("document.body.innerText")
    )[0]
    page.goto(f"{site_url}/{client.package_name}/resources/{resource}.html")
    text = page.evaluate(f"document.getElementById({json.dumps(_class_of(page, name))}).innerText")
    for parameter in operations[(method, path)].get("parameters", []):
        if "$ref" not in parameter and parameter.get("description"):
            assert " ".join(parameter["description"].split())[:40] in " ".join(text.split())
    page.screenshot(site / f"{client.name}-resource.png")


def _class_of(page: Page, method: str) -> str:
    """Return the anchor of the sync resource class's ``method`` on the open page."""
    anchors: list[str] = page.evaluate(
        "[...document.querySelectorAll('div.classattr[id]')].map(e => e.id)"
    )
    return next(a for a in anchors if a.endswith(f".{method}") and not a.startswith("Async"))


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_models_exceptions_and_guide_are_documented(
    client: ClientSpec, page: Page, site_url: str
) -> None:
    page.goto(f"{site_url}/{client.package_name}.html")
    assert page.evaluate("document.getElementById('guide') !== null"), "the README guide is missing"
    readme_title = (client.output_dir / "README.md").read_text().split("\n# ", 1)[1].split("\n")[0]
    assert readme_title in page.evaluate("document.getElementById('guide').innerText")
    page.goto(f"{site_url}/{client.package_name}/errors.html")
    for exception in ("APIStatusError", "NotFoundError", "RateLimitError", "APIConnectionError"):
        assert page.evaluate(f"document.getElementById({json.dumps(exception)}) !== null"), (
            exception
        )
    page.goto(f"{site_url}/{client.package_name}/models.html")
    shown = set(page.evaluate("[...document.querySelectorAll('section[id]')].map(s => s.id)"))
    models = set(importlib.import_module(f"{client.package_name}.models").__all__)
    assert models and models <= shown, f"models without documentation: {sorted(models - shown)}"

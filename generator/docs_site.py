"""``make docs``: the API reference site of every generated package, built with pdoc (pinned)
from the packages' docstrings, each package's README as its guide on the package's page and
its ``api.md`` as the page of every method.

pdoc imports the packages (from generated/, whatever is installed) and renders a page per
public module: the package (its guide), the client, each resource (its methods with their
route, arguments, return and raises: the functional layer's modules under ``api/`` say the
same and are left out), each model, the errors and the types; a front page listing the
packages (templates/docs/index.html.jinja2), each package's ``methods.html`` and a search index
with one entry per object (where it is defined, not where it is re-exported; the async twin
of a resource method is the sync one's page neighbour, not a second hit).
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import pkgutil
import re
import shutil
import sys
import time
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from generator.config import ClientSpec
from generator.paths import TEMPLATES_DIR
from generator.specs import load_spec
from generator.versions import package_version

DOCS_TEMPLATES = TEMPLATES_DIR / "docs"
METHODS_PAGE = "methods.html"
"""Each package's api.md on the site: ``<package>/methods.html``."""

_UNSET_TYPE = re.compile(
    r'<span class="n">msgspec</span><span class="o">\.</span><span class="n">UnsetType</span>'
    r"|msgspec\.UnsetType"
)
_QUALIFIED_LINK = re.compile(
    r'(?P<open><a href="[^"]*">)(?:[a-z_][a-z0-9_]*\.)+(?P<name>[A-Za-z_]\w*)</a>'
)
_PRIVATE_PATH = re.compile(
    r"\b[a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*\._[a-z0-9_]+\.(?P<name>[A-Za-z]\w*)"
)
_HIGHLIGHTED_PRIVATE_PATH = re.compile(
    r'(?:<span class="n">\w+</span><span class="o">\.</span>)*'
    r'<span class="n">_\w+</span><span class="o">\.</span>(?P<name><span class="n">\w+</span>)'
)
_DOC_SECTIONS = re.compile(r"<h6\b")
_SOURCE_LINK = re.compile(r'href="(?P<path>[\w/]+)\.py"><code>(?P<name>\w+)</code>')


def build_site(
    clients: Sequence[ClientSpec], site: Path, report: Callable[[str], None] = print
) -> Path:
    """Write the site of ``clients``' generated packages into ``site`` (replaced); return its
    front page. ``report`` is told what is being done, step by step."""
    # Imported when used: pdoc is only needed here.
    import pdoc.doc  # noqa: PLC0415
    import pdoc.render  # noqa: PLC0415
    from pdoc.render_helpers import to_html  # noqa: PLC0415

    started = time.perf_counter()
    for client in reversed(clients):  # the generated packages, not whatever else is installed
        sys.path.insert(0, str(client.output_dir))
    packages = [_package_info(client) for client in clients]
    guides = {
        client.package_name: _site_links(
            to_html((client.output_dir / "README.md").read_text("utf-8")), client, depth=0
        )
        for client in clients
    }
    pdoc.render.configure(
        docformat="google",
        template_directory=DOCS_TEMPLATES,
        show_source=False,
        search=True,
        footer_text="Generated from the OpenAPI documents: make docs",
    )
    pdoc.render.env.globals.update(
        packages=packages, guides=guides, is_private_path=is_private_path
    )
    names = [name for client in clients for name in public_modules(client)]
    report(f"docs: reading {len(names)} modules of {', '.join(c.package_name for c in clients)}")
    documented = {name: pdoc.doc.Module(_loaded(name)) for name in names}
    if site.exists():
        shutil.rmtree(site)
    report(f"docs: writing {len(documented)} module pages")
    with _unions_as_written():
        for name, module_doc in documented.items():
            page = site / f"{name.replace('.', '/')}.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(_readable(pdoc.render.html_module(module_doc, documented)), "utf-8")
    for client in clients:
        report(f"docs: {client.package_name}/{METHODS_PAGE} from api.md")
        (site / client.package_name / METHODS_PAGE).write_text(
            _methods_page(client, to_html), encoding="utf-8"
        )
    (site / "index.html").write_text(pdoc.render.html_index(documented), encoding="utf-8")
    report("docs: search index")
    with _unions_as_written():
        index = search_index(documented)
    (site / "search.js").write_text(index, encoding="utf-8")
    size = sum(path.stat().st_size for path in site.rglob("*") if path.is_file())
    report(
        f"docs: {len(documented) + len(clients) + 1} pages, search index "
        f"{len(index.encode()) / 1e6:.1f} MB, site {size / 1e6:.1f} MB, "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return site / "index.html"


def public_modules(client: ClientSpec) -> list[str]:
    """Return the package and every public module below it that the site documents: all but
    the functional layer (``api/``), whose operations the resource pages document."""
    package = client.output_dir / client.package_name
    names = [client.package_name]
    for module in pkgutil.walk_packages([str(package)], f"{client.package_name}."):
        parts = module.name.split(".")
        if parts[1] != "api" and not any(part.startswith("_") for part in parts):
            names.append(module.name)
    return names


def is_private_path(location: Sequence[str]) -> bool:
    """Whether ``(module, qualname)`` names something private: a part starts with ``_``."""
    return any(
        part.startswith("_") for text in location[:2] for part in str(text).split(".") if part
    )


def search_index(documented: Mapping[str, Any]) -> str:
    """Return ``search.js``: one entry per public object, where it is defined (a re-export is
    not a second hit), without the async twin of a resource method; each entry's text is its
    docstring up to its first section (Args, Returns...), so the index stays small."""
    import pdoc.render  # noqa: PLC0415
    import pdoc.search  # noqa: PLC0415

    public = _template_is_public(documented)
    kept = _one_per_object(documented, public)
    documents = pdoc.search.make_index(
        documented,
        lambda doc: public(doc) and (doc.kind == "module" or doc.fullname in kept),
        "google",
    )
    for document in documents:
        if "doc" in document:
            document["doc"] = _DOC_SECTIONS.split(document["doc"], maxsplit=1)[0]
        for field in ("doc", "signature", "annotation", "default_value", "bases"):
            if field in document:
                document[field] = _readable(document[field])
    # The documents, not pdoc's precompiled index (node): that is five times their size (3.5
    # against 0.7 MB for both packages), and the browser indexes them when search is first used.
    return pdoc.render.env.get_template("search.js.jinja2").render(
        search_index=json.dumps(documents, separators=(",", ":"))
    )


@contextlib.contextmanager
def _unions_as_written() -> Iterator[None]:
    """Let pdoc write a union as the code does (``A | Literal['a'] | None``), not as the
    ``Union[A, Literal['a'], None]`` that Python makes of one with a ``Literal`` in it."""
    import pdoc.doc  # noqa: PLC0415

    original = inspect.formatannotation

    def formatannotation(annotation: Any, base_module: Any = None) -> str:
        if typing.get_origin(annotation) is typing.Union:
            return " | ".join(formatannotation(a, base_module) for a in typing.get_args(annotation))
        return original(annotation, base_module)

    inspect.formatannotation = formatannotation
    pdoc.doc.formatannotation = formatannotation  # type: ignore[attr-defined]
    try:
        yield
    finally:
        inspect.formatannotation = original
        pdoc.doc.formatannotation = original  # type: ignore[attr-defined]


def _template_is_public(documented: Mapping[str, Any]) -> Callable[[Any], bool]:
    """The ``is_public`` macro of the module template, as a function (what pdoc does for its
    own index: the macro decides what every page shows)."""
    import pdoc.doc  # noqa: PLC0415
    import pdoc.render  # noqa: PLC0415

    template = pdoc.render.env.get_template("module.html.jinja2")
    context = template.new_context(
        {"module": pdoc.doc.Module(types.ModuleType("")), "all_modules": documented}
    )
    for _ in template.root_render_func(context):
        pass
    return lambda doc: bool(context["is_public"](doc).strip())


def _one_per_object(documented: Mapping[str, Any], public: Callable[[Any], bool]) -> set[str]:
    """The full names the index keeps: for each object, the one in the module that defines
    it (else in the shallowest module that re-exports it); not the members of an async twin
    (``AsyncDatabases.list``) whose sync class in the same module has the same member, nor
    the stubs in ``<package>.testing`` that mirror the resources and methods
    (``DatabasesStub.get``): a search for a method finds the method."""
    best: dict[tuple[str, str], Any] = {}
    for module in documented.values():
        for doc in _walk(module, public):
            key = tuple(doc.taken_from)
            if key not in best or _rank(doc) < _rank(best[key]):
                best[key] = doc
    return {
        doc.fullname
        for doc in best.values()
        if not _is_async_twin(doc, documented) and not _is_stub_of(doc)
    }


def _walk(namespace: Any, public: Callable[[Any], bool]) -> Iterator[Any]:
    import pdoc.doc  # noqa: PLC0415

    for member in namespace.own_members:
        if not public(member):
            continue
        yield member
        if isinstance(member, pdoc.doc.Class):
            yield from _walk(member, public)


def _rank(doc: Any) -> tuple[bool, int, str]:
    return (doc.modulename != doc.taken_from[0], doc.modulename.count("."), doc.fullname)


def _is_stub_of(doc: Any) -> bool:
    """Whether ``doc`` is the stub of a resource or method (an attribute of a stub class)."""
    return doc.modulename.endswith(".testing") and doc.kind == "variable" and "." in doc.qualname


def _is_async_twin(doc: Any, documented: Mapping[str, Any]) -> bool:
    owner, _, name = doc.qualname.rpartition(".")
    if not owner.startswith("Async") or "." in owner:
        return False
    twin = documented[doc.modulename].get(f"{owner.removeprefix('Async')}.{name}")
    return twin is not None


def _methods_page(client: ClientSpec, to_html: Callable[[str], Any]) -> str:
    import pdoc.render  # noqa: PLC0415

    text = (client.output_dir / "api.md").read_text("utf-8")
    resources = [
        (heading, heading.lower())
        for heading in re.findall(r"^## (\w+)$", text, re.M)
        if heading not in ("Models", "Errors")
    ]
    return _readable(
        pdoc.render.env.get_template("methods.html.jinja2").render(
            package=client.package_name,
            reference=_site_links(str(to_html(text)), client, depth=1),
            resources=resources,
            module=types.SimpleNamespace(modulename=f"{client.package_name}.methods"),
        )
    )


def _site_links(rendered: str, client: ClientSpec, *, depth: int) -> str:
    """Point the links of a rendered README or api.md (written for the package's folder) at
    the site's pages: a class in ``<package>/<path>.py`` → ``<path>.html#<class>``, api.md →
    the methods page, README.md → the package's guide. ``depth``: how many folders below the
    site's root the page is."""
    up = "../" * depth
    package = client.package_name

    def to_page(found: re.Match[str]) -> str:
        path, name = found.group("path"), found.group("name")
        return f'href="{up}{path}.html#{name}"><code>{name}</code>'

    rendered = _SOURCE_LINK.sub(to_page, rendered)
    rendered = rendered.replace('href="api.md"', f'href="{up}{package}/{METHODS_PAGE}"')
    return rendered.replace('href="README.md"', f'href="{up}{package}.html#guide"')


def _readable(page: str) -> str:
    """The page as a reader wants it: ``Unset`` where pdoc writes its implementation type
    (``msgspec.UnsetType``), and a linked name without its module path
    (``planetscale_client.models.Database`` → ``Database``; the link says where it is), a
    name from a private module without that module (``planetscale_client._servers.Server``)."""
    page = _UNSET_TYPE.sub(lambda found: _unset(found.group(0)), page)
    page = _PRIVATE_PATH.sub(r"\g<name>", page)
    page = _HIGHLIGHTED_PRIVATE_PATH.sub(r"\g<name>", page)
    return _QUALIFIED_LINK.sub(r"\g<open>\g<name></a>", page)


def _unset(found: str) -> str:
    return '<span class="n">Unset</span>' if found.startswith("<") else "Unset"


def _package_info(client: ClientSpec) -> dict[str, str]:
    document = load_spec(client).document
    api_version = str(document["info"]["version"])
    return {
        "module": client.package_name,
        "title": client.api_title(document),
        "version": package_version(client, api_version),
        "api_version": api_version,
    }


def _loaded(name: str) -> types.ModuleType:
    """Import the module ``name`` with every name of its ``__all__`` in its namespace: the
    packages import models and resources when first used (PEP 562), and pdoc reads a
    module's namespace."""
    module = importlib.import_module(name)
    for member in getattr(module, "__all__", ()):
        if member not in vars(module):
            setattr(module, member, getattr(module, member))
    return module

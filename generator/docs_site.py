"""``make docs``: the API reference site of every generated package, built with pdoc (pinned)
from the packages' docstrings, each package's README as its guide on the package's page.

pdoc imports the packages (from generated/, whatever is installed), renders a page per
module (so one per operation under ``<package>/api/``, one per resource, per model module,
and the errors), a front page listing the packages (templates/docs/index.html.jinja2) and a
search index over every name and docstring.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from generator.config import ClientSpec
from generator.paths import TEMPLATES_DIR
from generator.specs import load_spec
from generator.versions import package_version

DOCS_TEMPLATES = TEMPLATES_DIR / "docs"


def build_site(clients: Sequence[ClientSpec], site: Path) -> Path:
    """Write the site of ``clients``' generated packages into ``site`` (replaced); return
    its front page."""
    # Imported when used: pdoc is only needed here.
    import pdoc.doc  # noqa: PLC0415
    import pdoc.render  # noqa: PLC0415
    from pdoc.render_helpers import to_html  # noqa: PLC0415

    for client in reversed(clients):  # the generated packages, not whatever else is installed
        sys.path.insert(0, str(client.output_dir))
    packages = []
    for client in clients:
        api_version = str(load_spec(client).document["info"]["version"])
        packages.append(
            {
                "module": client.package_name,
                "title": client.title,
                "version": package_version(client, api_version),
                "api_version": api_version,
            }
        )
    guides = {
        client.package_name: to_html((client.output_dir / "README.md").read_text("utf-8"))
        for client in clients
    }
    pdoc.render.configure(
        docformat="google",
        template_directory=DOCS_TEMPLATES,
        show_source=False,
        search=True,
        footer_text="Generated from the OpenAPI documents: make docs",
    )
    pdoc.render.env.globals.update(packages=packages, guides=guides)
    names = [name for client in clients for name in public_modules(client)]
    modules = {name: _loaded(name) for name in names}
    documented = {name: pdoc.doc.Module(module) for name, module in modules.items()}
    if site.exists():
        shutil.rmtree(site)
    for name, module_doc in documented.items():
        page = site / f"{name.replace('.', '/')}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(pdoc.render.html_module(module_doc, documented), encoding="utf-8")
    (site / "index.html").write_text(pdoc.render.html_index(documented), encoding="utf-8")
    (site / "search.js").write_text(pdoc.render.search_index(documented), encoding="utf-8")
    return site / "index.html"


def _loaded(name: str) -> ModuleType:
    """Import the module ``name`` with every name of its ``__all__`` in its namespace: the
    packages import models and resources when first used (PEP 562), and pdoc reads a
    module's namespace."""
    module = importlib.import_module(name)
    for member in getattr(module, "__all__", ()):
        if member not in vars(module):
            setattr(module, member, getattr(module, member))
    return module


def public_modules(client: ClientSpec) -> list[str]:
    """Return the package and every public module below it (pdoc follows ``__all__`` only,
    which names classes, not the modules that hold the operations and models)."""
    package = client.output_dir / client.package_name
    names = [client.package_name]
    for module in pkgutil.walk_packages([str(package)], f"{client.package_name}."):
        if not any(part.startswith("_") for part in module.name.split(".")):
            names.append(module.name)
    return names

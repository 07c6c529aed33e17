"""Each package's api.md names every resource method as a user writes the call (sync and
async), with the signature's arguments, its return type, its HTTP route and the exception of
each status its operation documents; its links lead to files of the package. help() on a
method says the route and what it raises; help() on a model describes its fields."""

from __future__ import annotations

import ast
import importlib
import inspect
import pydoc
import re
from pathlib import Path
from typing import Any

import pytest

from generator.operations import status_error_class
from generator.registry import CLIENTS, ClientSpec
from generator.specs import iter_operations, load_spec

PLAIN: Any = vars(pydoc)["plaintext"]
"""What help() writes to a file or pipe: plain text (typeshed does not declare it)."""


def _methods(client: ClientSpec) -> list[tuple[str, str, Any]]:
    """(resource attribute, method name, sync method) of every resource method."""
    package = importlib.import_module(client.package_name)
    sync_class = getattr(package, client.class_name)
    found = []
    for attribute, member in vars(sync_class).items():
        if attribute.startswith("_") or not hasattr(member, "func"):
            continue  # the resources are cached properties
        resource = inspect.signature(member.func).return_annotation
        module = importlib.import_module(f"{client.package_name}.resources.{attribute}")
        resource_class = getattr(module, str(resource).rpartition(".")[2])
        for name, method in vars(resource_class).items():
            if not name.startswith("_") and inspect.isfunction(method):
                found.append((attribute, name, method))
    return found


def _call(parameters: list[inspect.Parameter]) -> str:
    """How api.md writes the arguments of a call with ``parameters``."""
    written: list[str] = []
    for parameter in parameters:
        if parameter.kind is parameter.KEYWORD_ONLY and "*" not in written:
            written.append("*")
        default = parameter.default is not parameter.empty
        written.append(f"{parameter.name}=..." if default else parameter.name)
    return ", ".join(written)


def _section(text: str, resource: str, method: str) -> str:
    found = re.search(rf"^### {resource}\.{method}\n(.*?)(?=^##)", text, re.S | re.M)
    assert found, f"api.md has no section for {resource}.{method}"
    return found.group(1)


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_api_md_documents_every_method_as_it_is_called(client: ClientSpec) -> None:
    text = (client.output_dir / "api.md").read_text()
    methods = _methods(client)
    assert methods
    for resource, name, method in methods:
        section = _section(text, resource, name)
        signature = inspect.signature(method)
        arguments = [p for p in list(signature.parameters.values())[1:] if p.name != "options"]
        returns = str(signature.return_annotation).replace("builtins.", "")
        assert f"client.{resource}.{name}({_call(arguments)}) -> {returns}\n" in section, (
            f"{resource}.{name}: the call does not match the signature {signature}"
        )
        async_call = f"async_client.{resource}.{name}({_call(arguments)}) -> "
        assert async_call in section, f"{resource}.{name}: no async call"
        for argument in arguments:
            assert f"| `{argument.name}` |" in section, f"{resource}.{name}: {argument.name}"


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_api_md_gives_each_operations_route_and_documented_errors(client: ClientSpec) -> None:
    text = (client.output_dir / "api.md").read_text()
    sections = re.split(r"^### ", text, flags=re.M)[1:]
    for path, method, operation in iter_operations(load_spec(client).document):
        route = f"`{method.upper()} {path}`"
        owners = [s for s in sections if f"\n{route}" in s]
        assert len(owners) == 1, f"{route}: in {len(owners)} sections of api.md"
        raises = next((line for line in owners[0].splitlines() if line.startswith("Raises ")), "")
        for status in operation.get("responses") or {}:
            if str(status).isdigit() and int(status) >= 400:
                expected = f"[`{status_error_class(int(status))}`](#errors) ({status}"
                assert expected in raises, f"{route}: {status} missing from {raises!r}"


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_api_md_links_lead_to_the_package_files(client: ClientSpec) -> None:
    text = (client.output_dir / "api.md").read_text()
    anchors = {f"#{a}" for a in re.findall(r"^##+ (.+)$", text, re.M)}
    anchors = {a.replace(".", "").lower() for a in anchors}
    links = re.findall(r"\]\(([^)\s]+)\)", text)
    assert any(link.endswith("/models/" + link.rsplit("/", 1)[-1]) for link in links)
    for link in links:
        if link.startswith("#"):
            assert link in anchors, f"api.md links to a missing heading: {link}"
        else:
            assert (client.output_dir / link).is_file(), f"api.md links to a missing file: {link}"


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_help_on_a_method_gives_its_route_and_what_it_raises(client: ClientSpec) -> None:
    document = load_spec(client).document
    docs = {f"{r}.{n}": pydoc.render_doc(m, renderer=PLAIN) for r, n, m in _methods(client)}
    for path, method, operation in iter_operations(document):
        route = f"``{method.upper()} {path}``"
        (owner,) = [key for key, doc in docs.items() if route in doc]
        raises = docs[owner].split("Raises:", 1)[1]
        for status in operation.get("responses") or {}:
            if str(status).isdigit() and int(status) >= 400:
                assert f"{status_error_class(int(status))}: {status}" in raises, (owner, status)
        assert "APIConnectionError:" in raises and "TypeError:" in raises


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_help_on_a_model_describes_each_field(client: ClientSpec) -> None:
    """What the source says of each field (its attribute docstring) is in the class's own
    docstring, which help() shows."""
    models = importlib.import_module(f"{client.package_name}.models")
    described = 0
    for path in sorted(Path(str(models.__file__)).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.ClassDef) or node.name not in models.__all__:
                continue
            model = getattr(models, node.name)
            shown = " ".join((model.__doc__ or "").split())  # what help() prints, unwrapped
            fields = [
                (ast.unparse(field.target), " ".join(str(ast.literal_eval(doc.value)).split()))
                for field, doc in zip(node.body, node.body[1:], strict=False)
                if isinstance(field, ast.AnnAssign) and isinstance(doc, ast.Expr)
            ]
            for name, text in fields:
                assert f"{name} (" in shown and text in shown, f"{node.name}.{name}"
            if fields:
                assert "Attributes:" in pydoc.render_doc(model, renderer=PLAIN)
            described += len(fields)
    assert described, "no field has a description"

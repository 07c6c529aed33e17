"""No template writes text from a spec without the escaping filter of its target.

Two walls, both tested here: a lint over every template (ours and the runtime's) that allows
an unfiltered ``{{ }}`` only for the names listed below, each one an identifier the generator
made (generator/identifiers.py) or code it assembled; and the Jinja environment's
``finalize``, which refuses an ``UntrustedString`` (spec text) written without a filter.
The hostile-spec test (tests/generator/test_hostile_specs.py) renders them all with hostile
text in every field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes
from openapi_python_client.schema.untrusted_string import UntrustedString

from generator.errors import GenerationError
from generator.generate import ESCAPING_FILTERS, refuse_unescaped
from generator.paths import TEMPLATES_DIR

CODE_FILTERS = frozenset({"as_unembedded_code", "expand_maps", "qualify_builtins"})
"""Filters whose input is code openapi-python-client or the generator assembled."""
LAYOUT_FILTERS = frozenset({"indent", "wordwrap", "trim", "upper", "join", "list", "first"})
"""Filters that change layout, not what the text is: the lint looks through them."""
IDENTIFIERS = frozenset(
    {
        # made by generator/identifiers.py, or checked by generator/config.py as identifiers
        "api.class_name",
        "api.env_prefix",
        "api.error_model",
        "api.error_model_module",
        "api.auth_classes",
        "argument.name",
        "argument.env",
        "enum.class_info.name",
        "inner_property.python_name",
        "key",
        "method.body_class",
        "method.module",
        "method.name",
        "model.class_info.name",
        "name",
        "names",
        "package_name",
        "parameter.python_name",
        "placement.dotted",
        "project_name",
        "property.python_name",
        "resource.class_name",
        "resource.name",
        "scheme.class_name",
        "scheme.format_argument",
        "scheme.arguments",
        "scheme.arguments.name",
        "api.composite_schemes.class_name",
        "all",
        "class_name",
        "api.stub_class",  # <ClientClass> with Stub for Client (generator/context.py)
        "method.operation.placement.dotted",
        "parameter.name",
        "prefix",  # "async " or nothing
        "method.deprecated",  # a bool
        "deprecated",  # `client.<resource>.<method>` names (templates/README.md.jinja)
        "api.name",  # the config file's name, checked by generator/config.py
        "api.type_modules",  # model module names (generator/identifiers.py)
        "entry.anchor",
        "entry.name",
        "entry.resource",
        "entry.function_module",
        "error.exception",  # our exception classes (generator/operations.py STATUS_ERRORS)
        "error.body",  # a model class name
        "exception",
        "status",  # an HTTP status number of STATUS_ERRORS
        "requirement",  # our runtime dependencies (generator/generate.py)
        "is_async",
        "loop.last",
        "loop.revindex",
        "pad",  # spaces
        "lines",  # the exception tree, ours (templates/error_tree.jinja)
        # code: HTTP methods, types, imports, defaults and argument lists that openapi-python-
        # client or generator/operations.py, examples.py and the macros assembled
        "endpoint.method",
        "paging.item_type",
        "reply.status",
        "reply.type",
        "line",
        "import",
        "return_type",
        "type_string",
        "additional_property_type",
        "default",
        "items",
        "params",
        "bodies",
        "fields",
        "call",
        "call.received",  # the README example's arguments, as code (generator/examples.py)
        "listing.page_size",
        "parameter.default",  # a default as Python source (generator/signatures.py)
        "entry.call",  # a call written from identifiers and types, defaults shown as ``...``
        "entry.async_call",
        "method.endpoint.method",
        "call.args",
        "call.call_args",
        "call.function",
        "call.method",
        "call.module",
        "listing.args",
        "listing.function",
        "listing.kwargs",
        "listing.method",
        "listing.module",
        "api.examples.constructors",
        "api.examples.credentials",
        "api.examples.and_credentials",
        "module",
        "page_type",
        "source",
        "destination",
        "inner_source",
    }
)


def templates() -> list[Path]:
    """Every template the generator renders (the docs site's are pdoc's, autoescaped)."""
    return sorted(p for p in TEMPLATES_DIR.rglob("*.jinja") if "docs" not in p.parts)


@pytest.mark.parametrize(
    "template", templates(), ids=lambda p: p.relative_to(TEMPLATES_DIR).as_posix()
)
def test_every_unfiltered_output_of_a_template_is_an_identifier_or_code(template: Path) -> None:
    environment = jinja2.Environment(extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
    tree = environment.parse(template.read_text(encoding="utf-8"))
    raw = sorted(
        {reference for output in tree.find_all(nodes.Output) for reference in _raw(output)}
        - IDENTIFIERS
    )
    assert not raw, (
        f"{template.name} writes {raw} without an escaping filter "
        f"({', '.join(sorted(ESCAPING_FILTERS))}); if one is an identifier or code the "
        "generator made, add it to IDENTIFIERS with the reason"
    )


def _raw(node: nodes.Node) -> Iterator[str]:
    """The references ``node`` writes without an escaping or code filter."""
    if isinstance(node, nodes.Filter):
        if node.name in ESCAPING_FILTERS or node.name in CODE_FILTERS:
            return
        if node.name == "map" and any(
            isinstance(arg, nodes.Const) and arg.value in ESCAPING_FILTERS for arg in node.args
        ):
            return
        attribute = next((k.value for k in node.kwargs if k.key == "attribute"), None)
        if node.name == "map" and isinstance(attribute, nodes.Const) and node.node is not None:
            yield from (f"{reference}.{attribute.value}" for reference in _raw(node.node))
            return
        assert node.name in LAYOUT_FILTERS, f"unknown filter {node.name!r}: classify it"
        if node.node is not None:
            yield from _raw(node.node)
    elif isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem):
        yield _dotted(node)
    elif isinstance(node, nodes.Call | nodes.Const | nodes.TemplateData):
        return  # a macro (its body is linted itself) or a method of the parse; a constant
    else:
        for child in node.iter_child_nodes():
            yield from _raw(child)


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        return _dotted(node.node)
    if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Getattr):
        return _dotted(node.node.node)  # a str method (``line.split(...)[0]``): its text
    return type(node).__name__


def test_the_lint_finds_spec_text_written_raw() -> None:
    environment = jinja2.Environment()
    tree = environment.parse('"""{{ scheme.description }}""" {{ api.title | docstring }}')
    assert [r for output in tree.find_all(nodes.Output) for r in _raw(output)] == [
        "scheme.description"
    ]


def test_the_environment_refuses_spec_text_written_without_a_filter() -> None:
    environment = jinja2.Environment(finalize=refuse_unescaped)
    environment.filters.update(ESCAPING_FILTERS)
    title = UntrustedString('x"""; import os')
    assert environment.from_string("{{ t | py_literal }}").render(t=title) == '\'x"""; import os\''
    with pytest.raises(GenerationError, match="without an escaping filter"):
        environment.from_string('"""{{ t }}"""').render(t=title)

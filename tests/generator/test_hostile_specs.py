"""Hostile specs: whatever text a document holds in any field, generation writes it as data.

hypothesis writes hostile text (quotes and triple quotes, backslashes and ``\\N{...}``, line
breaks, control characters and NUL, NFKC-equivalent letters, backticks and Markdown fences,
Jinja syntax, links, mentions, very long strings, and code that would write a canary file)
into every string-bearing field of a small document: info, servers and their variables,
security schemes (keys, header names, token URLs, scopes, descriptions), tags, operationIds,
parameters, schema names, titles, properties, enum values, defaults and examples. Each
document is generated (``finish=False``: the templates rendered, no ruff, which changes no
meaning) and then:

- it is generated, or refused with a :class:`SpecError` / :class:`GenerationError` naming the
  document;
- every module compiles; ``pyproject.toml`` reads back with exactly our keys; the README has
  only our code blocks and links;
- the package imports, a client is built and an operation called through
  ``httpx.MockTransport``: no canary file is written, the canary secret is read by no one;
- the spec's words are in the docstrings, the string default and the enum value are sent
  exactly as written, the enum's values are the spec's.

``make test`` runs :data:`EXAMPLES` examples (about a minute); ``HOSTILE_EXAMPLES=<n>`` runs
``n`` (README.md, "Hostile specs").
"""

from __future__ import annotations

import ast
import importlib
import itertools
import os
import pkgutil
import sys
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from generator.config import load_config
from generator.errors import GenerationError, SpecError
from generator.generate import _check_syntax, generate_client
from generator.parse import document_names
from generator.specs import load_spec

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES") or 200)
EXAMPLES_RUN: Counter[str] = Counter()
"""Examples run, generated and refused; printed at the end of the session."""

PROJECT_KEYS = frozenset(
    {
        "name",
        "version",
        "description",
        "readme",
        "requires-python",
        "classifiers",
        "dependencies",
        "optional-dependencies",
        "entry-points",
    }
)
"""The ``[project]`` keys of a generated ``pyproject.toml`` (templates/pyproject.toml.jinja)."""
CANARY_VARIABLE = "HOSTILE_CANARY"
SECRET_VARIABLE = "HOSTILE_SECRET"
# Code that writes the secret into the canary file, if anything ever runs it.
PAYLOAD = (
    f"__import__('pathlib').Path(__import__('os').environ['{CANARY_VARIABLE}'])"
    f".write_text(__import__('os').environ['{SECRET_VARIABLE}'])"
)
BREAKOUTS = (
    # Python: strings, docstrings, comments, f-strings, escapes
    '"""',
    "'''",
    '"',
    "'",
    "\\",
    "\\N{BULLET}",
    "\\x41",
    "\\u0041",
    "\\",
    '""";' + PAYLOAD + ';"""',
    "''';" + PAYLOAD + ";'''",
    '"+' + PAYLOAD + '+"',
    "'+" + PAYLOAD + "+'",
    "\n" + PAYLOAD + "\n",
    "\n#",
    "{" + PAYLOAD + "}",
    "{x!r}",
    "%s",
    # Line breaks and invisible characters
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\u202e",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    # NFKC: fullwidth and compatibility letters, case folding surprises
    "\uff49\uff44",  # fullwidth "id"
    "\ufb01",  # the "fi" ligature
    "\u2168",  # Roman numeral nine
    "\u2460",  # circled one
    "\u212a",  # Kelvin sign
    "\u00df",
    "\u0130",
    "\u01c5",
    # Markdown, HTML and TOML
    "`",
    "``",
    "```",
    "\n```python\n" + PAYLOAD + "\n```\n",
    "~~~",
    "[link](https://evil.example)",
    "![image](https://evil.example/i.png)",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    "@octocat",
    "#1",
    "https://evil.example",
    "www.evil.example",
    "|",
    "*",
    "_",
    "$x$",
    '\n[project.scripts]\nevil = "os:system"\n',
    '"\nevil = 1\n"',
    # Jinja
    "{{ 7*7 }}",
    "{% if true %}",
    "{# x #}",
    # Words a generator might take: keywords, runtime and model names
    "class",
    "self",
    "body",
    "options",
    "to_dict",
    "Operation",
)
CHARACTERS = st.characters(exclude_categories=["Cs"], exclude_characters="\x85")
"""Any character YAML carries (not lone surrogates; U+0085 is a YAML line break)."""

hostile_text = st.lists(
    st.sampled_from(BREAKOUTS) | st.text(CHARACTERS, min_size=1, max_size=6),
    min_size=1,
    max_size=5,
).map("".join)
long_text = st.tuples(hostile_text, st.integers(200, 320)).map(lambda t: t[0] + "y" * t[1])
any_text = hostile_text | long_text
# Component keys: OpenAPI allows these characters only.
component_key = st.from_regex(r"[a-zA-Z][a-zA-Z0-9._-]{0,12}", fullmatch=True) | st.sampled_from(
    ["Operation", "Body", "Reply", "Param", "Pagination", "Model", "class", "to_dict"]
)
# Path parameters: what openapi-python-client reads in a path template.
path_parameter = st.from_regex(r"[a-zA-Z_][a-zA-Z0-9_-]{0,10}", fullmatch=True) | st.sampled_from(
    ["body", "options", "client", "self", "url", "id"]
)


@st.composite
def hostile_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A small valid OpenAPI document with hostile text in every string-bearing field."""

    def text() -> str:
        """A fresh draw for each field."""
        return draw(any_text)

    schema, scheme = draw(component_key), draw(component_key)
    enum_values = draw(st.lists(hostile_text, min_size=1, max_size=4, unique=True))
    query_enum = draw(st.lists(hostile_text, min_size=1, max_size=4, unique=True))
    fixed = {"id", "\uff49\uff44", "to_dict"}
    names = draw(
        st.lists(any_text.filter(lambda t: t not in fixed), min_size=6, max_size=6, unique=True)
    )
    ids = draw(st.lists(any_text, min_size=2, max_size=2, unique=True))
    variable = draw(hostile_text)
    path_name = draw(path_parameter)
    return {
        "openapi": "3.1.0",
        "info": {"title": text(), "version": text(), "description": text()},
        "servers": [
            {
                "url": "https://hostile.example/{" + variable + "}",
                "description": text(),
                "variables": {
                    variable: {"default": "v1", "enum": ["v1", text()], "description": text()}
                },
            }
        ],
        "tags": [{"name": names[0], "description": text()}],
        "security": [{scheme: []}, {"oauth": []}],
        "paths": {
            "/things/{" + path_name + "}": {
                "get": {
                    "operationId": ids[0],
                    "summary": text(),
                    "description": text(),
                    "tags": [names[0]],
                    "security": [],
                    "parameters": [
                        {
                            "name": path_name,
                            "in": "path",
                            "required": True,
                            "description": text(),
                            "schema": {"type": "string"},
                        },
                        {
                            "name": names[1],
                            "in": "query",
                            "description": text(),
                            "schema": {"type": "string", "default": text(), "example": text()},
                        },
                        {
                            "name": names[2],
                            "in": "query",
                            "schema": {"type": "string", "enum": query_enum},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": text(),
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": f"#/components/schemas/{schema}"}
                                }
                            },
                        }
                    },
                }
            },
            "/other": {
                "post": {
                    "operationId": ids[1],
                    "summary": text(),
                    "parameters": [
                        {"name": names[3], "in": "header", "schema": {"type": "string"}}
                    ],
                    "responses": {"204": {"description": text()}},
                }
            },
        },
        "components": {
            "securitySchemes": {
                scheme: {
                    "type": "apiKey",
                    "in": "header",
                    "name": text(),
                    "description": text(),
                },
                "oauth": {
                    "type": "oauth2",
                    "description": text(),
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": "https://hostile.example/token/" + text(),
                            "scopes": {text(): text()},
                        }
                    },
                },
            },
            "schemas": {
                schema: {
                    "type": "object",
                    # openapi-python-client names classes after titles; two titles that give
                    # one class name are a conflict it reports (issue 20), not what this tries
                    "title": "Thing " + text(),
                    "description": text(),
                    "example": {"x": text()},
                    "properties": {
                        # first: their names are known (id, id_2, to_dict_) whatever follows
                        "id": {"type": "string"},
                        "\uff49\uff44": {"type": "string"},
                        "to_dict": {"type": "string"},
                        names[4]: {"type": "string", "description": text(), "default": text()},
                        names[5]: {
                            "type": "string",
                            "enum": enum_values,
                            "title": "Kind " + text(),
                        },
                    },
                }
            },
        },
    }


_counter = itertools.count()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(document=hostile_documents())
def test_a_hostile_document_is_generated_as_data_or_refused(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    EXAMPLES_RUN["examples"] += 1
    folder = tmp_path_factory.mktemp("hostile")
    number = next(_counter)
    package_name = f"hostile_{number}_client"
    (folder / "api.yaml").write_text(
        yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8"
    )
    (folder / "api.config.yaml").write_text(
        f"spec: api.yaml\npackage: {package_name}\nclient_class: HostileClient\n", "utf-8"
    )
    client = load_config(folder / "api.config.yaml")
    try:
        spec = load_spec(client)
        warnings = generate_client(client, spec, folder / "out", finish=False)
    except (SpecError, GenerationError) as refused:
        EXAMPLES_RUN["refused"] += 1
        note(f"refused: {refused}")
        assert str(refused).startswith(("api.yaml", str(folder)))
        return
    EXAMPLES_RUN["generated"] += 1
    note("warnings:\n" + "\n".join(warnings))
    project = folder / "out"
    _check_syntax(project)
    _check_pyproject(project, document)
    _check_readme(project)
    canary = folder / "canary"
    with _canary(canary), _imported(project, package_name) as package:
        _check_package(package, document, spec.document)
    assert not canary.exists(), "generated code ran the payload"


def _check_pyproject(project: Path, document: dict[str, Any]) -> None:
    """Exactly our keys; the summary is the title's words on one line."""
    metadata = tomllib.loads((project / "pyproject.toml").read_text("utf-8"))
    assert set(metadata) == {"project", "build-system", "tool"}
    assert set(metadata["project"]) == PROJECT_KEYS
    summary = metadata["project"]["description"]
    assert "\n" not in summary
    assert _words(document["info"]["title"]) in _words(summary)


OUR_LINKS = frozenset({"#resources-and-methods", "api.md", "https://github.com/stoplightio/prism"})
"""The links templates/README.md.jinja writes itself: a spec can add none."""


def _check_readme(project: Path) -> None:
    """Only our code blocks (none runs the payload) and our links; no image, no HTML."""
    tokens = list(
        _walk(MarkdownIt("commonmark").enable("table").parse(_read(project / "README.md")))
    )
    for token in tokens:
        assert token.type not in {"image", "html_block", "html_inline"}, token
        if token.type == "link_open":
            assert token.attrs["href"] in OUR_LINKS, token
        if token.type == "fence":
            assert token.info in {"python", "bash"}, token.info
            if token.info == "python":
                calls = [
                    node
                    for node in ast.walk(ast.parse(token.content))
                    if isinstance(node, ast.Name) and node.id == "__import__"
                ]
                assert not calls, token.content


def _check_package(package: ModuleType, document: dict[str, Any], effective: Any) -> None:
    names = document_names(effective, "field_")
    path = next(iter(document["paths"]))
    operation = document["paths"][path]["get"]
    folder = names.tag(operation)
    module = importlib.import_module(
        f"{package.__name__}.api.{folder}.{names.operations[(path, 'get')]}"
    )
    sent: list[httpx.Request] = []
    schema = next(iter(document["components"]["schemas"].values()))
    enum_values = next(p["enum"] for p in schema["properties"].values() if "enum" in p)

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "1", "\uff49\uff44": "2", "to_dict": "3"})

    query_default, query_enum = operation["parameters"][1], operation["parameters"][2]
    python_names = {param.key: param.name for param in module.OPERATION.params}
    enum_class = _enum_with_values(package, query_enum["schema"]["enum"])
    client = package.HostileClient(
        base_url="https://hostile.example",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    with client:
        for value in query_enum["schema"]["enum"]:
            arguments = {python_names[query_enum["name"]]: enum_class(value)}
            path_argument = python_names[operation["parameters"][0]["name"]]
            thing = module.sync(**{path_argument: "thing"}, client=client, **arguments)
            query = dict(sent[-1].url.params.multi_items())
            assert query[query_enum["name"]] == value
            assert query[query_default["name"]] == query_default["schema"]["default"]
    # NFKC: ``id`` and fullwidth ``id`` are two fields; ``to_dict`` did not hide the method
    assert (thing.id, thing.id_2, thing.to_dict_) == ("1", "2", "3")
    assert thing.to_dict()["\uff49\uff44"] == "2"
    members = [member.value for member in _enum_with_values(package, enum_values)]
    assert sorted(members) == sorted(enum_values)  # members are in name order
    assert _words(schema["description"]) in _words(type(thing).__doc__ or "")


def _enum_with_values(package: ModuleType, values: list[str]) -> type[Enum]:
    models = importlib.import_module(f"{package.__name__}.models")
    for name in models.__all__:
        candidate = getattr(models, name)
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            if sorted(member.value for member in candidate) == sorted(values):
                return candidate
    raise AssertionError(f"no enum of the values {values!r}")


def _words(text: str) -> str:
    """``text`` without whitespace: docstrings wrap lines, the summary joins them."""
    return "".join(text.split())


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _walk(tokens: Any) -> Iterator[Any]:
    for token in tokens:
        yield token
        yield from _walk(token.children or ())


class _canary:
    """The canary's path and the secret in the environment, for the block only."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        os.environ[CANARY_VARIABLE] = str(self.path)
        os.environ[SECRET_VARIABLE] = "s3cr3t"

    def __exit__(self, *exc: object) -> None:
        del os.environ[CANARY_VARIABLE], os.environ[SECRET_VARIABLE]


class _imported:
    """Import every module of the generated package; forget them all afterwards."""

    def __init__(self, project: Path, name: str) -> None:
        self.project, self.name = project, name

    def __enter__(self) -> ModuleType:
        sys.path.insert(0, str(self.project))
        package = importlib.import_module(self.name)
        for module in pkgutil.walk_packages(package.__path__, f"{self.name}."):
            importlib.import_module(module.name)
        return package

    def __exit__(self, *exc: object) -> None:
        sys.path.remove(str(self.project))
        for module in [m for m in sys.modules if m == self.name or m.startswith(f"{self.name}.")]:
            del sys.modules[module]


def test_the_hostile_text_covers_what_the_issue_lists() -> None:
    """The breakouts hold every kind of text the hostile test promises to try."""
    joined = "".join(BREAKOUTS)
    for needle in ('"""', "\\N{", "\n", "\x00", "```", "{{", "{%", "`", "@", "\u202e"):
        assert needle in joined
    assert any(unicodedata.normalize("NFKC", b) != b for b in BREAKOUTS)

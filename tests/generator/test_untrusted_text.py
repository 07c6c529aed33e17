"""Issue 18's rows about text and names from a spec, one regression test each: the small
document that broke the generator is generated the whole way (ruff, headers, the import
check), imported, and its client built and called through ``httpx.MockTransport``.

Each document carries code that writes a canary file if anything runs it; no test may find
the file. The property-based version over every field is tests/generator/test_hostile_specs.py.
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from markdown_it import MarkdownIt

from generator.config import load_config
from generator.environment import without_secrets
from generator.generate import _check_importable
from generator.regenerate import build_clients
from tests.generator.test_hostile_specs import PROJECT_KEYS

pytestmark = pytest.mark.slow

PAYLOAD = (
    "__import__('pathlib').Path(__import__('os').environ['CANARY_FILE'])"
    ".write_text(__import__('os').environ.get('GH_TOKEN', 'ran'))"
)


class Built:
    """A generated and imported package."""

    def __init__(self, project: Path, package: ModuleType, warnings: str) -> None:
        self.project = project
        self.package = package
        self.warnings = warnings

    def read(self, relative: str) -> str:
        return (self.project / relative).read_text(encoding="utf-8")

    def module(self, name: str) -> ModuleType:
        return importlib.import_module(f"{self.package.__name__}.{name}")

    def client(self, answer: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
        http = httpx.Client(transport=httpx.MockTransport(answer))
        return self.package.SmallClient(
            base_url="https://small.example", http_client=http, **kwargs
        )


Build = Callable[..., Built]


@pytest.fixture
def canary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The file the payload writes, and a token it would read; neither may be touched."""
    path = tmp_path / "canary"
    monkeypatch.setenv("CANARY_FILE", str(path))
    monkeypatch.setenv("GH_TOKEN", "ghs_secret")
    yield path
    assert not path.exists(), f"generated code ran: it wrote {path.read_text()!r}"


@pytest.fixture
def build(tmp_path: Path, canary: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Build]:
    """Generate a spec made of ``document`` over a small base (and the config's extra lines)
    and import the package."""
    imported: list[str] = []

    def run(document: dict[str, Any], config: str = "") -> Built:
        number = len(imported)
        specs = tmp_path / f"specs{number}"
        specs.mkdir()
        spec = {
            "openapi": "3.1.0",
            "info": {"title": "Small API", "version": "1.0.0"},
            "servers": [{"url": "https://small.example"}],
            "paths": {},
            **document,
        }
        (specs / "small.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), "utf-8")
        (specs / "small.config.yaml").write_text(
            f"spec: small.yaml\npackage: small{number}_client\nclient_class: SmallClient\n"
            + config,
            "utf-8",
        )
        client = load_config(specs / "small.config.yaml")
        (project,) = build_clients([client], tmp_path / f"out{number}").values()
        sys.path.insert(0, str(project))
        imported.append(client.package_name)
        package = importlib.import_module(client.package_name)
        return Built(project, package, capsys.readouterr().err)

    yield run
    for package in imported:
        for module in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[module]
    sys.path[:] = [p for p in sys.path if not p.startswith(str(tmp_path))]


def _get(
    path: str, operation_id: str, *, parameters: list[Any] | None = None, schema: Any = None
) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}} if schema is not None else None
    response: dict[str, Any] = {"description": "OK"}
    if content:
        response["content"] = content
    return {
        path: {
            "get": {
                "operationId": operation_id,
                "tags": ["things"],
                "parameters": parameters or [],
                "responses": {"200": response},
            }
        }
    }


def _words(text: str | None) -> str:
    """``text`` without whitespace: docstrings cut long words and wrap lines."""
    return "".join((text or "").split())


def _answer(body: Any = None) -> tuple[list[httpx.Request], Callable[..., httpx.Response]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=body)

    return sent, answer


# Row 1 ----------------------------------------------------------------------------------


def test_a_composed_api_key_description_is_its_docstring_and_runs_nothing(build: Build) -> None:
    description = f'x""";{PAYLOAD};"""'
    built = build(
        {
            "components": {
                "securitySchemes": {
                    "serviceToken": {
                        "type": "apiKey",
                        "in": "header",
                        "name": "Authorization",
                        "description": description,
                    }
                }
            },
            "security": [{"serviceToken": []}],
            **{"paths": _get("/things", "listThings")},
        },
        "auth:\n  serviceToken:\n    arguments: [token_id, token]\n"
        "    formats:\n      Pair: '{token_id}:{token}'\n",
    )
    credential = built.package.ServiceToken
    assert _words(description) in _words(credential.__doc__)
    sent, answer = _answer()
    with built.client(answer, token_id="a", token="b") as client:
        client.things.list()
    assert sent[0].headers["authorization"] == "a:b"


def test_the_import_check_runs_without_secrets_in_its_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Generated code is imported with only PATH, HOME, the locale and the temp folder."""
    monkeypatch.setenv("GH_TOKEN", "ghs_secret")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws")
    package = tmp_path / "probe_client"
    package.mkdir()
    seen = tmp_path / "environment.json"
    (package / "__init__.py").write_text(
        f"import json, os\nopen({str(seen)!r}, 'w').write(json.dumps(sorted(os.environ)))\n"
    )
    client = load_config(_config(tmp_path, "package: probe_client\n"))
    _check_importable(client, tmp_path)
    names = set(json.loads(seen.read_text()))
    assert names <= set(without_secrets()) | {"LC_CTYPE"}  # Python may set LC_CTYPE itself
    assert "GH_TOKEN" not in names and "AWS_SECRET_ACCESS_KEY" not in names
    assert "PATH" in names


def _config(folder: Path, extra: str) -> Path:
    (folder / "probe.yaml").write_text("openapi: 3.1.0\n", "utf-8")
    (folder / "probe.config.yaml").write_text(f"spec: probe.yaml\n{extra}", "utf-8")
    return folder / "probe.config.yaml"


# Row 3 ----------------------------------------------------------------------------------


def test_server_url_key_name_and_token_url_are_data_when_a_client_is_built(
    build: Build,
) -> None:
    url = f'https://small.example/"""+{PAYLOAD}+"""'
    header = f"X-Key'''+{PAYLOAD}+'''"
    token_url = f'https://small.example/token"""\n{PAYLOAD}\n"""'
    built = build(
        {
            "servers": [{"url": url, "description": f'"""{PAYLOAD}'}],
            "components": {
                "securitySchemes": {
                    "key.v2-x_y": {"type": "apiKey", "in": "header", "name": header},
                    "oauth": {
                        "type": "oauth2",
                        "flows": {"clientCredentials": {"tokenUrl": token_url, "scopes": {}}},
                    },
                }
            },
            "security": [{"key.v2-x_y": []}, {"oauth": []}],
            "paths": _get("/things", "listThings"),
        }
    )
    client_module = built.module("client")
    assert client_module.SERVERS[0].url == url
    doc = _words(built.package.SmallClient.__init__.__doc__)
    assert _words(f"``{header}``") in doc and _words(f"``{token_url}``") in doc
    assert "``key.v2-x_y``" in doc
    _, answer = _answer()
    with built.client(answer, client_id="id", client_secret="secret") as client:
        assert client.base_url == "https://small.example"  # constructed: its __init__ ran


# Row 4 ----------------------------------------------------------------------------------


def test_a_python_fence_in_the_description_is_no_code_block_of_the_readme(build: Build) -> None:
    description = f"Intro.\n\n```python\n{PAYLOAD}\n```\n\n    {PAYLOAD}\n"
    built = build({"info": {"title": "Small", "version": "1", "description": description}})
    readme = built.read("README.md")
    fences = [
        token.content
        for token in MarkdownIt("commonmark").parse(readme)
        if token.type in ("fence", "code_block")
    ]
    assert fences  # ours
    assert not [f for f in fences if "__import__" in f], "the description became code"
    assert "Intro" in readme


# Row 5 ----------------------------------------------------------------------------------


def test_version_and_title_cannot_add_keys_to_pyproject(build: Build) -> None:
    injected = '"\nscripts = { evil = "os:system" }\n[project.entry-points.x]\ny = "z'
    built = build({"info": {"title": f"Small{injected}", "version": f"1.0{injected}"}})
    metadata = tomllib.loads(built.read("pyproject.toml"))
    project = metadata["project"]
    assert set(project) == PROJECT_KEYS
    assert "\n" not in project["description"]
    assert " ".join(f"Small{injected}".split()) in project["description"]
    assert built.package.__api_version__ == f"1.0{injected}"


# Rows 14 and 17 -------------------------------------------------------------------------


def test_enum_values_that_meet_in_python_are_two_members_sent_as_written(build: Build) -> None:
    values = [
        "a-b",
        "a_b",
        "database_admin",
        "database-admin",
        "tab\there",
        "bell\x07",
        "two\nlines",
    ]
    built = build(
        {
            "paths": _get(
                "/roles",
                "listRoles",
                parameters=[
                    {"name": "role", "in": "query", "schema": {"type": "string", "enum": values}}
                ],
            )
        }
    )
    role = built.module("models").ListRolesRole
    assert sorted(member.value for member in role) == sorted(values)
    assert {m.name: m.value for m in role}["A_B_2"] == "a_b"
    assert "'a_b' and 'a-b' would both be 'A_B'" in built.warnings
    sent, answer = _answer()
    with built.client(answer) as client:
        for value in values:
            client.things.list_roles(role=role(value))
            assert sent[-1].url.params["role"] == value


def test_string_defaults_are_sent_exactly_as_written(build: Build) -> None:
    defaults = ['say "hi"', "back\\slash \\N{BULLET}", "two\nlines", "'''\"\"\"", "ctrl\x01"]
    built = build(
        {
            "paths": _get(
                "/search",
                "search",
                parameters=[
                    {"name": f"q{i}", "in": "query", "schema": {"type": "string", "default": d}}
                    for i, d in enumerate(defaults)
                ],
            )
        }
    )
    sent, answer = _answer()
    with built.client(answer) as client:
        client.things.search()
    assert [sent[0].url.params[f"q{i}"] for i in range(len(defaults))] == defaults


# Row 15 ---------------------------------------------------------------------------------


def test_operation_ids_that_meet_in_python_are_three_operations(build: Build) -> None:
    built = build(
        {
            "paths": {
                **_get("/a", "getThing"),
                **_get("/b", "get_thing"),
                **_get("/c", "get-thing"),
                **_get("/long", "get" + "Thing" * 60),
            }
        }
    )
    sent, answer = _answer()
    folder = built.module("api.things")
    for name, path in (("get_thing", "/a"), ("get_thing_2", "/b"), ("get_thing_3", "/c")):
        importlib.import_module(f"{folder.__name__}.{name}").sync(client=built.client(answer))
        assert sent[-1].url.path == path
    assert "'get_thing' and 'getThing' would both be 'get_thing'" in built.warnings
    files = (built.project / built.package.__name__ / "api" / "things").glob("*.py")
    (long,) = [p.stem for p in files if p.stem.startswith("get_thing_thing")]
    assert len(long.encode()) <= 100
    importlib.import_module(f"{folder.__name__}.{long}").sync(client=built.client(answer))
    assert sent[-1].url.path == "/long"


# Row 16 ---------------------------------------------------------------------------------


def test_fields_named_like_model_methods_or_nfkc_twins_are_all_fields(build: Build) -> None:
    names = ["to_dict", "from_dict", "additional_properties", "to_json", "id", "\uff49\uff44"]
    built = build(
        {
            "paths": _get(
                "/thing",
                "getThing",
                schema={"$ref": "#/components/schemas/Thing"},
            ),
            "components": {
                "schemas": {
                    "Thing": {
                        "type": "object",
                        "properties": {name: {"type": "string"} for name in names},
                    }
                }
            },
        }
    )
    body = {name: f"value of {name}" for name in names}
    _, answer = _answer(body)
    with built.client(answer) as client:
        thing = client.things.get()
    assert (thing.to_dict_, thing.id, thing.id_2) == (
        "value of to_dict",
        "value of id",
        "value of \uff49\uff44",
    )
    assert thing.to_dict() == body
    assert type(thing).from_dict(body) == thing


# Row 18 ---------------------------------------------------------------------------------


def test_valid_documents_the_generator_used_to_refuse_generate_and_work(build: Build) -> None:
    schemas = {
        name: {"type": "object", "properties": {"x": {"type": "string"}}}
        for name in ("Operation", "Body", "Reply", "Param", "Pagination")
    }
    schemas["Thing"] = {
        "type": "object",
        "properties": {
            'say "hi"': {"type": "string"},
            "limit": {"type": "number", "default": float("inf")},
            "ops": {"type": "array", "items": {"$ref": "#/components/schemas/Operation"}},
        },
    }
    built = build(
        {
            "tags": [{"name": "\uff54\uff48\uff49\uff4e\uff47\uff53", "description": 'ends "'}],
            "paths": {
                "/things": {
                    "post": {
                        "operationId": "createThing",
                        "tags": ["\uff54\uff48\uff49\uff4e\uff47\uff53"],
                        "parameters": [
                            {"name": "body", "in": "query", "schema": {"type": "string"}},
                            {"name": "options", "in": "query", "schema": {"type": "string"}},
                        ],
                        "requestBody": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Body"}
                                }
                            }
                        },
                        "responses": {
                            "200": {
                                "description": "OK",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Thing"}
                                    }
                                },
                            }
                        },
                    }
                }
            },
            "components": {"schemas": schemas},
        }
    )
    models = built.module("models")
    assert {"OperationModel", "BodyModel", "ReplyModel", "ParamModel", "PaginationModel"} <= set(
        models.__all__
    )
    assert models.Thing().limit == float("inf")
    assert "cannot hold" in built.warnings  # the quoted property: kept with the undeclared ones
    sent, answer = _answer({'say "hi"': "hello", "ops": [{"x": "1"}]})
    with built.client(answer) as client:
        assert 'ends "' in (type(client.things).__doc__ or "")
        thing = client.things.create(x="b", body_query="q", options_query="o")
    assert sent[0].url.params["body"] == "q" and sent[0].url.params["options"] == "o"
    assert json.loads(sent[0].content) == {"x": "b"}
    assert thing['say "hi"'] == "hello"
    assert thing.ops == [models.OperationModel(x="1")]


# Row 19 ---------------------------------------------------------------------------------


def test_a_map_schema_description_is_its_docstring_every_time(build: Build) -> None:
    document = {
        "paths": _get("/counts", "getCounts", schema={"$ref": "#/components/schemas/Counts"}),
        "components": {
            "schemas": {
                "Counts": {
                    "type": "object",
                    "title": "Counts",
                    "description": "How many of each.",
                    "additionalProperties": {"type": "integer"},
                }
            }
        },
    }
    first, second = build(document), build(document)
    text = first.read(f"{first.package.__name__}/models/counts.py")
    assert '"""How many of each."""' in text
    assert "object at 0x" not in text
    assert text == second.read(f"{second.package.__name__}/models/counts.py").replace(
        second.package.__name__, first.package.__name__
    )


def test_every_python_file_of_a_hostile_package_parses(build: Build) -> None:
    """The hostile texts of the rows above together, in one document: every module parses."""
    built = build(
        {
            "info": {"title": f'T"""{PAYLOAD}', "version": "1", "description": f"```\n{PAYLOAD}"},
            "tags": [{"name": "things", "description": f'"""{PAYLOAD}"""'}],
            "paths": _get("/x", f"get\"'{PAYLOAD}"),
        }
    )
    for path in built.project.rglob("*.py"):
        ast.parse(path.read_text(encoding="utf-8"))
    result = subprocess.run(
        [sys.executable, "-c", f"import {built.package.__name__}"],
        cwd=built.project,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

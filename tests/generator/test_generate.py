"""What ``generator/generate.py`` makes of spec constructs our two APIs do not use, found by the
corpus: each small spec is generated into a temporary folder, imported, and called through
``httpx.MockTransport`` (the request that went out, the model that came back)."""

from __future__ import annotations

import importlib
import json
import re
import sys
import typing
from collections.abc import Callable, Iterator
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.parser.errors import ErrorLevel, ParseError

from generator.config import load_config
from generator.errors import GenerationError
from generator.generate import _check_syntax
from generator.parse import describe
from generator.regenerate import build_clients
from generator.specs import load_spec

Generate = Callable[..., ModuleType]
"""``generate(document, config=None)``: the package of a spec's ``paths`` and ``components``,
its config file holding ``config``'s settings beside ``spec``."""
CLIENT_CLASSES: dict[str, str] = {}


@pytest.fixture
def generate(tmp_path: Path) -> Iterator[Generate]:
    """Generate a package from a spec's ``paths`` and ``components`` and import it."""
    imported: list[str] = []

    def run(document: dict[str, Any], config: dict[str, Any] | None = None) -> ModuleType:
        name = f"gen{len(imported)}"
        specs = tmp_path / f"specs{len(imported)}"
        specs.mkdir()
        spec = {
            "openapi": "3.1.0",
            "info": {"title": "Small API", "version": "1.0.0"},
            "servers": [{"url": "https://small.example"}],
            **document,
        }
        (specs / f"{name}.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
        settings = {"spec": f"{name}.yaml", **(config or {})}
        (specs / f"{name}.config.yaml").write_text(yaml.safe_dump(settings), encoding="utf-8")
        client = load_config(specs / f"{name}.config.yaml")
        (project,) = build_clients([client], tmp_path / f"out{len(imported)}").values()
        sys.path.insert(0, str(project))
        imported.append(client.package_name)
        package = importlib.import_module(client.package_name)
        CLIENT_CLASSES[package.__name__] = client.class_name
        return package

    yield run
    for package in imported:
        for module in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[module]
    sys.path[:] = [p for p in sys.path if not p.startswith(str(tmp_path))]


def _client(package: ModuleType, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client_class = getattr(package, CLIENT_CLASSES[package.__name__])
    return client_class(base_url="https://small.example", http_client=http)


def _ok(body: Any) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    return handler


def _post(
    path: str, body: dict[str, Any], operation_id: str, tag: str = "things"
) -> dict[str, Any]:
    return {
        path: {
            "post": {
                "operationId": operation_id,
                "tags": [tag],
                "requestBody": {"required": True, "content": body},
                "responses": {"204": {"description": "Done"}},
            }
        }
    }


def test_a_tag_that_is_a_python_keyword_names_a_usable_resource(generate: Generate) -> None:
    package = generate(
        {
            "paths": {
                "/flags": {
                    "get": {
                        "operationId": "listTrue",
                        "tags": ["true"],
                        "responses": {
                            "200": {
                                "description": "Flags",
                                "content": {
                                    "application/json": {
                                        "schema": {"type": "array", "items": {"type": "string"}}
                                    }
                                },
                            }
                        },
                    }
                }
            }
        }
    )
    client = _client(package, _ok(["a", "b"]))
    # openapi-python-client names the tag's folder ``true_``; the resource follows it
    assert type(client.true_).__name__ == "TrueResource"
    assert client.true_.list() == ["a", "b"]


def test_objects_of_open_keys_that_refer_to_each_other_import_and_decode(
    generate: Generate,
) -> None:
    """A ``dict[str, T]`` alias is evaluated at import: on a reference cycle the maps are
    classes instead, which import the models they name last."""
    package = generate(
        {
            "paths": {
                "/tree": {
                    "get": {
                        "operationId": "getTree",
                        "tags": ["trees"],
                        "responses": {
                            "200": {
                                "description": "A tree",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Tree"}
                                    }
                                },
                            }
                        },
                    }
                }
            },
            "components": {
                "schemas": {
                    "Tree": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Branches"},
                        },
                    },
                    "Branches": {
                        "type": "object",
                        "additionalProperties": {"$ref": "#/components/schemas/Tree"},
                    },
                }
            },
        }
    )
    client = _client(package, _ok({"root": [{"left": {"leaf": []}}]}))
    tree = client.trees.get()
    assert isinstance(tree, package.models.Tree)
    (branches,) = tree.additional_properties["root"]
    assert isinstance(branches, package.models.Branches)
    assert isinstance(branches.additional_properties["left"], package.models.Tree)
    assert tree.to_dict() == {"root": [{"left": {"leaf": []}}]}


def test_binary_strings_in_json_are_text_and_multipart_fields_files_or_parts(
    generate: Generate,
) -> None:
    package = generate(
        {
            "paths": {
                **_post(
                    "/attachments",
                    {"application/json": {"schema": {"$ref": "#/components/schemas/Attachment"}}},
                    "createAttachment",
                ),
                **_post(
                    "/uploads",
                    {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}},
                    "createUpload",
                ),
            },
            "components": {
                "schemas": {
                    "Attachment": {
                        "type": "object",
                        "required": ["content"],
                        "properties": {
                            "content": {"type": "string", "format": "binary"},
                        },
                    },
                    "Upload": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "sizes": {"type": "array", "items": {"type": "integer"}},
                            "meta": {"type": "object", "properties": {"a": {"type": "string"}}},
                        },
                    },
                }
            },
        }
    )
    models = importlib.import_module(f"{package.__name__}.models")
    hints = typing.get_type_hints(models.Attachment)
    assert hints["content"] is str
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = _client(package, handler)
    client.things.create_attachment(content="aGVsbG8=")
    assert json.loads(sent[0].content) == {"content": "aGVsbG8="}

    upload = models.Upload.from_dict({"file": b"bytes!", "sizes": [1, 2], "meta": {"a": "x"}})
    assert isinstance(upload.file, importlib.import_module(f"{package.__name__}.types").File)
    client.things.create_upload(file=upload.file, sizes=[1, 2], meta=upload.meta)
    request = sent[1]
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode() + request.read()
    )
    parts = [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]
    assert parts == [
        # a File without name or media type is still a file part (servers read it as one)
        ("file", "file", "application/octet-stream", b"bytes!"),
        ("meta", None, "application/json", b'{"a": "x"}'),
        ("sizes", None, "text/plain", b"1"),  # an array: one part per item
        ("sizes", None, "text/plain", b"2"),
    ]


def test_a_required_field_after_a_defaulted_one_is_keyword_only(generate: Generate) -> None:
    package = generate(
        {
            "paths": {},
            "components": {
                "schemas": {
                    "Order": {
                        "type": "object",
                        "required": ["kind", "id"],
                        "properties": {
                            "kind": {"type": "string", "default": "standard"},
                            "id": {"type": "string"},
                        },
                    },
                }
            },
        }
    )
    models = importlib.import_module(f"{package.__name__}.models")
    order = models.Order(id="o1")
    assert (order.kind, order.id) == ("standard", "o1")
    with pytest.raises(TypeError):
        models.Order("standard", "o1")


def test_method_names_split_operation_ids_at_punctuation(generate: Generate) -> None:
    package = generate(
        {
            "paths": _post(
                "/emails",
                {"application/json": {"schema": {"type": "object"}}},
                "emails/send",
                tag="emails",
            )
        }
    )
    client = _client(package, lambda request: httpx.Response(204))
    assert callable(client.emails.send)
    assert not hasattr(client.emails, "emailssend")


def test_header_parameters_http_cannot_carry_are_warned_about_and_refused_before_sending(
    generate: Generate, tmp_path: Path
) -> None:
    paths = {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "parameters": [{"name": "trace id", "in": "header", "schema": {"type": "string"}}],
                "responses": {"204": {"description": "None"}},
            }
        }
    }
    package = generate({"paths": paths})
    spec_file = next(tmp_path.glob("specs*/gen0.yaml"))
    spec = load_spec(load_config(spec_file.with_name("gen0.config.yaml")))
    (warning,) = spec.warnings  # load_spec validates
    assert "#/paths/~1things/get/parameters/0" in warning
    assert "header parameter 'trace id' of GET /things is not a valid HTTP header name" in warning
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = _client(package, handler)
    with pytest.raises(ValueError, match="'trace id' is not a valid HTTP header name"):
        client.things.list(trace_id="abc")
    assert sent == []
    client.things.list()  # without the header the operation works
    assert len(sent) == 1


def test_templates_rendering_invalid_python_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "fine.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "broken.py").write_text("x = 1\nclass True:\n    pass\n")
    with pytest.raises(GenerationError) as caught:
        _check_syntax(tmp_path)
    message = str(caught.value)
    assert "pkg/broken.py:2: invalid syntax: class True:" in message
    assert "fine.py" not in message


def test_warnings_are_printed_once_with_their_level(
    generate: Generate, capsys: pytest.CaptureFixture[str]
) -> None:
    """A warning is printed once, after ``warning:``, located (file, line, JSON pointer)."""
    paths = {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "parameters": [
                    {
                        "name": "since",
                        "in": "header",
                        "schema": {"type": "string", "format": "date-time"},
                    }
                ],
                "responses": {"204": {"description": "None"}},
            }
        }
    }
    generate({"paths": paths})
    warnings = [line for line in capsys.readouterr().err.splitlines() if "~1things" in line]
    assert len(warnings) == 1, warnings
    assert re.fullmatch(
        r"warning: .*gen0\.yaml:\d+ at #/paths/~1things/get/parameters/0/schema: a header value "
        r"of date-time: typed str, the text sent or received",
        warnings[0],
    ), warnings


def test_openapi_python_clients_levels_are_said_once() -> None:
    """Its own headers start with the level (``WARNING parsing ...``): left out where the
    generator prints ``warning:`` itself."""
    problem = ParseError(header="WARNING parsing POST /things within things.", detail="why")
    problem.level = ErrorLevel.WARNING
    assert describe([problem], level=False) == ["parsing POST /things within things.: why"]
    assert describe([problem]) == ["warning: parsing POST /things within things.: why"]


def test_texts_name_the_api_by_the_specs_title_when_the_config_gives_none(
    generate: Generate, tmp_path: Path
) -> None:
    """README, api.md and the diff report (ClientSpec.api_title) say the spec's title, not
    the one made from the config file's name."""
    package = generate({"paths": _post("/things", {}, "createThing")})
    project = Path(str(package.__file__)).parent.parent
    client = load_config(tmp_path / "specs0" / "gen0.config.yaml")
    assert client.title == "Gen0"
    assert client.api_title(load_spec(client).document) == "Small API"
    assert "for the **Small API**" in (project / "README.md").read_text()
    assert "\n# Small API: methods\n" in (project / "api.md").read_text()

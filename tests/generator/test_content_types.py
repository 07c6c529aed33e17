"""Every media type is sent and read by default, with no setting: binary types as ``File``,
text as ``str``, streams and compound bodies raw (``File``, with the response's Content-Type);
a body is typed as what is actually sent, whatever its schema describes."""

from __future__ import annotations

import importlib
import io
import typing
from typing import Any

import httpx
import pytest

from tests.generator.test_generate import Generate, _client, generate

__all__ = ["generate"]  # the fixture, shared with test_generate.py


def _operation(
    method: str, operation_id: str, request: dict[str, Any] | None, response: dict[str, Any]
) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": operation_id,
        "tags": ["media"],
        "responses": {"200": {"description": "OK", "content": response}},
    }
    if request is not None:
        operation["requestBody"] = {"required": True, "content": request}
    return {method: operation}


DOCUMENT = {
    "paths": {
        "/report.pdf": _operation(
            "get", "getReport", None, {"application/pdf": {"schema": {"type": "string"}}}
        ),
        "/export.csv": _operation(
            "get",
            "exportRows",
            None,
            {"text/csv": {"schema": {"type": "array", "items": {"type": "object"}}}},
        ),
        "/token": _operation(
            "post",
            "exchangeToken",
            {"application/jwt": {"schema": {"type": "string"}}},
            {"application/jwt": {"schema": {"type": "string"}}},
        ),
        "/images/{name}": {
            "parameters": [{"name": "name", "in": "path", "required": True, "schema": {}}],
            **_operation(
                "put",
                "putImage",
                {"image/*": {"schema": {"type": "string", "format": "binary"}}},
                {"image/png": {}, "image/jpeg": {}},
            ),
        },
        "/archive": _operation(
            "post",
            "uploadArchive",
            {"application/zip": {"schema": {"type": "object", "properties": {"a": {}}}}},
            {"application/json": {"schema": {"type": "object"}}},
        ),
        "/batch": _operation(
            "post",
            "sendBatch",
            {"multipart/mixed": {"schema": {"type": "string"}}},
            {"multipart/mixed": {"schema": {"type": "string"}}},
        ),
        "/events": _operation("get", "streamEvents", None, {"text/event-stream": {}}),
        "/changes": _operation(
            "get", "listChanges", None, {"application/x-ndjson": {"schema": {"type": "object"}}}
        ),
        "/import": _operation(
            "post",
            "importRealm",
            {"application/json": {"schema": {"type": "string", "format": "binary"}}},
            {"application/json": {"schema": {"type": "object"}}},
        ),
        "/either": _operation(
            "post",
            "postEither",
            {
                "text/plain": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "object", "properties": {"a": {}}}},
            },
            {"application/json": {"schema": {"type": "object"}}},
        ),
    }
}


@pytest.fixture
def media(generate: Generate) -> Any:
    return generate(DOCUMENT)


def _returns(package: Any, module: str) -> Any:
    found = importlib.import_module(f"{package.__name__}.api.media.{module}")
    return typing.get_type_hints(found.sync)


def _answer(content: bytes, content_type: str, sent: list[httpx.Request] | None = None) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if sent is not None:
            sent.append(request)
        return httpx.Response(200, content=content, headers={"content-type": content_type})

    return handler


def test_binary_responses_are_files_with_their_media_type(media: Any) -> None:
    types = importlib.import_module(f"{media.__name__}.types")
    assert _returns(media, "get_report")["return"] is types.File
    assert _returns(media, "put_image")["return"] is types.File
    pdf = _client(media, _answer(b"%PDF-1.7", "application/pdf")).media.get_report()
    assert (pdf.payload.read(), pdf.mime_type) == (b"%PDF-1.7", "application/pdf")


def test_text_responses_are_str_whatever_their_schema_says(media: Any) -> None:
    assert _returns(media, "export_rows")["return"] is str
    client = _client(media, _answer(b"id\nr-1\n", "text/csv; charset=utf-8"))
    assert client.media.export_rows() == "id\nr-1\n"


def test_jwt_bodies_are_str_both_ways(media: Any) -> None:
    hints = _returns(media, "exchange_token")
    assert hints["return"] is str
    assert hints["body"] is str
    sent: list[httpx.Request] = []
    client = _client(media, _answer(b"e30.e30.", "application/jwt", sent))
    assert client.media.exchange_token(body="eyJ9.eyJ9.") == "e30.e30."
    assert sent[0].headers["content-type"] == "application/jwt"
    assert sent[0].content == b"eyJ9.eyJ9."


def test_streams_and_compound_bodies_are_the_raw_response(media: Any) -> None:
    types = importlib.import_module(f"{media.__name__}.types")
    for module in ("send_batch", "stream_events", "list_changes"):
        assert _returns(media, module)["return"] is types.File, module
    boundary = "multipart/mixed; boundary=b"
    client = _client(media, _answer(b"--b\r\n\r\n{}\r\n--b--", boundary))
    batch = client.media.send_batch(
        body=types.File(payload=io.BytesIO(b"--b--"), mime_type=boundary)
    )
    assert batch.mime_type == boundary  # the boundary to split it by
    events = _client(media, _answer(b"data: 1\n\n", "text/event-stream")).media.stream_events()
    assert events.payload.read() == b"data: 1\n\n"


def test_a_file_says_which_type_it_is_and_a_range_alone_sends_octet_stream(media: Any) -> None:
    types = importlib.import_module(f"{media.__name__}.types")
    sent: list[httpx.Request] = []
    client = _client(media, _answer(b"PNG", "image/png", sent))
    client.media.put_image(
        "cat", body=types.File(payload=io.BytesIO(b"JPEG"), mime_type="image/jpeg")
    )
    client.media.put_image("cat", body=types.File(payload=io.BytesIO(b"????")))
    assert [r.headers["content-type"] for r in sent] == ["image/jpeg", "application/octet-stream"]
    assert [r.content for r in sent] == [b"JPEG", b"????"]


def test_a_body_is_typed_as_what_is_sent_not_what_its_schema_describes(media: Any) -> None:
    """A zip whose schema describes its contents: before, a typed model that the client then
    passed to httpx as raw content (a TypeError). Now the body is the file."""
    types = importlib.import_module(f"{media.__name__}.types")
    assert _returns(media, "upload_archive")["body"] is types.File
    sent: list[httpx.Request] = []
    client = _client(media, _answer(b"{}", "application/json", sent))
    client.media.upload_archive(body=types.File(payload=io.BytesIO(b"PK\x03\x04")))
    assert (sent[0].headers["content-type"], sent[0].content) == ("application/zip", b"PK\x03\x04")
    refused = r"upload_archive\(\): body=\{'a': 1\}: body must be a File"
    with pytest.raises(TypeError, match=refused):
        client.media.upload_archive(body={"a": 1})


def test_a_json_body_whose_schema_is_a_file_sends_the_file_s_bytes(media: Any) -> None:
    """Keycloak's realm import: ``application/json`` with a binary string schema. Before, the
    client passed the ``File`` to the JSON encoder (a raw TypeError); the user holds the JSON
    document as a file, and its bytes are the body."""
    types = importlib.import_module(f"{media.__name__}.types")
    assert _returns(media, "import_realm")["body"] is types.File
    sent: list[httpx.Request] = []
    client = _client(media, _answer(b"{}", "application/json", sent))
    client.media.import_realm(body=types.File(payload=io.BytesIO(b'{"realm": "acme"}')))
    assert sent[0].headers["content-type"] == "application/json"
    assert sent[0].content == b'{"realm": "acme"}'


def test_a_body_of_two_media_types_is_sent_as_the_one_its_value_is(media: Any) -> None:
    hints = _returns(media, "post_either")
    assert str in typing.get_args(hints["body"])
    sent: list[httpx.Request] = []
    client = _client(media, _answer(b"{}", "application/json", sent))
    client.media.post_either(body="plain words")
    assert (sent[0].headers["content-type"], sent[0].content) == ("text/plain", b"plain words")


def test_a_content_type_override_still_decides(generate: Generate) -> None:
    """``content_type_overrides`` maps a media type to another that is read the same way: a
    vendor type read as JSON is a model again."""
    document = {
        "paths": {
            "/things": _operation(
                "get",
                "getThing",
                None,
                {
                    "application/vnd.acme.thing": {
                        "schema": {"type": "object", "properties": {"id": {"type": "string"}}}
                    }
                },
            )
        }
    }
    overrides = {"application/vnd.acme.thing": "application/json"}
    package = generate(document, {"openapi_python_client": {"content_type_overrides": overrides}})
    client = _client(package, _answer(b'{"id": "t-1"}', "application/vnd.acme.thing"))
    assert client.media.get_thing().id == "t-1"


def test_a_response_by_reference_says_what_the_request_accepts(generate: Generate) -> None:
    """Plex's ``$ref: '#/components/responses/200'`` (text/html): the Accept header named JSON,
    which the operation never answers in (Prism refused 69 such calls with 406)."""
    document = {
        "paths": {
            "/rate": {
                "put": {
                    "operationId": "setRating",
                    "tags": ["media"],
                    "responses": {"200": {"$ref": "#/components/responses/Page"}},
                }
            }
        },
        "components": {"responses": {"Page": {"description": "OK", "content": {"text/html": {}}}}},
    }
    package = generate(document)
    sent: list[httpx.Request] = []
    client = _client(package, _answer(b"<p>ok</p>", "text/html", sent))
    assert client.media.set_rating() == "<p>ok</p>"
    assert sent[0].headers["accept"] == "text/html"

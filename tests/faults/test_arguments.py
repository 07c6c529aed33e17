"""Issue 19, rows 11, 12, 14, 15, 16 and 21: arguments that cannot be sent as the spec says are
refused before anything is sent, naming the argument; those that can go out exactly as the
spec's styles say; bodies are sent and answers returned as their types say.
"""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.faults.actions import Reply
from tests.faults.apis import EVERY_KIND, Bound
from tests.faults.every_kind import module, package
from tests.faults.harness import ONCE, Harness

every_kind = pytest.mark.parametrize("api", [EVERY_KIND], ids=lambda api: api.name, indirect=True)
KEY = {"header_key": "hk-Zq7-Kp9-arguments"}
"""A credential sent as a header: the query and cookies hold only what the call sends."""


def _call(harness: Harness, name: str, *args: Any, **kwargs: Any) -> Any:
    """Call the every_kind operation ``name`` (``widgets.search_widgets``) once, succeeding."""
    group, _, operation = name.partition(".")
    bound = Bound(module(f"api.{group}.{operation}"), args, kwargs)
    return harness.succeeds(harness.client(**KEY), bound)


def _refuse(
    harness: Harness,
    name: str,
    naming: str,
    *args: Any,
    expected: type[Exception] = ValueError,
    **kwargs: Any,
) -> Exception:
    """Call the every_kind operation ``name`` with bad arguments: refused, naming ``naming``."""
    group, _, operation = name.partition(".")
    bound = Bound(module(f"api.{group}.{operation}"), args, kwargs)
    client = harness.client(**KEY)
    return harness.refuses(lambda: harness.invoke(client, bound), expected=expected, naming=naming)


# -- row 11: cookie parameters --------------------------------------------------------------


@every_kind
@pytest.mark.parametrize("value", ["en; session=evil", "en, session=evil", "en\r\nX: y"])
def test_a_cookie_parameter_that_would_add_a_cookie_is_refused(
    value: str, harness: Harness
) -> None:
    _refuse(harness, "widgets.get_widget", "'lang'", "x", lang=value)


INJECTING_KEY = "ck-Zq7; admin=1"


@ONCE
@every_kind
def test_a_cookie_api_key_that_would_add_a_cookie_is_refused(harness: Harness) -> None:
    harness.refuses(
        lambda: harness.client(cookie_key=INJECTING_KEY), INJECTING_KEY, naming="cookie_key"
    )


@every_kind
def test_cookie_parameters_and_a_cookie_api_key_are_all_sent(harness: Harness) -> None:
    """A cookie credential is added to the operation's own cookies, never instead of them."""
    harness.server.route("/v1/access/cookie", Reply(204))
    client = harness.client(cookie_key=EVERY_KIND.credentials[3]["cookie_key"])
    bound = Bound(module("api.access.get_with_cookie_key"), (), {"lang": "en", "theme": "dark"})

    harness.succeeds(client, bound)

    (request,) = harness.server.requests
    assert request.header("cookie") == (
        f"lang=en; theme=dark; session_key={EVERY_KIND.credentials[3]['cookie_key']}"
    )


# -- row 12: query styles ---------------------------------------------------------------------


@every_kind
def test_query_parameters_are_sent_in_the_style_the_spec_declares(harness: Harness) -> None:
    harness.server.route("/v1/search", Reply(200, []))
    models = package.models

    _call(
        harness,
        "widgets.search_widgets",
        tags=["a b", "c,d"],  # form, explode false: one key, items joined by a literal comma
        ids=[1, 2],  # form, explode true (the default): the key repeated
        filter_=models.Filter(color="red", size=3),  # deepObject
        range_=models.Range(min_=1, max_=5),  # form object, explode false
        point=models.Point(x=1, y=2),  # form object, explode true: its fields as keys
        words=["to", "be"],  # spaceDelimited
        pipes=["x", "y"],  # pipeDelimited
        flavours=["mint", "lime"],  # cookie array, explode false
    )

    (request,) = harness.server.requests
    query = request.target.partition("?")[2]
    assert query.split("&") == [
        "tags=a+b,c%2Cd",
        "ids=1",
        "ids=2",
        "filter%5Bcolor%5D=red",
        "filter%5Bsize%5D=3",
        "range=min,1,max,5",
        "x=1",
        "y=2",
        "words=to%20be",
        "pipes=x|y",
    ]
    assert parse_qsl(query)[:3] == [("tags", "a b,c,d"), ("ids", "1"), ("ids", "2")]
    assert request.header("cookie") == "flavours=mint,lime"


# -- rows 14 and 21: path and query arguments that cannot be sent --------------------------

PATH_VALUES = {
    "none": (None, ValueError),
    "bytes": (b"shop", TypeError),
    "bytearray": (bytearray(b"shop"), TypeError),
    "lone-surrogate": ("sh\udc80op", ValueError),
    "a-dict": ({"a": object()}, TypeError),
    "not-finite": (float("nan"), ValueError),
}


@pytest.mark.parametrize("bad", PATH_VALUES)
def test_a_path_argument_that_cannot_be_sent_is_refused_naming_it(
    bad: str, harness: Harness
) -> None:
    value, expected = PATH_VALUES[bad]
    delete = harness.api.delete
    client = harness.client()

    harness.refuses(
        lambda: harness.invoke(client, delete.bind(value)),
        expected=expected,
        naming=repr(delete.parameter),
    )


@every_kind
@pytest.mark.parametrize(
    ("arguments", "naming", "expected"),
    [
        ({"tags": ["ok", "sh\udc80op"]}, "'tags'", ValueError),
        ({"tags": [b"bytes"]}, "'tags'", TypeError),
        ({"ids": [float("inf")]}, "'ids'", ValueError),
        ({"filter_": {"color": "re\udc80d"}}, "'filter_'", ValueError),
    ],
    ids=["lone-surrogate", "bytes", "infinity", "deep-surrogate"],
)
def test_a_query_argument_that_cannot_be_sent_is_refused_naming_it(
    arguments: dict[str, Any], naming: str, expected: type[Exception], harness: Harness
) -> None:
    _refuse(harness, "widgets.search_widgets", naming, **arguments, expected=expected)


@every_kind
def test_a_header_argument_that_cannot_be_sent_is_refused_naming_it(harness: Harness) -> None:
    _refuse(harness, "widgets.get_widget", "'x_request_tag'", "x", x_request_tag="a\udc80b")


@every_kind
def test_a_body_that_json_cannot_carry_is_refused_naming_the_field(harness: Harness) -> None:
    create = module("api.widgets.create_widget")
    body = package.models.WidgetCreate(name="sh\udc80op")
    client = harness.client(**KEY)

    harness.refuses(
        lambda: harness.invoke(client, Bound(create, (), {"body": body})), naming="body.name"
    )


# -- row 15: an optional body whose schema requires fields ---------------------------------


def _notes_client(harness: Harness) -> Any:
    """A client with resources (``client.notes``), sync or async as the test's mode."""
    kind = package.EveryKindClient if harness.mode == "sync" else package.AsyncEveryKindClient
    return harness.own(kind(**KEY, base_url=harness.server.url + "/v1"))


def _notes(harness: Harness, client: Any, **fields: Any) -> Any:
    if harness.mode == "sync":
        return client.notes.create(**fields)
    return harness.run_async(client.notes.create(**fields))


@every_kind
def test_a_required_field_of_an_optional_body_is_required_once_the_body_is_given(
    harness: Harness,
) -> None:
    client = _notes_client(harness)

    error = harness.refuses(lambda: _notes(harness, client, text="no title"), expected=TypeError)

    assert "notes.create() missing required argument 'title'" in str(error)


@every_kind
def test_an_optional_body_is_sent_when_given_and_left_out_when_not(harness: Harness) -> None:
    harness.server.route("/v1/notes", Reply(201, {"title": "t"}))
    client = _notes_client(harness)

    _notes(harness, client, title="t", text="x")
    _notes(harness, client)

    with_body, without = harness.server.requests
    assert with_body.body == b'{"title":"t","text":"x"}'
    assert with_body.header("content-type") == "application/json"
    assert without.body == b""
    assert without.header("content-type") is None


# -- row 16: binary answers and raw bodies ---------------------------------------------------


@every_kind
def test_a_binary_text_calendar_answer_is_returned_as_a_file(harness: Harness) -> None:
    calendar = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    harness.server.route(
        "/v1/files/calendar", Reply(200, calendar, {"Content-Type": "text/calendar"})
    )

    answer = _call(harness, "files.get_calendar")

    assert isinstance(answer, package.types.File)
    assert answer.payload.read() == calendar
    assert answer.mime_type == "text/calendar"
    assert harness.server.requests[0].header("accept") == "text/calendar"


@every_kind
@pytest.mark.parametrize(
    "body", ["eyJhbGciOiJub25lIn0.e30.", b"eyJhbGciOiJub25lIn0.e30.", "file"], ids=str
)
def test_a_jwt_body_is_sent_as_it_is_with_its_media_type(body: Any, harness: Harness) -> None:
    harness.server.route("/v1/files/token", Reply(204))
    if body == "file":
        body = package.types.File(io.BytesIO(b"eyJhbGciOiJub25lIn0.e30."))

    _call(harness, "files.verify_token", body=body)

    (request,) = harness.server.requests
    assert request.body == b"eyJhbGciOiJub25lIn0.e30."
    assert request.header("content-type") == "application/jwt"


@every_kind
def test_a_model_given_as_a_jwt_body_is_refused_naming_the_body(harness: Harness) -> None:
    _refuse(
        harness,
        "files.verify_token",
        "body must be str, bytes or File",
        body=package.models.WidgetCreate(name="not a token"),
        expected=TypeError,
    )

"""What callers pass is checked before anything is sent, for every client of the registry: a
wrong type or an unknown keyword given to a client's constructor, ``with_options``, a resource
method or ``RequestOptions`` is a ``TypeError`` (a value outside an enum a ``ValueError``)
naming the call as it is written, the argument, what was given and what is accepted; a
credential given in part names the argument and environment variable that are missing; an
unknown log level is a warning naming the levels; an enum argument takes its value as a
string and sends it unchanged."""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import logging
import re
import typing
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.auth import resolve_security
from generator.registry import CLIENTS, ClientSpec
from generator.specs import iter_operations, load_spec

BASE_URL = "https://api.example.test"
WRONG_VALUES = (object(), b"bytes", 1j, ("a", "tuple"), frozenset({1}), lambda: None)
"""Values no generated annotation accepts (but ``Any`` and a credential ``Protocol``)."""


def _package(client: ClientSpec) -> Any:
    return importlib.import_module(client.package_name)


def _classes(client: ClientSpec) -> list[type]:
    package = _package(client)
    return [getattr(package, client.class_name), getattr(package, f"Async{client.class_name}")]


def _unsent(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


@pytest.fixture(autouse=True)
def _no_credentials_or_log_level_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for client in CLIENTS:
        for name in ("SERVICE_TOKEN_ID", "SERVICE_TOKEN", "CLIENT_ID", "CLIENT_SECRET", "LOG"):
            monkeypatch.delenv(f"{client.env_prefix}_{name}", raising=False)


def _client(client: ClientSpec) -> Any:
    """A client that fails the test if it sends anything."""
    cls = _classes(client)[0]
    return cls(base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(_unsent)))


def _methods(client: ClientSpec) -> list[tuple[str, Any]]:
    """``client.<resource>.<method>`` and the bound method, for every resource method."""
    made = _client(client)
    found = []
    for attribute in dir(type(made)):
        if attribute.startswith("_") or attribute == "with_options":
            continue
        resource = getattr(made, attribute)
        if type(resource).__module__.startswith(f"{client.package_name}.resources."):
            for name, method in inspect.getmembers(resource, inspect.ismethod):
                if not name.startswith("_"):
                    found.append((f"client.{attribute}.{name}()", method))
    return found


METHODS = [(client, name, method) for client in CLIENTS for name, method in _methods(client)]


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_a_constructor_argument_of_the_wrong_type_names_client_argument_and_what_it_takes(
    client: ClientSpec,
) -> None:
    for cls in _classes(client):
        with pytest.raises(TypeError) as raised:
            cls(base_url=BASE_URL, timeout="5")
        message = str(raised.value)
        assert message.startswith(f"{cls.__name__}(): timeout='5': timeout must be a number")
        assert "an httpx.Timeout, None or NOT_GIVEN, not a str" in message
        assert "Base" not in message


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_an_unknown_keyword_names_the_public_class_and_the_keywords_it_takes(
    client: ClientSpec,
) -> None:
    for cls in _classes(client):
        with pytest.raises(TypeError) as raised:
            cls(base_url=BASE_URL, api_kee="x")
        message = str(raised.value)
        assert message.startswith(f"{cls.__name__}() got an unexpected keyword argument 'api_kee'")
        assert "base_url, timeout" in message and "_" + cls.__name__ not in message


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_every_constructor_argument_is_checked_and_no_credential_is_quoted(
    client: ClientSpec,
) -> None:
    """Any value of the wrong kind for any argument: a TypeError or ValueError naming the
    argument (and, for a TypeError, the class), never an error from deeper down; a credential
    argument's value is never in the message."""
    cls = _classes(client)[0]
    parameters = [
        p for p in inspect.signature(cls).parameters.values() if p.name not in ("auth", "base_url")
    ]
    secrets = {a.name for s in _security(client).schemes for a in s.arguments}
    for parameter in parameters:
        for value in (*WRONG_VALUES, "not-a-secret-4471"):
            message = ""
            try:
                cls(base_url=BASE_URL, **{parameter.name: value}).close()
            except TypeError as error:
                message = str(error)
                assert message.startswith(f"{cls.__name__}(): {parameter.name}="), message
            except ValueError as error:
                message = str(error)
                assert parameter.name in message, message
            if parameter.name in secrets:
                assert "4471" not in message


def _security(client: ClientSpec) -> Any:
    document = load_spec(client).document
    keys = {(path, method): f"{method} {path}" for path, method, _ in iter_operations(document)}
    return resolve_security(client, document, keys)


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_request_options_and_with_options_check_their_arguments(client: ClientSpec) -> None:
    options = _package(client).RequestOptions
    with pytest.raises(TypeError, match=r"^RequestOptions\(\): timeout='5': timeout must be"):
        options(timeout="5")
    with pytest.raises(
        TypeError, match=r"^RequestOptions\(\): max_retries=2\.5: .* an int or None"
    ):
        options(max_retries=2.5)
    with pytest.raises(
        TypeError,
        match=r"^RequestOptions\(\) got an unexpected keyword argument 'timout' \(did you mean "
        r"timeout\?\); it takes: headers, params, timeout",
    ):
        options(timout=5)
    made = _client(client)
    with pytest.raises(TypeError, match=rf"^{client.class_name}.with_options\(\): deadline='1'"):
        made.with_options(deadline="1")


@pytest.mark.parametrize(("client", "call", "method"), METHODS, ids=lambda v: str(v)[:60])
def test_options_given_as_a_dict_names_the_method_and_request_options(
    client: ClientSpec, call: str, method: Any
) -> None:
    arguments = _valid_arguments(method)
    with pytest.raises(TypeError) as raised:
        method(**arguments, options={"timeout": 1})
    assert str(raised.value) == (
        f"{call}: options={{'timeout': 1}}: options must be a RequestOptions or None, not a dict"
    )


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_method_argument_of_the_wrong_type_is_refused_before_sending(data: st.DataObject) -> None:
    """Any argument of any resource method of any client, given a value of the wrong type:
    a TypeError naming the call and the argument, and nothing is sent."""
    _, call, method = data.draw(st.sampled_from(METHODS))
    arguments = _valid_arguments(method)
    names = [n for n in inspect.signature(method).parameters if n != "options"]
    if not names:
        return
    name = data.draw(st.sampled_from(names))
    hints = typing.get_type_hints(inspect.unwrap(method))
    if hints[name] is Any:
        return
    value = data.draw(st.sampled_from(WRONG_VALUES))
    with pytest.raises(TypeError) as raised:
        method(**{**arguments, name: value})
    assert str(raised.value).startswith(f"{call}: {name}=")
    assert " must be " in str(raised.value) and ", not " in str(raised.value)


@pytest.mark.parametrize(("client", "call", "method"), METHODS[:3], ids=lambda v: str(v)[:60])
def test_an_unknown_keyword_or_a_missing_argument_names_the_method(
    client: ClientSpec, call: str, method: Any
) -> None:
    arguments = _valid_arguments(method)
    with pytest.raises(TypeError, match=rf"^{call.replace('(', '[(]').replace(')', '[)]')} got an"):
        method(**arguments, nonsense=1)
    required = [
        p.name
        for p in inspect.signature(method).parameters.values()
        if p.default is inspect.Parameter.empty
    ]
    if required:
        del arguments[required[-1]]
        with pytest.raises(TypeError, match=rf"is missing the argument\(s\) {required[-1]}$"):
            method(**arguments)


def _valid_arguments(method: Any) -> dict[str, Any]:
    """Values every required argument of ``method`` accepts (by its annotation)."""
    hints = typing.get_type_hints(inspect.unwrap(method))
    values = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.default is inspect.Parameter.empty:
            values[parameter.name] = _value_of(hints[parameter.name])
    return values


def _value_of(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, __import__("types").UnionType):
        return _value_of(typing.get_args(annotation)[0])
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin in (list, dict):
        return origin()
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    simple = {
        str: "x",
        int: 1,
        float: 1.0,
        bool: True,
        uuid.UUID: uuid.UUID(int=1),
        datetime.datetime: datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC),
        datetime.date: datetime.date(2024, 1, 2),
    }
    if annotation in simple:
        return simple[annotation]
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        required = {
            field.name: _value_of(field.type)
            for field in msgspec.structs.fields(annotation)
            if field.required
        }
        return annotation(**required)
    return annotation()


def _two_part_credentials() -> Iterator[tuple[ClientSpec, Any]]:
    for client in CLIENTS:
        for scheme in _security(client).used:
            if len(scheme.arguments) > 1 and all(a.env for a in scheme.arguments):
                yield client, scheme


@pytest.mark.parametrize(
    ("client", "scheme"), list(_two_part_credentials()), ids=lambda v: getattr(v, "name", "")
)
def test_a_credential_given_in_part_names_the_missing_argument_and_variable(
    client: ClientSpec, scheme: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cls = _classes(client)[0]
    for present in scheme.arguments:
        for argument in scheme.arguments:
            monkeypatch.delenv(str(argument.env), raising=False)
        monkeypatch.setenv(str(present.env), "from-the-environment")
        missing = [a for a in scheme.arguments if a is not present]
        with pytest.raises(ValueError) as raised:
            cls(base_url=BASE_URL)
        message = str(raised.value)
        assert message.startswith(f"{cls.__name__}(): the {scheme.name} credential needs")
        for argument in missing:
            assert f"pass {argument.name}=... or set {argument.env}" in message
        assert not re.search(rf"set {present.env}\b", message), message
        assert "from-the-environment" not in message


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_an_unknown_log_level_is_a_warning_naming_the_levels(
    client: ClientSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"{client.env_prefix}_LOG", "verbose")
    logger = logging.getLogger(client.package_name)
    handlers = list(logger.handlers)
    with pytest.warns(RuntimeWarning) as warned:
        _classes(client)[0](base_url=BASE_URL).close()
    assert [str(w.message) for w in warned] == [
        f"{client.env_prefix}_LOG='verbose' is not a log level of {client.package_name}: use "
        "debug or info (logging stays off)"
    ]
    assert logger.handlers == handlers


def test_an_enum_argument_takes_its_value_as_a_string_and_sends_it() -> None:
    """``plan="hobby"`` is ``CreateDatabaseBodyPlan.HOBBY``; a value the enum does not list is
    a ValueError naming what it takes (the enum's own members, even unlisted ones, pass)."""
    from planetscale_client import PlanetScaleClient  # noqa: PLC0415
    from planetscale_client.models import CreateDatabaseBodyPlan  # noqa: PLC0415

    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json={"name": "shop"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with PlanetScaleClient("id", "token", base_url=BASE_URL, http_client=http) as client:
        client.databases.create("acme", name="shop", plan="hobby")
        client.databases.create("acme", name="shop", plan=CreateDatabaseBodyPlan.SCALER)
        client.databases.create("acme", name="shop", plan=CreateDatabaseBodyPlan("enterprise"))
        with pytest.raises(ValueError, match=r"plan='enterprise': plan must be a Create"):
            client.databases.create("acme", name="shop", plan="enterprise")  # type: ignore[arg-type]
    assert [body["plan"] for body in sent] == ["hobby", "scaler", "enterprise"]

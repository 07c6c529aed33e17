# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""How an argument becomes a path segment, query, header or cookie value, as the spec's ``style``
and ``explode`` say (OpenAPI's "Style Values"), and which arguments are refused before anything
is sent.

Defaults are OpenAPI's: ``form`` with explode for query and cookie parameters, ``simple``
without explode for path and header ones. A value that cannot be sent as the spec says raises
``ValueError`` or ``TypeError`` naming the operation and the argument: ``None`` for a required
path parameter, bytes (decode them first), a lone surrogate (no UTF-8 for it), a number that
is not finite, a ``;`` or ``,`` in a cookie value (it would start another cookie), an empty,
``.`` or ``..`` path segment (URL normalisation would take the request to another endpoint).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, quote_plus

import msgspec

from ._guards import check_cookie_value, check_header

_DOT_SEGMENTS = frozenset({"", ".", ".."})
_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "|"}


def expand_path(
    operation: str,
    template: str,
    values: Mapping[str, Any],
    styles: Mapping[str, tuple[str, bool | None]] | None = None,
) -> str:
    """Return ``template`` with each ``{name}`` replaced by its value, encoded so that it stays
    in its own segment (``styles``: the non-default style and explode of a parameter)."""
    segments = {}
    for name, value in values.items():
        style, explode = (styles or {}).get(name, ("simple", None))
        role = f"{operation}: path parameter {name!r}"
        if value is None or isinstance(value, msgspec.UnsetType):
            raise ValueError(f"{role} is required: it must not be None")
        segment = _path_value(role, name, value, style, bool(explode))
        if segment in _DOT_SEGMENTS:
            shown = "empty" if not segment else repr(segment)
            raise ValueError(f"{role} must not be {shown}: it would send the request to another endpoint")
        segments[name] = segment
    return template.format_map(segments)


def query(operation: str, name: str, key: str, value: Any, style: str, explode: bool | None) -> list[str]:
    """Return the encoded ``key=value`` pairs of one query parameter."""
    role = f"{operation}: query parameter {name!r}"
    plain = _plain(role, value)
    style = style or "form"
    explode = style == "form" if explode is None else explode
    encoded = _q(key)
    if isinstance(plain, list):
        items = [_q(_item(f"{role}[{i}]", item)) for i, item in enumerate(plain)]
        if style == "form" and explode:
            return [f"{encoded}={item}" for item in items]
        return [f"{encoded}=" + _DELIMITERS.get(style, ",").join(items)]
    if isinstance(plain, dict):
        if style == "deepObject":
            return [
                _q(key + "".join(f"[{step}]" for step in path)) + f"={_q(text)}" for path, text in _deep(role, plain)
            ]
        fields = _fields(role, plain)
        if explode:
            return [f"{_q(k)}={_q(v)}" for k, v in fields]
        return [f"{encoded}=" + ",".join(f"{_q(k)},{_q(v)}" for k, v in fields)]
    return [f"{encoded}={_q(scalar(role, plain))}"]


def header(operation: str, name: str, key: str, value: Any, explode: bool | None) -> str:
    """Return the value of one header parameter (``simple`` style), checked sendable."""
    role = f"{operation}: header parameter {name!r}"
    plain = _plain(role, value)
    if isinstance(plain, list):
        text = ",".join(_item(f"{role}[{i}]", item) for i, item in enumerate(plain))
    elif isinstance(plain, dict):
        joiner = "=" if explode else ","
        text = ",".join(f"{k}{joiner}{v}" for k, v in _fields(role, plain))
    else:
        text = scalar(role, plain)
    check_header(key, text, role)
    return text


def cookies(operation: str, name: str, key: str, value: Any, explode: bool | None) -> list[str]:
    """Return the ``name=value`` pairs one cookie parameter adds to the Cookie header."""
    role = f"{operation}: cookie parameter {name!r}"
    plain = _plain(role, value)
    explode = True if explode is None else explode
    if isinstance(plain, list):
        items = [_cookie_text(f"{role}[{i}]", item) for i, item in enumerate(plain)]
        if explode:
            return [f"{key}={item}" for item in items]
        return [f"{key}=" + ",".join(items)]
    if isinstance(plain, dict):
        fields = [(_cookie_text(role, k), _cookie_text(f"{role}[{k!r}]", v)) for k, v in _fields(role, plain)]
        if explode:
            return [f"{k}={v}" for k, v in fields]
        return [f"{key}=" + ",".join(f"{k},{v}" for k, v in fields)]
    return [f"{key}={_cookie_text(role, plain)}"]


def _path_value(role: str, name: str, value: Any, style: str, explode: bool) -> str:
    plain = _plain(role, value)
    prefix = {"label": ".", "matrix": f";{name}="}.get(style, "")
    if isinstance(plain, list):
        items = [_segment(_item(f"{role}[{i}]", item)) for i, item in enumerate(plain)]
        if style == "matrix" and explode:
            return "".join(f";{name}={item}" for item in items)
        separator = "." if style == "label" and explode else ","
        return prefix + separator.join(items)
    if isinstance(plain, dict):
        fields = [(_segment(k), _segment(v)) for k, v in _fields(role, plain)]
        if explode:
            separator = {"label": ".", "matrix": ";"}.get(style, ",")
            lead = {"label": ".", "matrix": ";"}.get(style, "")
            return lead + separator.join(f"{k}={v}" for k, v in fields)
        return prefix + ",".join(f"{k},{v}" for k, v in fields)
    text = scalar(role, plain)
    return prefix + _segment(text) if prefix else _segment(text)


def _plain(role: str, value: Any) -> Any:
    """``value`` as text, number, boolean, list or dict (models, enums, dates and UUIDs as
    their JSON values)."""
    if isinstance(value, str | int | float):
        return value
    _refuse_bytes(role, value)
    try:
        return msgspec.to_builtins(value)
    except TypeError:
        raise TypeError(
            f"{role} cannot be sent: {type(value).__name__} is not a string, number, boolean, "
            "list, model, enum, date or UUID"
        ) from None


def _refuse_bytes(role: str, value: Any) -> None:
    if isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(f"{role} must be text, not {type(value).__name__}: decode it first")
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _refuse_bytes(f"{role}[{index}]", item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_bytes(f"{role}[{key!r}]", item)


def scalar(role: str, value: Any) -> str:
    """The text of one plain value; refuses what cannot be sent."""
    if isinstance(value, str):
        return _encodable(role, value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{role} must be a finite number, not {value}")
        return repr(value)
    if value is None:
        raise ValueError(f"{role} must not be None")
    raise TypeError(f"{role} must be a single value here, not a {type(value).__name__}")


def form_encoded(role: str, params: Mapping[str, Any]) -> str:
    """``params`` as ``application/x-www-form-urlencoded``, exactly as httpx encodes
    ``params=`` and ``data=``: a list repeats its key, booleans are ``true``/``false``, None is
    empty, anything else its ``str``."""
    pairs = []
    for key, value in params.items():
        name = _q(_encodable(f"{role} key", str(key)))
        for item in value if isinstance(value, list | tuple) else (value,):
            text = "true" if item is True else "false" if item is False else "" if item is None else str(item)
            pairs.append(f"{name}={_q(_encodable(f'{role}[{key!r}]', text))}")
    return "&".join(pairs)


def _item(role: str, value: Any) -> str:
    """The text of an array's item: a null one is empty, as httpx sends it."""
    return "" if value is None else scalar(role, value)


def _fields(role: str, value: Mapping[Any, Any]) -> list[tuple[str, str]]:
    """The (name, text) pairs of an object's fields that are set."""
    return [
        (scalar(f"{role} key", key), scalar(f"{role}[{key!r}]", item))
        for key, item in value.items()
        if item is not None
    ]


def _deep(role: str, value: Mapping[Any, Any]) -> list[tuple[tuple[str, ...], str]]:
    """deepObject pairs as (path, text): ``{"a": {"b": 1}}`` → ``(("a", "b"), "1")``; the items
    of a list repeat its path."""
    pairs: list[tuple[tuple[str, ...], str]] = []
    for key, item in value.items():
        name = scalar(f"{role} key", key)
        where = f"{role}[{name!r}]"
        if item is None:
            continue
        if isinstance(item, dict):
            pairs.extend(((name, *path), text) for path, text in _deep(where, item))
        elif isinstance(item, list):
            pairs.extend(((name,), scalar(where, i)) for i in item)
        else:
            pairs.append(((name,), scalar(where, item)))
    return pairs


def _encodable(role: str, text: str) -> str:
    """``text``, unless it holds a lone surrogate (which no UTF-8 can carry)."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(
                f"{role} holds a lone surrogate (U+{ord(text[error.start]):04X}) at position "
                f"{error.start}: it has no UTF-8 encoding, so it cannot be sent"
            ) from None
    return text


def _cookie_text(role: str, value: Any) -> str:
    return check_cookie_value(role, _item(role, value))


def _segment(text: str) -> str:
    return quote(text, safe="")


def _q(text: str) -> str:
    return quote_plus(text, safe="")

"""A config file is checked when it is read: every path in it stays in its folder (specs/),
every value has the type its setting needs; anything else is one error naming the file, the
line and the setting, never a traceback later."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import SETTINGS, ClientSpec, load_config
from generator.errors import SpecError

GOOD_SHA = "a" * 64


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """``tmp_path/specs`` holding a spec, an overlay and a page; ``tmp_path/outside.yaml``
    beside it, and symbolic links in specs/ to the outside and to the inside."""
    specs = tmp_path / "specs"
    (specs / "sources").mkdir(parents=True)
    for path in (specs / "api.yaml", specs / "sources" / "page.txt", tmp_path / "outside.yaml"):
        path.write_text("openapi: 3.1.0\n")
    (specs / "api.overlay.yaml").write_text("overlay: 1.0.0\nactions: []\n")
    (specs / "out.yaml").symlink_to(tmp_path / "outside.yaml")
    (specs / "in.yaml").symlink_to(specs / "api.yaml")
    (specs / "out-dir").symlink_to(tmp_path, target_is_directory=True)
    return specs


def _load(folder: Path, text: str) -> ClientSpec:
    path = folder / "api.config.yaml"
    path.write_text(text)
    return load_config(path)


def _refused(folder: Path, text: str) -> SpecError:
    with pytest.raises(SpecError) as raised:
        _load(folder, text)
    message = str(raised.value)
    assert "\n" not in message
    assert re.match(rf"{re.escape(str(folder / 'api.config.yaml'))}:\d+: ", message), message
    return raised.value


def _config_with(key: str, value: str) -> str:
    if key == "spec":
        return f"spec: {value}\n"
    if key == "overlays":
        return f"spec: api.yaml\noverlays: [{value}]\n"
    return (
        f"spec: api.yaml\nupstream:\n  url: https://x.test/a\n  kind: docs\n"
        f"  made_from: {value}\n  sha256: {GOOD_SHA}\n"
    )


_KEYS = ["spec", "overlays", "made_from"]
_WHERE = {"spec": "spec", "overlays": "overlays[0]", "made_from": "upstream.made_from"}


@pytest.mark.parametrize("key", _KEYS)
@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("../outside.yaml", "no absolute path, no '..'"),
        ("sources/../../outside.yaml", "no absolute path, no '..'"),
        ("/etc/passwd", "no absolute path, no '..'"),
        ("out.yaml", "is a symbolic link out of specs/"),
        ("out-dir/outside.yaml", "is a symbolic link out of specs/"),
    ],
)
def test_a_path_out_of_specs_is_refused_naming_the_setting(
    folder: Path, key: str, value: str, says: str
) -> None:
    error = _refused(folder, _config_with(key, value))
    assert f"{_WHERE[key]}: {value!r}" in error.message
    assert says in error.message


def test_paths_inside_specs_are_read(folder: Path) -> None:
    """Below it, or through a symbolic link that stays in it."""
    client = _load(
        folder,
        "spec: in.yaml\noverlays: [api.overlay.yaml]\nupstream:\n  url: https://x.test/a\n"
        f"  kind: docs\n  made_from: sources/page.txt\n  sha256: {GOOD_SHA}\n",
    )
    specs = folder.resolve()
    assert client.spec == specs / "api.yaml"
    assert client.overlays == (specs / "api.overlay.yaml",)
    assert client.upstream is not None
    assert client.upstream.made_from == specs / "sources" / "page.txt"


_SEGMENTS = st.sampled_from(
    ["api.yaml", "sources", "page.txt", "..", ".", "out.yaml", "out-dir", "in.yaml", "x"]
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(_SEGMENTS, min_size=1, max_size=5), absolute=st.booleans())
def test_any_path_is_read_only_when_it_stays_in_specs(
    folder: Path, parts: list[str], absolute: bool
) -> None:
    """Whatever the path: read when it names a file inside specs/ (symbolic links
    followed) without '..'; refused, naming the setting, otherwise."""
    value = ("/" if absolute else "") + "/".join(parts)
    target = Path(os.path.realpath(folder / value.lstrip("/")))
    inside = not absolute and ".." not in parts and target.is_relative_to(folder.resolve())
    try:
        client = _load(folder, f"spec: {value}\n")
    except SpecError as error:
        assert error.message.startswith(f"spec: {value!r}")
        assert not (inside and target.is_file())
    else:
        assert inside
        assert client.spec == target


@pytest.mark.parametrize(
    ("setting", "says"),
    [
        ("package: 'acme\\n'", "package: must be a Python identifier"),
        ("base_url: javascript:alert(1)", "base_url: must be an http(s) URL"),
        ("auth: {key: {env: no}}", "auth.key.env: must be true or false"),
        ("auth: {key: {format_argument: [a]}}", "auth.key.format_argument: must be a snake_case"),
        ("pagination: [{style: page, next: [a]}]", "pagination[0].next: must be a response field"),
        ("pagination: [{style: page, start: '1'}]", "pagination[0].start: must be a whole number"),
        (
            "pagination: [{style: page, operations: [{}]}]",
            "pagination[0].operations: must be a list",
        ),
        ("pagination: [{style: page, parameters: {page: [1]}}]", "must map roles to parameter"),
        ("openapi_python_client: {literal_enums: yes}", "literal_enums: must be true or false"),
        ("openapi_python_client: {field_prefix: 1}", "field_prefix: must be a str"),
        ("openapi_python_client: {class_overrides: {A: {class_name: 'a b'}}}", "class_overrides.A"),
        ("openapi_python_client: {content_type_overrides: {a/b: [1]}}", "must be a media type"),
        ("resources: {getThing: 'a.b\\n'}", "resources.getThing: must be resource.method"),
        ("overlays: {a: 1}", "overlays: must be a list"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_on_its_line(
    folder: Path, setting: str, says: str
) -> None:
    error = _refused(folder, f"spec: api.yaml\n{setting}\n")
    assert says in error.message
    assert error.line == 2


_VALUES: list[Any] = [None, True, 1, 1.5, "text", [], ["a"], {}, {"a": 1}]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    key=st.sampled_from(sorted(SETTINGS - {"spec", "overlays"})),
    value=st.sampled_from(_VALUES),
)
def test_any_value_of_any_setting_is_read_or_refused_in_one_line(
    folder: Path, key: str, value: Any
) -> None:
    try:
        client = _load(folder, f"spec: api.yaml\n{key}: {json.dumps(value)}\n")
    except SpecError as error:
        assert "\n" not in str(error) and error.line in (1, 2)
        return
    for name in ("title", "package_name", "class_name", "env_prefix"):
        assert isinstance(getattr(client, name), str)
    assert client.base_url is None or isinstance(client.base_url, str)
    assert client.version is None or isinstance(client.version, str)


def test_an_unknown_pagination_style_is_refused_with_the_known_ones(folder: Path) -> None:
    """Issue 20 point 7: a misspelt style survived with the whole suite passing."""
    error = _refused(
        folder, "spec: api.yaml\npagination:\n  - operations: [list*]\n    style: pages\n"
    )
    assert error.line == 4
    assert str(error) == (
        f"{folder / 'api.config.yaml'}:4: pagination[0].style: must be one of "
        "['cursor', 'link_header', 'next_url', 'offset', 'page']"
    )

"""The generated-API comparison on small hand-written packages: every package rule, and
how rows are merged and located."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.diff.api_diff import diff_api
from generator.diff.public_api import public_api
from generator.diff.rules import RULES, Change

BASE_FILES: dict[str, str] = {
    "pkg/__init__.py": """
        from ._auth import Token
        from .client import Client
        __version__ = "1.0"
        __all__ = ["Client", "Token", "__version__"]
    """,
    "pkg/_auth.py": """
        class Token(Exception):
            def __init__(self, value: str) -> None:
                self.value = value
    """,
    "pkg/client.py": """
        from attrs import define, field

        @define
        class Client:
            base_url: str
            timeout: float = 5.0
            _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")

            def get(self, path: str, query: str = "", *, retries: int = 0) -> str:
                return path
    """,
    "pkg/types.py": """
        class Unset:
            pass

        UNSET = Unset()
    """,
    "pkg/api/__init__.py": "",
    "pkg/api/things/__init__.py": "",
    "pkg/api/things/get_thing.py": """
        from ...client import Client
        from ...models.thing import Thing

        def sync(thing_id: str, *, client: Client) -> Thing | None:
            return None

        async def asyncio(thing_id: str, *, client: Client) -> Thing | None:
            return None
    """,
    "pkg/_operation.py": """
        from typing import Generic, TypeVar

        T = TypeVar("T")

        class Operation(Generic[T]):
            def __init__(self, name: str, method: str, path: str, params: tuple[str, ...]) -> None:
                self.name, self.method, self.path, self.params = name, method, path, params

        class Pagination:
            def __init__(self, style: str) -> None:
                self.style = style

        class Server:
            def __init__(self, url: str) -> None:
                self.url = url
    """,
    "pkg/api/things/list_things.py": """
        from ..._operation import Operation, Pagination, Server
        from ...client import Client
        from ...models.thing import Thing

        OPERATION: Operation[list[Thing]] = Operation("list_things", "GET", "/things", params=())
        PAGINATION = Pagination("page")
        SERVERS: tuple[Server, ...] = (Server("https://example.com"),)

        def sync(*, client: Client) -> list[Thing]:
            return []

        async def asyncio(*, client: Client) -> list[Thing]:
            return []
    """,
    "pkg/models/__init__.py": """
        from .state import State
        from .thing import Thing
        __all__ = ["State", "Thing"]
    """,
    "pkg/models/state.py": """
        from enum import StrEnum

        class State(StrEnum):
            READY = "ready"
            SLEEPING = "sleeping"
    """,
    "pkg/models/region.py": """
        import msgspec
        from ..types import UNSET, Unset

        class Region(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
            slug: str
            display_name: str | Unset = msgspec.field(name="displayName", default=UNSET)
    """,
    "pkg/models/thing.py": """
        from attrs import define as _attrs_define
        from ..types import UNSET, Unset

        @_attrs_define
        class Thing:
            id: str
            name: str | Unset = UNSET
    """,
}

Edit = tuple[str, str | None, str | None]
"""(file, old text, new text): replaces every occurrence; an empty old text appends, None as
old text adds the file, None as new text deletes it."""

GET = "pkg/api/things/get_thing.py"
LIST = "pkg/api/things/list_things.py"
CLIENT = "pkg/client.py"
THING = "pkg/models/thing.py"
STATE = "pkg/models/state.py"
REGION = "pkg/models/region.py"
INIT = "pkg/__init__.py"
AUTH = "pkg/_auth.py"
GET_SIG = 'self, path: str, query: str = "", *, retries: int = 0'

API_CASES: list[tuple[str, list[Edit], list[tuple[str, bool]]]] = [
    (
        "module added",
        [("pkg/api/things/delete_thing.py", None, "def sync() -> None: ...")],
        [("api-module-added", False)],
    ),
    (
        "module removed (its functions are not listed again)",
        [(GET, "", None)],
        [("api-module-removed", True)],
    ),
    ("class added", [(THING, "", "\nclass Other:\n    pass\n")], [("api-class-added", False)]),
    (
        "class removed, with its re-export folded in",
        [
            (STATE, "class State(StrEnum):", "class Status(StrEnum):"),
            ("pkg/models/__init__.py", "State", "Status"),
        ],
        [("api-class-removed", True), ("api-class-added", False)],
    ),
    (
        "function added",
        [(GET, "", "\ndef sync_detailed() -> None: ...\n")],
        [("api-function-added", False)],
    ),
    (
        "function removed",
        [(GET, "async def asyncio", "async def _asyncio")],
        [("api-function-removed", True)],
    ),
    (
        "model field with a default added",
        [(THING, "    id: str\n", "    id: str\n    colour: str | Unset = UNSET\n")],
        [("api-attribute-added", False)],
    ),
    (
        "required field added to a model callers only receive (its constructor is the package's)",
        [(THING, "    id: str\n", "    id: str\n    size: int\n")],
        [("api-attribute-added", False)],
    ),
    (
        "model field removed",
        [(THING, "    name: str | Unset = UNSET\n", "")],
        [("api-attribute-removed", True)],
    ),
    (
        "enum member added",
        [(STATE, "    SLEEPING", '    ARCHIVED = "archived"\n    SLEEPING')],
        [("api-attribute-added", False)],
    ),
    ("enum member value changed", [(STATE, '"ready"', '"Ready"')], [("api-value-changed", True)]),
    (
        "re-export added",
        [
            (
                INIT,
                "from .client import Client",
                "from .client import Client\nfrom .types import UNSET",
            ),
            (INIT, '"Client",', '"Client", "UNSET",'),
        ],
        [("api-export-added", False)],
    ),
    ("re-export removed", [(INIT, '"Client", ', "")], [("api-export-removed", True)]),
    (
        "class became a constant",
        [
            (
                STATE,
                'class State(StrEnum):\n    READY = "ready"\n    SLEEPING = "sleeping"',
                "State = str",
            )
        ],
        [("api-kind-changed", True)],
    ),
    (
        "base class removed",
        [(AUTH, "class Token(Exception):", "class Token:")],
        [("api-base-removed", True)],
    ),
    (
        "base class kept through a new intermediate class",
        [
            (
                AUTH,
                "class Token(Exception):",
                "class AuthError(Exception):\n    pass\n\nclass Token(AuthError):",
            )
        ],
        [],
    ),
    (
        "required parameter added (sync and asyncio: one row)",
        [(GET, "*, client: Client)", "*, client: Client, owner: str)")],
        [("api-parameter-added-required", True)],
    ),
    (
        "optional parameter added",
        [(GET, "*, client: Client)", "*, client: Client, page: int = 1)")],
        [("api-parameter-added-optional", False)],
    ),
    (
        "parameter removed",
        [(CLIENT, ", *, retries: int = 0", "")],
        [("api-parameter-removed", True)],
    ),
    (
        "parameter lost its default",
        [(CLIENT, "retries: int = 0", "retries: int")],
        [("api-parameter-became-required", True)],
    ),
    (
        "parameter gained a default",
        [(CLIENT, "path: str,", "path: str = '/',")],
        [("api-parameter-became-optional", False)],
    ),
    (
        "parameter default changed",
        [(CLIENT, "retries: int = 0", "retries: int = 3")],
        [("api-parameter-default-changed", True)],
    ),
    (
        "parameter became keyword-only",
        [(CLIENT, GET_SIG, 'self, *, path: str, query: str = "", retries: int = 0')],
        [("api-parameter-kind-restricted", True), ("api-parameter-kind-restricted", True)],
    ),
    (
        "parameter no longer keyword-only",
        [(CLIENT, ", *, retries", ", retries")],
        [("api-parameter-kind-relaxed", False)],
    ),
    (
        "positional parameters swapped",
        [(CLIENT, 'path: str, query: str = ""', 'query: str = "", path: str = ""')],
        [("api-parameter-moved", True), ("api-parameter-became-optional", False)],
    ),
    (
        "return type narrowed",
        [(GET, ") -> Thing | None:", ") -> Thing:")],
        [("api-annotation-changed", False)],
    ),
    (
        "return type widened",
        [(GET, ") -> Thing | None:", ") -> Thing | str | None:")],
        [("api-result-type-widened", True)],
    ),
    (
        "returned list's items widened (callers read it as a Sequence)",
        [(LIST, "-> list[Thing]:", "-> list[Thing | None]:")],
        [("api-result-type-widened", True)],
    ),
    (
        "returned list's items narrowed (a list is invariant, a Sequence read is not)",
        [
            (THING, "", "\n\nclass Special(Thing):\n    pass\n"),
            (LIST, "import Thing", "import Special, Thing"),
            (LIST, "-> list[Thing]:", "-> list[Special]:"),
        ],
        [("api-class-added", False), ("api-annotation-changed", False)],
    ),
    (
        "parameter type narrowed",
        [(GET, "thing_id: str,", "thing_id: int,")],
        [("api-parameter-type-narrowed", True)],
    ),
    (
        "parameter type widened",
        [(GET, "thing_id: str,", "thing_id: str | int,")],
        [("api-annotation-changed", False)],
    ),
    (
        "field of a model callers receive widened (its constructor is not theirs)",
        [(THING, "    id: str\n", "    id: str | int\n")],
        [("api-result-type-widened", True)],
    ),
    (
        "field of a model callers only receive got a default (not their constructor)",
        [(THING, "    id: str\n", "    id: str = ''\n")],
        [],
    ),
    (
        "field of a class callers only send widened (reading it back is not judged)",
        [(CLIENT, "timeout: float = 5.0", "timeout: float | None = 5.0")],
        [("api-annotation-changed", False), ("api-annotation-changed", False)],
    ),
    (
        "field of a class callers only send narrowed",
        [(CLIENT, "timeout: float = 5.0", "timeout: int = 5")],
        [
            ("api-annotation-changed", False),
            ("api-parameter-type-narrowed", True),
            ("api-parameter-default-changed", True),
        ],
    ),
    (
        "attrs constructor argument renamed through its alias",
        [(CLIENT, 'alias="headers"', 'alias="extra_headers"')],
        [("api-parameter-removed", True), ("api-parameter-added-optional", False)],
    ),
    (
        "attrs field became required",
        [(CLIENT, "timeout: float = 5.0", "timeout: float")],
        [("api-parameter-became-required", True)],
    ),
    (
        "object from a private module changed where it is re-exported",
        [(AUTH, "value: str)", "value: str, scope: str)")],
        [("api-parameter-added-required", True)],
    ),
    (
        "instance attribute's assignment changed (not a constant)",
        [(AUTH, "self.value = value", "self.value = value.strip()")],
        [],
    ),
    ("__version__ bumped (metadata, not API)", [(INIT, '"1.0"', '"1.1"')], []),
    (
        "Struct field became required (keyword-only constructor argument)",
        [
            (
                REGION,
                'display_name: str | Unset = msgspec.field(name="displayName", default=UNSET)',
                'display_name: str = msgspec.field(name="displayName")',
            )
        ],
        [
            ("api-parameter-became-required", True),
            ("api-annotation-changed", False),  # the attribute gives less: readers are fine
            ("api-parameter-type-narrowed", True),  # the argument no longer accepts UNSET
        ],
    ),
    (
        "runtime plumbing (objects of private classes) changes with the parameter it carries",
        [
            (LIST, "params=()", 'params=("q",)'),
            (LIST, 'Pagination("page")', 'Pagination("cursor")'),
            (LIST, "https://example.com", "https://example.org"),
            (LIST, "*, client: Client)", "*, client: Client, q: str | None = None)"),
        ],
        [("api-parameter-added-optional", False)],
    ),
    (
        "an object of a class the package re-exports is public API, whatever its name",
        [
            (
                INIT,
                "from .client import Client",
                "from .client import Client\nfrom ._operation import Operation",
            ),
            (INIT, '"Client",', '"Client", "Operation",'),
            (LIST, "params=()", 'params=("q",)'),
        ],
        [("api-class-added", False), ("api-attribute-added", False)],
    ),
    (
        "Struct required field added",
        [(REGION, "    slug: str\n", "    slug: str\n    code: str\n")],
        [("api-field-added-required", True)],
    ),
    (
        "Struct field renamed in JSON only (not the Python API)",
        [(REGION, 'name="displayName"', 'name="display_name"')],
        [],
    ),
]


def write_package(root: Path, edits: list[Edit]) -> Path:
    """Write the base package with ``edits`` applied under ``root``; return ``root``."""
    files = {name: textwrap.dedent(text).lstrip() for name, text in BASE_FILES.items()}
    for name, old, new in edits:
        if new is None:
            del files[name]
        elif old is None:
            files[name] = new
        elif old == "":
            files[name] += new
        else:
            assert old in files[name], f"{old!r} not in {name}"
            files[name] = files[name].replace(old, new)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def api_changes(tmp_path: Path, edits: list[Edit]) -> list[Change]:
    old = public_api(write_package(tmp_path / "old", []), "pkg")
    new = public_api(write_package(tmp_path / "new", edits), "pkg")
    return diff_api(old, new)


@pytest.mark.parametrize(("kind", "edits", "expected"), API_CASES, ids=[c[0] for c in API_CASES])
def test_api_case(
    kind: str, edits: list[Edit], expected: list[tuple[str, bool]], tmp_path: Path
) -> None:
    found = sorted((c.rule.id, c.breaking) for c in api_changes(tmp_path, edits))
    assert found == sorted(expected), kind


def test_every_package_rule_has_a_case() -> None:
    covered = {rule for _, _, expected in API_CASES for rule, _ in expected}
    assert {r.id for r in RULES if r.area == "package"} - covered == set()


def test_identical_packages_have_no_changes(tmp_path: Path) -> None:
    assert api_changes(tmp_path, []) == []


def test_the_same_change_in_several_modules_is_one_row_listing_every_path(
    tmp_path: Path,
) -> None:
    edits: list[Edit] = [
        (name, "*, client: Client", "*, client: Client, options: int = 0") for name in (GET, LIST)
    ]
    [found] = api_changes(tmp_path, edits)
    assert found.rule.id == "api-parameter-added-optional"
    assert found.location == "pkg.api.things.{get_thing, list_things}.{asyncio, sync}(options)"
    assert found.detail == "optional parameter added: int (2 places)"
    assert found.paths == (
        "pkg.api.things.get_thing.{asyncio, sync}(options)",
        "pkg.api.things.list_things.{asyncio, sync}(options)",
    )


def test_a_removed_class_row_says_where_it_was_re_exported(tmp_path: Path) -> None:
    [found] = api_changes(
        tmp_path,
        [(STATE, "class State", "class _State"), ("pkg/models/__init__.py", '"State", ', "")],
    )
    assert (found.rule.id, found.location) == ("api-class-removed", "pkg.models.state.State")
    assert found.detail == "class removed; re-exported as pkg.models.State"


def test_attrs_constructor_is_derived_from_fields(tmp_path: Path) -> None:
    api = public_api(write_package(tmp_path, []), "pkg")
    init = api["pkg.client.Client.__init__"]
    assert [(p.name, p.kind, p.required) for p in init.params] == [
        ("base_url", "positional or keyword", True),
        ("timeout", "positional or keyword", False),
        ("headers", "keyword-only", False),
    ]
    assert api["pkg.models.thing.Thing.id"].init_required is True
    assert "pkg.client.Client._headers" not in api  # private attribute, public argument


def test_an_added_enum_member_shows_its_value(tmp_path: Path) -> None:
    edits: list[Edit] = [(STATE, "    SLEEPING", '    ARCHIVED = "archived"\n    SLEEPING')]
    [found] = api_changes(tmp_path, edits)
    assert (found.location, found.detail) == (
        "pkg.models.state.State.ARCHIVED",
        "attribute added = 'archived'",
    )

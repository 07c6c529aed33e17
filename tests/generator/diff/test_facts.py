"""Merging spec changes and package rows into facts, on small hand-written packages: which
package rows show which spec change, the verdict of the merged fact, and its sentence."""

from __future__ import annotations

import textwrap
from pathlib import Path

from generator.diff.api_diff import diff_api
from generator.diff.facts import Fact, Homes, merge
from generator.diff.public_api import Api, public_api
from generator.diff.rules import Change, change
from generator.diff.wording import sentence
from generator.resources import Placement

FILES = {
    "pkg/__init__.py": "",
    "pkg/api/__init__.py": "",
    "pkg/api/things/__init__.py": "",
    "pkg/api/things/list_things.py": """
        from ...models.thing import Thing

        def sync(*, limit: int = 10) -> list[Thing]:
            return []

        async def asyncio(*, limit: int = 10) -> list[Thing]:
            return []
    """,
    "pkg/api/things/create_thing.py": """
        from ...models.new_thing import NewThing
        from ...models.thing import Thing

        def sync(*, body: NewThing) -> Thing:
            raise NotImplementedError
    """,
    "pkg/resources/__init__.py": "",
    "pkg/resources/things.py": """
        from ..models.thing import Thing

        class Things:
            def list(self, *, limit: int = 10) -> list[Thing]:
                return []

            def create(self, *, name: str, note: str | None = None) -> Thing:
                raise NotImplementedError

        class AsyncThings:
            async def list(self, *, limit: int = 10) -> list[Thing]:
                return []
    """,
    "pkg/models/__init__.py": "",
    "pkg/models/thing.py": """
        from attrs import define

        @define
        class Thing:
            id: str
            name: str
    """,
    "pkg/models/new_thing.py": """
        from attrs import define

        @define
        class NewThing:
            name: str
            note: str | None = None
    """,
    "pkg/helpers.py": """
        def helper() -> None:
            pass
    """,
    "pkg/client.py": """
        from .resources.things import Things

        class Client:
            things: Things
    """,
}
LIST, CREATE = "GET /things", "POST /things"
HOMES = Homes(
    modules={LIST: {"list_things"}, CREATE: {"create_thing"}},
    methods={LIST: {Placement("things", "list")}, CREATE: {Placement("things", "create")}},
)


def package(
    root: Path, edits: dict[str, tuple[str, str]], added: dict[str, str] | None = None
) -> Api:
    for name, text in {**FILES, **(added or {})}.items():
        source = textwrap.dedent(text).lstrip()
        if name in edits:
            old, new = edits[name]
            assert old in source, (name, old)
            source = source.replace(old, new)
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(source)
    return public_api(root, "pkg")


def facts(
    tmp_path: Path,
    edits: dict[str, tuple[str, str]],
    spec: list[Change],
    added: dict[str, str] | None = None,
    homes: Homes = HOMES,
) -> list[Fact]:
    old, new = package(tmp_path / "old", {}), package(tmp_path / "new", edits, added)
    return merge(spec, diff_api(old, new), old, new, homes)


def test_an_optional_parameter_is_one_fact_with_its_functions_and_resource_methods(
    tmp_path: Path,
) -> None:
    added = "limit: int = 10, q: str | None = None"
    edits = {
        "pkg/api/things/list_things.py": ("limit: int = 10", added),
        "pkg/resources/things.py": ("limit: int = 10", added),
        "pkg/helpers.py": ("pass", "pass\n\ndef other() -> None:\n    pass"),
    }
    spec = [change("parameter-added-optional", f"{LIST} (query parameter q)", "added")]
    first, alone = facts(tmp_path, edits, spec)
    assert first.spec == spec[0]
    assert sorted(row.location for row in first.api) == [
        "pkg.api.things.list_things.{asyncio, sync}(q)",
        "pkg.resources.things.{AsyncThings, Things}.list(q)",
    ]
    assert not first.breaking
    assert first.call == "client.things.list()"
    assert sentence(first) == "`client.things.list()` accepts a new optional argument `q`"
    # a package change no spec change explains (a template's) is a fact of its own
    assert (alone.spec, [row.location for row in alone.api]) == (None, ["pkg.helpers.other"])


def test_a_required_body_field_is_one_breaking_fact_with_model_and_resource_rows(
    tmp_path: Path,
) -> None:
    edits = {
        "pkg/models/new_thing.py": ("note: str | None = None", "note: str"),
        "pkg/resources/things.py": ("note: str | None = None", "note: str"),
    }
    spec = [
        Change(
            change("request-property-became-required", "", "").rule,
            f"{CREATE} request body.note",
            "became required",
            operations=(CREATE,),
        )
    ]
    [fact] = facts(tmp_path, edits, spec)
    assert {row.rule.id for row in fact.api} == {
        "api-parameter-became-required",
        "api-parameter-type-narrowed",
        "api-annotation-changed",
    }
    assert {row.location.split(".")[-2] for row in fact.api} >= {"NewThing", "Things"}
    assert fact.breaking
    assert sentence(fact) == "`client.things.create()` now requires `note`"


def test_a_response_field_removed_is_one_fact_with_the_model_attribute(tmp_path: Path) -> None:
    edits = {"pkg/models/thing.py": ("    name: str\n", "")}
    spec = [
        Change(
            change("response-property-removed", "", "").rule,
            "Thing.name",
            "field removed",
            operations=(LIST, CREATE),
        )
    ]
    [fact] = facts(tmp_path, edits, spec)
    assert [row.location for row in fact.api] == ["pkg.models.thing.Thing.name"]
    assert fact.member == "Thing.name"
    assert sentence(fact) == "`Thing.name` was removed"


def test_the_spec_verdict_stands_unless_a_type_checker_sees_a_break(tmp_path: Path) -> None:
    """A package row that breaks only at run time (a default) does not overrule a
    non-breaking spec change; one a type checker sees does."""
    edits = {
        "pkg/api/things/list_things.py": ("limit: int = 10", "limit: int = 20"),
        "pkg/resources/things.py": ("limit: int = 10", "limit: int = 20"),
    }
    spec = [change("request-default-added", f"{LIST} (query parameter limit)", "default")]
    [fact] = facts(tmp_path, edits, spec)
    assert {row.rule.id for row in fact.api} == {"api-parameter-default-changed"}
    assert not fact.breaking
    edits = {"pkg/api/things/list_things.py": ("limit: int = 10", "limit: str = '10'")}
    [fact] = facts(tmp_path / "typed", edits, spec)
    assert {row.rule.id for row in fact.api} == {
        "api-parameter-type-narrowed",
        "api-parameter-default-changed",
    }
    assert fact.breaking


def test_an_operation_removed_takes_its_modules_methods_and_only_its_own_models(
    tmp_path: Path,
) -> None:
    edits = {
        "pkg/api/things/create_thing.py": ("def sync", "def _sync"),
        "pkg/resources/things.py": ("def create", "def _create"),
        "pkg/models/new_thing.py": ("class NewThing", "class _NewThing"),
        "pkg/models/thing.py": ("    name: str\n", ""),
    }
    spec = [
        change("operation-removed", CREATE, "operation createThing removed"),
        Change(
            change("response-property-removed", "", "").rule,
            "Thing.name",
            "field removed",
            operations=(LIST,),
        ),
    ]
    removed, field = facts(tmp_path, edits, spec)
    assert sorted(row.location for row in removed.api) == [
        "pkg.api.things.create_thing.sync",
        "pkg.models.new_thing.NewThing",
        "pkg.resources.things.Things.create",
    ]
    # Thing is the removed operation's result too, but other operations use it
    assert [row.location for row in field.api] == ["pkg.models.thing.Thing.name"]


def test_an_operation_added_with_its_tag_takes_the_folder_resource_and_accessor(
    tmp_path: Path,
) -> None:
    widgets = "GET /widgets"
    homes = Homes(
        modules={**HOMES.modules, widgets: {"list_widgets"}},
        methods={**HOMES.methods, widgets: {Placement("widgets", "list")}},
    )
    added = {
        "pkg/api/widgets/__init__.py": "",
        "pkg/api/widgets/list_widgets.py": "def sync() -> None:\n    pass\n",
        "pkg/resources/widgets.py": "class Widgets:\n    def list(self) -> None:\n        pass\n",
    }
    accessor = ("    things: Things", "    things: Things\n    widgets: Widgets")
    edits = {"pkg/client.py": accessor}
    spec = [change("operation-added", widgets, "operation listWidgets added")]
    old = package(tmp_path / "old", {})
    package(tmp_path / "new", edits, added)
    client = tmp_path / "new" / "pkg" / "client.py"
    client.write_text("from .resources.widgets import Widgets\n" + client.read_text())
    new = public_api(tmp_path / "new", "pkg")
    [fact] = merge(spec, diff_api(old, new), old, new, homes)
    assert sorted(o for row in fact.api for o in row.objects) == [
        "pkg.api.widgets",
        "pkg.client.Client.widgets",
        "pkg.resources.widgets",
    ]
    assert sentence(fact) == "`client.widgets.list()` is new (`GET /widgets`)"

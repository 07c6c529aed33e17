"""Documents that try to break the comparison itself (issue 18, rows 12 and 21): a ``$ref``
cycle is unusable input (exit 2, one line naming it), never a verdict; a recursive schema
still compares; and the comparison is linear in the size of the documents."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import spec_diff
from generator.diff.cli import Options, execute
from generator.diff.model import UnresolvedReferenceError
from generator.diff.schema_diff import SchemaComparer
from generator.diff.spec_diff import diff_documents
from generator.registry import ClientSpec

from .conftest import Commit

SCHEMAS = "#/components/schemas/"


def document(schemas: dict[str, Any], parameters: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return a document whose one operation returns the schema ``Root``."""
    operation: dict[str, Any] = {
        "operationId": "getRoot",
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": SCHEMAS + "Root"}}},
            }
        },
    }
    components: dict[str, Any] = {"schemas": schemas}
    if parameters:
        operation["parameters"] = [{"$ref": "#/components/parameters/First"}]
        components["parameters"] = parameters
    return {
        "openapi": "3.1.0",
        "info": {"title": "Cycles", "version": "1"},
        "paths": {"/root": {"get": operation}},
        "components": components,
    }


def run_diff(
    tmp_path: Path, old: dict[str, Any], new: dict[str, Any]
) -> subprocess.CompletedProcess[str]:
    paths = []
    for name, content in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(content), encoding="utf-8")
        paths.append(str(tmp_path / name))
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *paths],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


VALID: dict[str, Any] = {"Root": {"type": "object", "properties": {"name": {"type": "string"}}}}
CYCLES: dict[str, tuple[dict[str, Any], dict[str, Any] | None, str]] = {
    "$ref to $ref": (
        {
            "Root": {"$ref": SCHEMAS + "A"},
            "A": {"$ref": SCHEMAS + "B"},
            "B": {"$ref": SCHEMAS + "A"},
        },
        None,
        f"{SCHEMAS}A → {SCHEMAS}B → {SCHEMAS}A",
    ),
    "a schema that is its own allOf": (
        {"Root": {"allOf": [{"$ref": SCHEMAS + "Root"}], "description": "itself"}},
        None,
        f"{SCHEMAS}Root → {SCHEMAS}Root",
    ),
    "allOf through another schema": (
        {
            "Root": {"allOf": [{"$ref": SCHEMAS + "B"}, {"type": "object"}]},
            "B": {"allOf": [{"$ref": SCHEMAS + "Root"}]},
        },
        None,
        f"{SCHEMAS}B → {SCHEMAS}Root → {SCHEMAS}B",
    ),
    "parameters referring to each other": (
        VALID,
        {
            "First": {"$ref": "#/components/parameters/Second"},
            "Second": {"$ref": "#/components/parameters/First"},
        },
        "#/components/parameters/First → #/components/parameters/Second → "
        "#/components/parameters/First",
    ),
}


@pytest.mark.parametrize("kind", CYCLES)
def test_a_ref_cycle_is_unusable_input_named_in_one_line(kind: str, tmp_path: Path) -> None:
    schemas, parameters, cycle = CYCLES[kind]
    for old, new in (
        (document(VALID), document(schemas, parameters)),
        (document(schemas, parameters), document(VALID)),
    ):
        result = run_diff(tmp_path, old, new)
        assert result.returncode == 2, result.stderr
        [line] = result.stderr.splitlines()
        assert line.startswith(f"error: {tmp_path / 'new.yaml'}:") or line.startswith(
            f"error: {tmp_path / 'old.yaml'}:"
        ), line
        assert f"$ref cycle {cycle} (each only refers to the next" in line, line
        assert result.stdout == ""


def test_a_ref_cycle_in_a_registered_spec_is_unusable_input_too(
    tiny_repo: tuple[ClientSpec, Commit], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client, commit = tiny_repo
    commit("base")
    text = client.spec.read_text(encoding="utf-8")
    client.spec.write_text(
        text.replace(
            "  schemas:\n",
            "  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n"
            "    B:\n      $ref: '#/components/schemas/A'\n",
            1,
        ),
        encoding="utf-8",
    )
    assert execute(Options(base="HEAD"), [client], tmp_path, {}) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("error: invalid spec in the working tree: specs/tiny.yaml:"), line
    assert f"$ref cycle {SCHEMAS}A → {SCHEMAS}B → {SCHEMAS}A" in line


TREE: dict[str, Any] = {
    "Root": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": SCHEMAS + "Root"}},
            "parent": {"$ref": SCHEMAS + "Link"},
        },
    },
    "Link": {"type": "object", "properties": {"node": {"$ref": SCHEMAS + "Root"}}},
}


def test_a_recursive_schema_through_properties_and_items_still_compares(tmp_path: Path) -> None:
    changed = copy.deepcopy(TREE)
    changed["Root"]["properties"]["size"] = {"type": "integer"}
    changed["Link"]["properties"]["node"] = {"type": "string"}
    found = {(c.rule.id, c.location) for c in diff_documents(document(TREE), document(changed))}
    assert found == {
        ("response-property-added", "Root.size"),
        ("response-type-changed", "Link.node"),
    }
    result = run_diff(tmp_path, document(TREE), document(changed))
    assert result.returncode == 1, result.stderr  # the type change breaks readers of node
    assert "`Root.size`" in result.stdout and "`Link.node`" in result.stdout


def shared_levels(levels: int, *, extra: bool = False) -> dict[str, Any]:
    """Return a document of ``levels`` schemas, each with two fields of the next one: read as
    a tree it has 2**levels leaves."""
    schemas: dict[str, Any] = {}
    for level in range(levels):
        below: dict[str, Any] = (
            {"$ref": f"{SCHEMAS}L{level + 1}"} if level + 1 < levels else {"type": "string"}
        )
        schemas[f"L{level}"] = {"type": "object", "properties": {"a": below, "b": below}}
    schemas["Root"] = {"$ref": SCHEMAS + "L0"}
    if extra:
        schemas[f"L{levels - 1}"]["properties"]["c"] = {"type": "string"}
    return document(schemas)


def comparisons(levels: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Return the work of comparing two ``levels`` documents: schema pairs compared plus the
    changes handed up from them (:attr:`SchemaComparer.work`)."""
    counted: list[SchemaComparer] = []

    class Counting(SchemaComparer):
        def __init__(self) -> None:
            super().__init__()
            counted.append(self)

    with monkeypatch.context() as patched:
        patched.setattr(spec_diff, "SchemaComparer", Counting)
        [found] = diff_documents(shared_levels(levels), shared_levels(levels, extra=True))
    assert (found.rule.id, found.location) == ("response-property-added", f"L{levels - 1}.c")
    return sum(comparer.work for comparer in counted)


def test_shared_schemas_are_compared_once_each_so_the_work_grows_linearly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previous = comparisons(4, monkeypatch)
    assert previous > 0
    for levels in (8, 16, 32):  # twice the levels, at most twice the work (+ a little)
        work = comparisons(levels, monkeypatch)
        assert work <= 2 * previous + 2, (levels, work, previous)
        previous = work


# The peak of this process alone: VmHWM. (ru_maxrss would not do: Linux carries the parent's
# resident size over fork and exec, so it reads as large as the pytest process that started it.)
MEASURED = """\
import sys
from generator.cli import main
status = main(["diff", *sys.argv[1:]])
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0], file=sys.stderr)
sys.exit(status)
"""
"""The command, then its own peak memory in KiB: VmHWM, the peak of this program's memory;
not ``ru_maxrss``, which Linux carries over from the process that started it (the test
process, hundreds of MB by then)."""


def test_40_levels_of_shared_schemas_diff_in_bounded_memory(tmp_path: Path) -> None:
    """Issue 18 row 21: two small documents (about 5 KB of YAML) with 40 levels of shared
    schemas once took 24 GB. Through the real command, in a subprocess that reports its own
    peak memory: a generous timeout and at most 200 MB."""
    paths = []
    for name, content in (
        ("old.yaml", shared_levels(40)),
        ("new.yaml", shared_levels(40, extra=True)),
    ):
        (tmp_path / name).write_text(yaml.safe_dump(content), encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = subprocess.run(
        [sys.executable, "-c", MEASURED, *paths],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "`L39.c`" in result.stdout
    peak_kib = int(result.stderr.split()[-1])
    assert peak_kib < 200 * 1024, f"{peak_kib / 1024:.0f} MB"


def test_documents_compared_in_memory_refuse_a_cycle_too() -> None:
    """``diff_documents`` on documents no validator has seen: the same refusal."""
    schemas, _, cycle = CYCLES["$ref to $ref"]
    with pytest.raises(UnresolvedReferenceError, match=re.escape(f"$ref cycle {cycle}")):
        diff_documents(document(VALID), document(schemas))

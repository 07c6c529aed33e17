"""Generation writes only inside generated/<package>: names from the spec (tags,
operationIds, schema and property names, the title) that look like paths become identifiers,
and the package name from the config must be one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.config import load_config
from generator.errors import SpecError
from generator.regenerate import regenerate

PATH_LIKE = ["../../../escape", "/abs/olute", "..", "a\\..\\b", "./x/../../y", "~root"]


def _spec() -> dict[str, object]:
    paths = {}
    for index, name in enumerate(PATH_LIKE):
        paths[f"/op{index}/../../{name}"] = {
            "get": {
                "operationId": f"{name}{index}",
                "tags": [name],
                "responses": {
                    "200": {
                        "description": name,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/..Model{index}"}
                            }
                        },
                    }
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "../../../Title", "version": "1.0.0"},
        "paths": paths,
        "components": {
            "schemas": {
                f"..Model{index}": {
                    "type": "object",
                    # no backslash in a property name here: msgspec refuses it (another issue)
                    "properties": {name.replace("\\", "/"): {"type": "string"}},
                }
                for index, name in enumerate(PATH_LIKE)
            }
        },
    }


@pytest.mark.slow
def test_names_that_look_like_paths_write_only_inside_the_package(tmp_path: Path) -> None:
    root = tmp_path / "root"
    specs = root / "specs"
    specs.mkdir(parents=True)
    (specs / "paths.yaml").write_text(yaml.safe_dump(_spec()))
    (specs / "paths.config.yaml").write_text("spec: paths.yaml\n")
    before = {path for path in tmp_path.rglob("*") if path.is_file()}
    regenerate([load_config(specs / "paths.config.yaml")], root / "generated")
    written = {path for path in tmp_path.rglob("*") if path.is_file()} - before
    package = root / "generated" / "paths_client"
    assert written and all(path.is_relative_to(package) for path in written), sorted(
        str(path) for path in written if not path.is_relative_to(package)
    )
    assert not [path for path in package.rglob("*") if path.is_symlink()]


@pytest.mark.parametrize("package", ["../x", "a/b", "/tmp/x", "..", "x.y"])
def test_a_package_name_that_is_not_an_identifier_is_refused(tmp_path: Path, package: str) -> None:
    (tmp_path / "api.yaml").write_text("openapi: 3.1.0\n")
    (tmp_path / "api.config.yaml").write_text(f"spec: api.yaml\npackage: '{package}'\n")
    with pytest.raises(
        SpecError, match=r"api\.config\.yaml:2: package: must be a Python identifier"
    ):
        load_config(tmp_path / "api.config.yaml")

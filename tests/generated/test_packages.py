"""generated/ is what the specs and templates produce, type-checks strictly, installs, and
names its classes as a person would."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from generator.names import MAX_LENGTH
from generator.regenerate import drift
from tests.generated.mypy_strict import run_mypy_strict
from generator.registry import CLIENTS, ClientSpec

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_generated_matches_specs_and_templates(client: ClientSpec) -> None:
    """The snapshot test: regenerate into a temporary folder and compare with generated/
    (and nothing there belongs to no client)."""
    report = drift([client])
    assert not report, "\n" + report


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_mypy_strict_is_clean(client: ClientSpec) -> None:
    result = run_mypy_strict([client.package_name], cwd=client.output_dir)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_builds_a_wheel_with_only_runtime_dependencies(client: ClientSpec, tmp_path: Path) -> None:
    """What ``pip install generated/<package>`` gets: the whole package (the spec the stubs
    check against too) and its three dependencies; ``[testing]`` adds pytest, and the fixture
    is a pytest plugin."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--quiet",
            "-w",
            str(tmp_path),
            str(client.output_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode())
    package = client.output_dir / client.package_name
    sources = {
        p.relative_to(client.output_dir).as_posix()
        for p in package.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert sources <= names, f"missing from the wheel: {sorted(sources - names)}"
    assert f"{client.package_name}/py.typed" in names
    requirements = metadata.get_all("Requires-Dist") or []
    runtime = sorted(r.split(">")[0].split("<")[0] for r in requirements if ";" not in r)
    assert runtime == ["httpx", "msgspec", "sniffio"]
    assert [r.replace('"', "'") for r in requirements if ";" in r] == ["pytest>=7; extra == 'testing'"]
    assert metadata.get_all("Provides-Extra") == ["testing"]
    entry_points = archive_text(wheel, "entry_points.txt")
    assert f"{client.package_name} = {client.package_name}._pytest_plugin" in entry_points
    assert metadata["Name"] == client.project_name


def archive_text(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(f".dist-info/{suffix}"))
        return archive.read(name).decode()


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_importable_from_the_repository_environment(client: ClientSpec, tmp_path: Path) -> None:
    """``make regenerate`` leaves each package importable here (editable install)."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {client.package_name} as p; print(p.__file__)"],
        cwd=tmp_path,  # not the repository, so only the installed package can be found
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(client.output_dir)


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_public_class_names_are_short_and_name_no_status_code(client: ClientSpec) -> None:
    package = client.output_dir / client.package_name
    names = {
        node.name
        for path in package.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_")
    }
    assert names, f"no classes found in {package}"
    too_long = sorted(n for n in names if len(n) > MAX_LENGTH)
    status_suffix = sorted(n for n in names if re.search(r"[1-5][0-9]{2}$", n))
    assert not too_long, f"longer than {MAX_LENGTH} characters: {too_long}"
    assert not status_suffix, f"named after a status code: {status_suffix}"


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_readme_names_every_dependency_and_the_project_claims_no_license(
    client: ClientSpec,
) -> None:
    """The README's "Depends only on ..." lists what pyproject.toml requires, no more, no
    less; the repository declares no license, so neither does a package."""
    project = tomllib.loads((client.output_dir / "pyproject.toml").read_text())["project"]
    required = [re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0] for r in project["dependencies"]]
    readme = (client.output_dir / "README.md").read_text()
    stated = re.search(r"Depends only on (.+?);", readme, re.S)
    assert stated, "the README does not say what the package depends on"
    assert re.findall(r"`([\w.-]+)`", stated.group(1)) == required
    assert "license" not in project

"""make build: an sdist and a wheel per package, with the metadata PyPI shows, that twine
accepts; and the release tag that publishes a package must name its version."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from generator.build import BuildError, check_distributions
from generator.registry import CLIENTS, ClientSpec
from generator.specs import load_spec

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_sdist_and_wheel_carry_version_api_version_readme_changelog_and_api_md(
    client: ClientSpec, distributions: dict[str, list[Path]]
) -> None:
    sdist, wheel = distributions[client.name]
    assert sdist.name == f"{client.package_name}-{client.version}.tar.gz"
    assert wheel.name == f"{client.package_name}-{client.version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        (name,) = (n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(name).decode())
    api_version = load_spec(client).document["info"]["version"]
    assert metadata["Version"] == client.version
    assert f"(API version {api_version})" in metadata["Summary"]
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert sorted(metadata.get_all("Requires-Dist") or []) == [
        "httpx<1,>=0.27",
        "msgspec>=0.18.2",
        "pytest>=7; extra == 'testing'",  # for the stubs' fixture; the stubs need nothing
        "sniffio>=1.3",
    ]
    # The repository declares no license: the metadata claims none either.
    assert not {"License", "License-Expression", "License-File"} & set(metadata.keys())
    with tarfile.open(sdist) as archive:
        names = {
            Path(member).relative_to(Path(member).parts[0]).as_posix()
            for member in archive.getnames()
            if "/" in member
        }
    assert {
        "README.md",
        "CHANGELOG.md",
        "api.md",
        "pyproject.toml",
        f"{client.package_name}/py.typed",
    } <= names


def test_twine_rejects_a_broken_distribution(tmp_path: Path) -> None:
    broken = tmp_path / "broken-1.0-py3-none-any.whl"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(BuildError, match="twine check rejects"):
        check_distributions([broken])


def _generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_release_tag_must_name_the_package_version(tmp_path: Path) -> None:
    client = CLIENTS[0]
    wrong = _generator("--tag", f"{client.project_name}-v999.0.0", "--dist", str(tmp_path))
    assert wrong.returncode == 1
    assert f"names 999.0.0; the package is {client.version}" in wrong.stderr
    unknown = _generator("--tag", "nothing-v1.0.0", "--dist", str(tmp_path))
    assert unknown.returncode == 2
    assert "names no package" in unknown.stderr
    assert not list(tmp_path.iterdir())


def test_make_build_for_a_release_tag_builds_that_package(tmp_path: Path) -> None:
    client = CLIENTS[-1]
    built = _generator("--tag", f"{client.project_name}-v{client.version}", "--dist", str(tmp_path))
    assert built.returncode == 0, built.stderr
    assert sorted(p.name for p in (tmp_path / client.project_name).iterdir()) == [
        f"{client.package_name}-{client.version}-py3-none-any.whl",
        f"{client.package_name}-{client.version}.tar.gz",
    ]
    assert [p.name for p in tmp_path.iterdir()] == [client.project_name]
    assert built.stdout.splitlines()[-1] == "twine check --strict passed: 2 distributions"

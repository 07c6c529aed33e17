"""The built wheels install into a fresh virtual environment (nothing of this repository on
its path) and the package README's examples run there against Prism serving the spec."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.registry import CLIENTS, ClientSpec
from generator.specs import load_spec
from tests.contract.prism import PrismServer
from tests.contract.test_readme_examples import python_blocks
from tests.packaging.wheelhouse import WHEELHOUSE, missing

pytestmark = pytest.mark.slow

# Runs in the fresh environment: the README's blocks in order, then what was imported.
_RUNNER = """
import json, sys
namespace = {"__name__": "__readme__"}
for block in json.loads(sys.argv[1]):
    exec(compile(block, "README.md", "exec"), namespace)
client = namespace.get("client")
if hasattr(client, "close"):
    client.close()
import importlib, importlib.metadata
package = importlib.import_module(sys.argv[2])
print(json.dumps({
    "file": package.__file__,
    "version": package.__version__,
    "api_version": package.__api_version__,
    "summary": importlib.metadata.metadata(sys.argv[3])["Summary"],
}))
"""


@pytest.fixture(scope="module")
def fresh_python(
    tmp_path_factory: pytest.TempPathFactory, distributions: dict[str, list[Path]]
) -> Path:
    """A new virtual environment holding the built wheels and their dependencies only."""
    if reason := missing():
        pytest.fail(reason)
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    uv = [sys.executable, "-m", "uv"]
    subprocess.run([*uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    wheels = [str(paths[-1]) for paths in distributions.values()]
    subprocess.run(
        [
            *uv,
            "pip",
            "install",
            "--quiet",
            "--offline",
            "--no-index",
            "--python",
            str(venv),
            "--find-links",
            str(WHEELHOUSE),
            *wheels,
        ],
        check=True,
    )
    return venv / "bin" / "python"


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_readme_example_runs_from_the_installed_wheel(
    client: ClientSpec, fresh_python: Path, prism: dict[str, PrismServer], tmp_path: Path
) -> None:
    readme = client.output_dir / "README.md"
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env[f"{client.env_prefix}_BASE_URL"] = prism[client.name].url
    result = subprocess.run(
        [
            str(fresh_python),
            "-I",
            "-c",
            _RUNNER,
            json.dumps(python_blocks(readme)),
            client.package_name,
            client.project_name,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    *printed, last = result.stdout.strip().splitlines()
    assert printed, "the README examples print what they got"
    found = json.loads(last)
    assert Path(found["file"]).is_relative_to(fresh_python.parent.parent)  # not the checkout
    assert found["version"] == client.version
    api_version = load_spec(client).document["info"]["version"]
    assert found["api_version"] == api_version
    assert f"(API version {api_version})" in found["summary"]

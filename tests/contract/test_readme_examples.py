"""Every Python example of the READMEs runs as written, in order, against Prism serving the spec.

A reader copies the blocks one after the other: each package README's blocks run in one
namespace, with ``<PREFIX>_BASE_URL`` pointing at that API's mock (the examples pass their
credentials as ``"..."``, which the mock accepts). The top README's blocks use both clients.
A block that is a test module (its first line ``# test_<name>.py: ...``) is run by pytest
instead, as a reader would, with the fixtures the installed packages register.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.registry import CLIENTS, ROOT, ClientSpec
from tests.contract.prism import PrismServer

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_TEST_MODULE = re.compile(r"# (test_\w+\.py)\b")


def python_blocks(readme: Path) -> list[str]:
    """Return the README's Python code blocks, in order (not its test modules)."""
    blocks = _BLOCK.findall(readme.read_text(encoding="utf-8"))
    return [block for block in blocks if not _TEST_MODULE.match(block)]


def pytest_modules(readme: Path) -> dict[str, str]:
    """Return the README's test modules by file name."""
    blocks = _BLOCK.findall(readme.read_text(encoding="utf-8"))
    return {found.group(1): block for block in blocks if (found := _TEST_MODULE.match(block))}


def run_blocks(readme: Path, blocks: list[str]) -> None:
    namespace: dict[str, object] = {"__name__": "__readme__"}
    for number, block in enumerate(blocks, start=1):
        code = compile(block, f"{readme.relative_to(ROOT)} (python block {number})", "exec")
        exec(code, namespace)
    client = namespace.get("client")
    close = getattr(client, "close", None)
    if callable(close):
        close()


def _point_at_mocks(monkeypatch: pytest.MonkeyPatch, servers: dict[str, PrismServer]) -> None:
    for client in CLIENTS:
        monkeypatch.setenv(f"{client.env_prefix}_BASE_URL", servers[client.name].url)


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_package_readme_examples_run(
    client: ClientSpec,
    prism: dict[str, PrismServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = client.output_dir / "README.md"
    blocks = python_blocks(readme)
    assert len(blocks) >= 6, f"{readme} has lost its examples"
    _point_at_mocks(monkeypatch, prism)
    run_blocks(readme, blocks)
    assert capsys.readouterr().out  # the examples print what they got


def test_top_readme_examples_run(
    prism: dict[str, PrismServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = ROOT / "README.md"
    blocks = python_blocks(readme)
    assert blocks, "the top README has no Python example"
    _point_at_mocks(monkeypatch, prism)
    run_blocks(readme, blocks)
    assert capsys.readouterr().out


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_package_readme_test_modules_pass_under_pytest(client: ClientSpec, tmp_path: Path) -> None:
    modules = pytest_modules(client.output_dir / "README.md")
    assert modules, "the README has lost its pytest example"
    for name, code in modules.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    tests = sum(len(re.findall(r"^def test_", code, re.MULTILINE)) for code in modules.values())

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{tests} passed" in result.stdout, result.stdout

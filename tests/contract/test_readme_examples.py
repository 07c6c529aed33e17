"""Every Python example of the READMEs runs as written, in order, against Prism serving the spec.

A reader copies the blocks one after the other: each package README's blocks run in one
namespace, with ``<PREFIX>_BASE_URL`` pointing at that API's mock (the examples pass their
credentials as ``"..."``, which the mock accepts). The top README's blocks use both clients.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.registry import CLIENTS, ROOT, ClientSpec
from tests.contract.prism import PrismServer

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(readme: Path) -> list[str]:
    """Return the README's Python code blocks, in order."""
    return _BLOCK.findall(readme.read_text(encoding="utf-8"))


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

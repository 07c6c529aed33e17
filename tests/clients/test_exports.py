"""Each package's public surface is declared in ``__all__`` and is what its README documents."""

from __future__ import annotations

import importlib
import re

import pytest

from generator.registry import CLIENTS, ClientSpec


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.name)
def test_exported_names_are_the_documented_ones(client: ClientSpec) -> None:
    package = importlib.import_module(client.package_name)
    readme = (client.output_dir / "README.md").read_text()
    section = readme.split("## Exported names", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([A-Za-z_]+)`", section)) - {client.package_name}
    assert set(package.__all__) == documented
    for name in package.__all__:
        assert getattr(package, name) is not None, name

"""A config file is checked as it is read: a mistake is refused naming the file, the line, the
key and what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import load_config
from generator.errors import SpecError


def test_an_unknown_pagination_style_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    config = tmp_path / "acme.config.yaml"
    config.write_text(
        "spec: acme.yaml\npagination:\n  - operations: [list*]\n    style: pages\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecError) as caught:
        load_config(config)
    assert caught.value.line == 4
    assert str(caught.value) == (
        f"{config}:4: pagination[0].style: must be one of "
        "['cursor', 'link_header', 'next_url', 'offset', 'page']"
    )

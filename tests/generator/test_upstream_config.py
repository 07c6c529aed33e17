"""The upstream: section of a config file is checked, with errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import load_config
from generator.errors import SpecError

GOOD_SHA = "a" * 64


def _config(folder: Path, upstream: str) -> Path:
    (folder / "tiny.yaml").write_text("openapi: 3.1.0\n")
    (folder / "page.txt").write_text("page\n")
    path = folder / "tiny.config.yaml"
    path.write_text(f"spec: tiny.yaml\nupstream:\n{upstream}")
    return path


def test_a_complete_upstream_is_read(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        "  url: https://docs.test/ref\n  kind: docs\n  made_from: page.txt\n"
        f"  sha256: {GOOD_SHA}\n",
    )
    upstream = load_config(path).upstream
    assert upstream is not None
    assert (upstream.url, upstream.kind, upstream.sha256) == (
        "https://docs.test/ref",
        "docs",
        GOOD_SHA,
    )
    assert upstream.made_from == (tmp_path / "page.txt").resolve()


@pytest.mark.parametrize(
    ("upstream", "message"),
    [
        (f"  url: ftp://x.test/a\n  sha256: {GOOD_SHA}\n", "upstream.url: must be an http(s) URL"),
        ("  url: https://x.test/a\n  sha256: abc\n", "upstream.sha256: must be the 64 hex digits"),
        (f"  url: https://x.test/a\n  kind: html\n  sha256: {GOOD_SHA}\n", "upstream.kind"),
        (f"  url: https://x.test/a\n  kind: docs\n  sha256: {GOOD_SHA}\n", "upstream.made_from"),
        (f"  url: https://x.test/a\n  sha: {GOOD_SHA}\n", "upstream.sha: unknown setting"),
        (
            f"  url: https://x.test/a\n  made_from: gone.txt\n  sha256: {GOOD_SHA}\n",
            "'gone.txt' does not exist",
        ),
    ],
)
def test_a_wrong_upstream_is_refused_naming_the_key(
    tmp_path: Path, upstream: str, message: str
) -> None:
    with pytest.raises(SpecError, match=r"tiny\.config\.yaml:[0-9]+: ") as caught:
        load_config(_config(tmp_path, upstream))
    assert message in str(caught.value)

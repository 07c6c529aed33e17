"""Change one value of an API's config file in place, keeping its comments and layout.

``make update`` records a new upstream digest and ``make release`` a new version in the
config (the committed input the generated package is built from); a YAML round trip would
drop the comments that explain each setting, so only the value's own text is replaced.
"""

from __future__ import annotations

from pathlib import Path

import yaml


def set_value(path: Path, keys: tuple[str, ...], value: str) -> None:
    """Write ``value`` (a plain scalar) at ``keys`` in the YAML mapping of ``path``.

    A missing last key is added to its mapping: as the mapping's last line, indented like
    its siblings; the mappings leading to it must exist.
    """
    text = path.read_text(encoding="utf-8")
    mapping = _mapping(yaml.compose(text), keys[:-1], path)
    for key, node in mapping.value:
        if key.value == keys[-1]:
            start, end = node.start_mark.index, node.end_mark.index
            path.write_text(text[:start] + value + text[end:], encoding="utf-8")
            return
    if mapping.value:
        first_key, last_value = mapping.value[0][0], mapping.value[-1][1]
        indent = " " * first_key.start_mark.column
        end = last_value.end_mark.index
        if end > 0 and text[end - 1] == "\n":  # a block ends where the next line starts
            at = end
        else:
            line_end = text.find("\n", end)
            at = len(text) if line_end < 0 else line_end + 1
    else:  # pragma: no cover - a config always has at least `spec:`
        indent, at = "", len(text)
    prefix = "" if at == 0 or text[at - 1] == "\n" else "\n"
    path.write_text(f"{text[:at]}{prefix}{indent}{keys[-1]}: {value}\n{text[at:]}", "utf-8")


def remove_key(path: Path, keys: tuple[str, ...]) -> None:
    """Delete the line(s) of the scalar setting at ``keys`` from ``path``, if present."""
    text = path.read_text(encoding="utf-8")
    mapping = _mapping(yaml.compose(text), keys[:-1], path)
    for key, node in mapping.value:
        if key.value == keys[-1]:
            start = text.rfind("\n", 0, key.start_mark.index) + 1
            end = text.find("\n", node.end_mark.index)
            end = len(text) if end < 0 else end + 1
            path.write_text(text[:start] + text[end:], encoding="utf-8")
            return


def _mapping(node: yaml.Node | None, keys: tuple[str, ...], path: Path) -> yaml.MappingNode:
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        node = next((value for name, value in node.value if name.value == key), None)
    if not isinstance(node, yaml.MappingNode):
        raise ValueError(f"{path.name}: no mapping at {'.'.join(keys) or 'the top level'}")
    return node

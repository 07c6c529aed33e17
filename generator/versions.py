"""The version a generated package is published under: valid PEP 440, whatever the spec says."""

from __future__ import annotations

import re
import sys

from generator.config import ClientSpec
from generator.errors import GenerationError

_PEP440 = re.compile(
    r"^([1-9][0-9]*!)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*((a|b|rc)(0|[1-9][0-9]*))?"
    r"(\.post(0|[1-9][0-9]*))?(\.dev(0|[1-9][0-9]*))?(\+[a-z0-9]+(\.[a-z0-9]+)*)?$"
)
_PRE_RELEASES = {"alpha": "a", "a": "a", "beta": "b", "b": "b", "rc": "rc", "pre": "rc"}


def package_version(client: ClientSpec, info_version: str) -> str:
    """Return the config's ``version``, else the spec's ``info.version`` made PEP 440.

    ``1.0.27-SNAPSHOT`` becomes ``1.0.27.dev0``, ``v2.1`` ``2.1``, ``2.0.0-beta.3`` ``2.0.0b3``;
    a version with no number at all (``latest``) becomes ``0.0.0``. Every rewrite is reported
    on stderr, so the change is visible where it happens.
    """
    if client.version is not None:
        if not _PEP440.match(client.version):
            raise GenerationError(
                f"{client.relative(client.config)}: version {client.version!r} is not a PEP 440 "
                "version (for example 1.2.0, 1.2.0rc1, 1.2.0.dev0)"
            )
        return client.version
    normalised = normalise(info_version)
    if normalised != info_version:
        print(
            f"warning: {client.name}: info.version {info_version!r} is not a PEP 440 version; "
            "the package "
            f"is versioned {normalised!r} (set version: in {client.relative(client.config)} "
            "to choose)",
            file=sys.stderr,
        )
    return normalised


def normalise(version: str) -> str:
    """Return ``version`` as the nearest PEP 440 version (see :func:`package_version`)."""
    text = version.strip().lower().removeprefix("v")
    if _PEP440.match(text):
        return text
    found = re.match(r"^(\d+(?:\.\d+)*)(.*)$", text)
    if not found:
        return "0.0.0"
    release = ".".join(str(int(part)) for part in found.group(1).split("."))
    rest = found.group(2)
    label = re.match(r"^[-_.]?([a-z]+)[-_.]?(\d*)", rest)
    if label and label.group(1) in _PRE_RELEASES:
        return f"{release}{_PRE_RELEASES[label.group(1)]}{int(label.group(2) or 0)}"
    if label and label.group(1) in ("post", "rev", "r"):
        return f"{release}.post{int(label.group(2) or 0)}"
    if label and label.group(1) in ("snapshot", "dev"):
        return f"{release}.dev{int(label.group(2) or 0)}"
    local = re.sub(r"[^a-z0-9]+", ".", rest).strip(".")
    return f"{release}+{local}" if local else release

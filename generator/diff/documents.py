"""Read an OpenAPI document from a file or an http(s) URL, for comparing two documents
that belong to no registered client (``python -m generator diff OLD NEW``).

What a document may refer to depends on where it comes from:

- a **fetched** document (an http(s) URL, read by generator/fetch.py) may only refer inside
  itself (``#/...``): nothing it names is read, and validation refuses a ``$ref`` to a file
  or another URL, so a document served by someone else cannot make the diff read a local
  file or contact a host;
- a **local** document may also refer to files in its own folder or below it (``$ref:
  schemas/pet.yaml#/Pet``): those are bundled into it, under ``x-bundled``, so that the
  comparison sees one self-contained document and a schema keeps the name it has in its own
  file. A reference that leaves the folder (``..``, an absolute path, a symbolic link out) or
  names a URL is refused.

Every file is read by generator/reader.py (size, depth, aliases bounded), all of them together
at most :data:`~generator.reader.MAX_BYTES`. The result is validated like a registered spec,
except that operationIds are not required: operations are identified by method and path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlparse

from generator.diff.model import UnresolvedReferenceError, resolve_pointer
from generator.diff.sides import DiffInputError, located
from generator.fetch import FetchError, fetch
from generator.reader import MAX_BYTES, escape
from generator.specs import Spec, SpecError, parse_document, validate_spec

BUNDLED = "x-bundled"
"""Where the documents that ``$ref``s reach are kept (an extension key OpenAPI allows)."""
Json = Any


def load_document(location: str) -> dict[str, Any]:
    """Return the validated document at ``location`` (a path or an http(s) URL), with the
    files beside it that it refers to bundled in when it is a local file.

    Raises :class:`DiffInputError` naming the file or URL, and the ``$ref`` when the
    problem is in a document it points to or is one it may not follow.
    """
    if urlparse(location).scheme in ("http", "https"):
        document, lines = _fetched(location)
    else:
        bundler = _Bundler(Path(location))
        document, lines = bundler.bundle_all()
    try:
        validate_spec(Spec(Path(location), document, lines))
    except SpecError as err:
        raise DiffInputError(located(location, err)) from err
    return document


def _fetched(url: str) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        body = fetch(url).body
    except FetchError as err:
        raise DiffInputError(str(err)) from None
    try:
        return parse_document(body, Path(url))
    except SpecError as err:
        raise DiffInputError(located(url, err)) from err


class _Bundler:
    """Reads the files that a local document's ``$ref``s reach, inside its folder, and
    rewrites the references to point inside the main document."""

    def __init__(self, main: Path) -> None:
        self.main = main.resolve()
        self.folder = self.main.parent
        self.label = str(main)
        self.bundled: dict[str, Json] = {}
        self.keys: dict[Path, str] = {}
        """Each bundled file → its key under ``x-bundled``."""
        self.pending: list[tuple[Json, Path, str]] = []
        """Documents read whose references are still to rewrite: (document, file, key)."""
        self.read_bytes = 0

    def bundle_all(self) -> tuple[dict[str, Json], dict[str, int]]:
        """Return the main document with everything it refers to bundled in, and its lines."""
        document, lines = self._read(self.main, self.label)
        self.pending.append((document, self.main, self.label))
        while self.pending:  # one file at a time: a long chain of files is no deep recursion
            node, base, where = self.pending.pop()
            self._rewrite(node, base, where)
        if self.bundled:
            document[BUNDLED] = self.bundled
        return document, lines

    def _read(self, path: Path, label: str) -> tuple[dict[str, Json], dict[str, int]]:
        try:
            size = path.stat().st_size
            if self.read_bytes + size > MAX_BYTES:
                raise DiffInputError(
                    f"cannot read {label}: the files it takes are over "
                    f"{MAX_BYTES // 2**20} MiB together"
                )
            data = path.read_bytes()[: MAX_BYTES + 1]
        except OSError as err:
            raise DiffInputError(f"cannot read {label}: {err.strerror or err}") from None
        self.read_bytes += len(data)
        try:
            return parse_document(data, Path(label))
        except SpecError as err:
            raise DiffInputError(located(label, err)) from err

    def _rewrite(self, node: Json, base: Path, where: str) -> None:
        """Rewrite every ``$ref`` under ``node`` (of the file ``base``) to a local one."""
        if isinstance(node, list):
            for item in node:
                self._rewrite(item, base, where)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            node["$ref"] = self._local(ref, base, where)
        for name, value in node.items():
            if name != "$ref":
                self._rewrite(value, base, where)

    def _local(self, ref: str, base: Path, where: str) -> str:
        if ref.startswith(f"#/{BUNDLED}/"):
            return ref  # rewritten already (an object shared through a YAML alias)
        address, fragment = urldefrag(ref)
        if not address:
            return ref if base == self.main else self._inside(self.keys[base], fragment)
        if urlparse(address).scheme or address.startswith("/"):
            raise DiffInputError(
                f"$ref {ref[:200]!r} in {where} names a URL or an absolute path: only files in "
                f"the folder of {self.label} (or below it) are read"
            )
        path = (base.parent / unquote(address)).resolve()
        if not path.is_relative_to(self.folder):
            raise DiffInputError(
                f"$ref {ref[:200]!r} in {where} leads out of the folder of {self.label}: "
                "only files in it (or below it) are read"
            )
        if path == self.main:  # checked by validation, which knows the lines of this one
            return f"#{fragment}"
        key = self.keys.get(path) or self._load(path, ref, where)
        try:
            resolve_pointer(self.bundled[key], f"#{fragment}")
        except UnresolvedReferenceError:
            raise DiffInputError(
                f"$ref {ref!r} in {where} does not resolve: {key} has nothing at {fragment or '/'}"
            ) from None
        return self._inside(key, fragment)

    def _inside(self, key: str, fragment: str) -> str:
        return f"#/{BUNDLED}/{escape(key)}{fragment}"

    def _load(self, path: Path, ref: str, where: str) -> str:
        """Read the file at ``path`` and queue its references; return its key."""
        key = path.relative_to(self.folder).as_posix()
        self.keys[path] = key  # before reading on: a document that refers back finds it
        self.bundled[key], _ = self._read(path, f"{key} (the $ref {ref!r} in {where})")
        self.pending.append((self.bundled[key], path, key))
        return key


__all__ = ["BUNDLED", "load_document"]

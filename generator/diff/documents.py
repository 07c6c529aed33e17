"""Read an OpenAPI document from a file or an http(s) URL, for comparing two documents
that belong to no registered client (``python -m generator diff OLD NEW``).

The documents its ``$ref``s reach (relative files beside it, or URLs) are bundled into it,
under ``x-bundled``, so that the comparison sees one self-contained document and a schema
keeps the name it has in its own file. The result is validated like a registered spec,
except that operationIds are not required: operations are identified by method and path.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlparse

from generator.diff.model import UnresolvedReferenceError, resolve_pointer
from generator.diff.sides import DiffInputError, located
from generator.specs import Spec, SpecError, parse_document, validate_spec

BUNDLED = "x-bundled"
"""Where the documents that ``$ref``s reach are kept (an extension key OpenAPI allows)."""
FETCH_TIMEOUT = 30.0
Json = Any


def load_document(location: str) -> dict[str, Any]:
    """Return the validated document at ``location`` (a path or an http(s) URL) with the
    documents it refers to bundled in.

    Raises :class:`DiffInputError` naming the file or URL, and the ``$ref`` when the
    problem is in a document it points to.
    """
    main = _absolute(location)
    reader = _Bundler(main, location)
    document = reader.read(main, location)
    reader.bundle(document, main, None)
    if reader.bundled:
        document[BUNDLED] = reader.bundled
    try:
        validate_spec(Spec(Path(location), document, reader.lines))
    except SpecError as err:
        raise DiffInputError(located(location, err)) from err
    return document


class _Bundler:
    """Reads the documents that ``$ref``s reach and rewrites the references to point
    inside the main document."""

    def __init__(self, main: str, label: str) -> None:
        self.main, self.label = main, label
        self.bundled: dict[str, Json] = {}
        self.keys: dict[str, str] = {}
        """Absolute URL of each bundled document → its key under ``x-bundled``."""
        self.lines: dict[str, int] = {}

    def read(self, url: str, label: str) -> dict[str, Json]:
        """Return the document at ``url``; ``label`` names it in messages."""
        try:
            text = _fetch(url)
        except (OSError, urllib.error.URLError, UnicodeDecodeError) as err:
            raise DiffInputError(f"cannot read {label}: {_reason(err)}") from err
        try:
            document, lines = parse_document(text, Path(label))
        except SpecError as err:
            raise DiffInputError(located(label, err)) from err
        if url == self.main:
            self.lines = lines
        return document

    def bundle(self, node: Json, base: str, key: str | None) -> None:
        """Rewrite every ``$ref`` under ``node`` (of the document at ``base``, bundled under
        ``key``, None for the main one) to a local one, reading what it points to."""
        if isinstance(node, list):
            for item in node:
                self.bundle(item, base, key)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            node["$ref"] = self._local(ref, base, key)
        for name, value in node.items():
            if name != "$ref":
                self.bundle(value, base, key)

    def _local(self, ref: str, base: str, key: str | None) -> str:
        url, fragment = urldefrag(urljoin(base, ref))
        if url == self.main:  # checked by validation, which knows the lines of this one
            return f"#{fragment}"
        where = self.label if key is None else key
        target_key = self.keys.get(url) or self._load(url, ref, where)
        try:
            resolve_pointer(self.bundled[target_key], f"#{fragment}")
        except UnresolvedReferenceError:
            raise DiffInputError(
                f"$ref {ref!r} in {where} does not resolve: {target_key} has nothing at "
                f"{fragment or '/'}"
            ) from None
        return f"#/{BUNDLED}/{_escape(target_key)}{fragment}"

    def _load(self, url: str, ref: str, where: str) -> str:
        """Read and bundle the document at ``url``; return its key."""
        key = self._key(url)
        self.keys[url] = key  # before reading on: a document that refers back finds it
        self.bundled[key] = self.read(url, f"{key} (the $ref {ref!r} in {where})")
        self.bundle(self.bundled[key], url, key)
        return key

    def _key(self, url: str) -> str:
        """Return a readable, unique key: the path relative to the main document's folder
        when the document lies beneath it, else the whole URL."""
        folder = self.main.rsplit("/", 1)[0] + "/"
        key = unquote(url.removeprefix(folder)) if url.startswith(folder) else url
        while key in self.bundled:
            key += "'"
        return key


def _absolute(location: str) -> str:
    if urlparse(location).scheme in ("http", "https"):
        return location
    return Path(location).resolve().as_uri()


def _fetch(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path)).read_text(encoding="utf-8")
    if parsed.scheme not in ("http", "https"):
        raise urllib.error.URLError(f"unsupported URL scheme {parsed.scheme!r}")
    with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as response:
        data: bytes = response.read()
    return data.decode("utf-8")


def _reason(err: Exception) -> str:
    if isinstance(err, urllib.error.HTTPError):
        return f"HTTP {err.code} {err.reason}"
    if isinstance(err, urllib.error.URLError):
        return str(err.reason)
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


__all__ = ["BUNDLED", "load_document"]

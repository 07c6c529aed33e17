"""The two sides of a comparison: each client's effective spec and generated package as they
are at the base ref, and as the working tree's specs, overlays and templates make them now."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.diff.git import Repository
from generator.errors import GenerationError
from generator.regenerate import build_clients
from generator.registry import ClientSpec
from generator.specs import SpecError, load_spec


class DiffInputError(Exception):
    """Input the diff cannot work with: an invalid spec on either side, or one that does
    not generate. The first line of the message says what and where."""


class Base:
    """The repository at the base commit, read with git into a scratch folder."""

    def __init__(self, repo: Repository, ref: str, commit: str, workdir: Path) -> None:
        self.repo, self.ref, self.commit = repo, ref, commit
        self.files = workdir / "base-files"
        self.generated = workdir / "base-generated"

    def client(self, client: ClientSpec) -> ClientSpec | None:
        """Return ``client`` with its spec and overlays as they are at the base, or None
        when its spec does not exist there (a new client).

        The registry entry itself is the working tree's; an overlay it lists that does
        not exist at the base is skipped (the change adds it).
        """
        spec = self._copy(client.spec)
        if spec is None:
            return None
        overlays = tuple(p for p in (self._copy(path) for path in client.overlays) if p)
        return replace(client, spec=spec, overlays=overlays)

    def document(self, client: ClientSpec) -> dict[str, Any]:
        """Return the effective document of ``client`` as returned by :meth:`client`."""
        try:
            return load_spec(client).document
        except SpecError as err:
            raise DiffInputError(f"invalid spec at {self.ref}: {self._located(err)}") from err

    def package(self, client: ClientSpec) -> Path | None:
        """Return the search path of ``generated/<package>`` at the base, or None when it
        is not committed there."""
        project = self.repo.root / "generated" / client.package_name
        if not self.repo.has_tree(self.commit, project / client.package_name):
            return None
        destination = self.generated / client.package_name
        self.repo.extract(self.commit, project, destination)
        return destination

    def generate(self, base_client: ClientSpec) -> Path:
        """Generate the base spec with the working tree's generator; return the search path."""
        destination = self.generated / "from-spec"
        try:
            return build_clients([base_client], destination)[base_client]
        except GenerationError as err:
            raise DiffInputError(
                f"the spec of {base_client.name} at {self.ref} does not generate: {err}"
            ) from err

    def _copy(self, path: Path) -> Path | None:
        content = self.repo.read(self.commit, path)
        if content is None:
            return None
        copy = self.files / self.repo.relative(path)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(content)
        return copy

    def _located(self, err: SpecError) -> str:
        try:
            source = err.source.relative_to(self.files).as_posix()
        except ValueError:
            source = str(err.source)
        return located(source, err)


def current_document(client: ClientSpec, root: Path) -> dict[str, Any]:
    """Return the effective document of ``client`` in the working tree."""
    try:
        return load_spec(client).document
    except SpecError as err:
        raise DiffInputError(
            f"invalid spec in the working tree: {located(_relative(err.source, root), err)}"
        ) from err


def current_package(client: ClientSpec, workdir: Path) -> Path:
    """Generate ``client`` from the working tree into ``workdir``; return the search path."""
    try:
        return build_clients([client], workdir / "current")[client]
    except SpecError as err:
        raise DiffInputError(f"invalid spec in the working tree: {err}") from err
    except GenerationError as err:
        raise DiffInputError(
            f"the working tree's spec of {client.name} does not generate: {err}"
        ) from err


def located(source: str, err: SpecError) -> str:
    """Return ``source:line at pointer: message`` for an error in the document ``source``."""
    where = source if err.line is None else f"{source}:{err.line}"
    if err.pointer is not None:
        where += f" at {err.pointer}"
    return f"{where}: {err.message}"


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)

"""Read files and folders as they are at a git ref, without touching the working tree."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

DEFAULT_REMOTE_BASE = "origin/main"


class GitError(Exception):
    """Not a git repository, an unknown ref, or git itself failing; the message says which."""


class Repository:
    """The git repository containing ``root``; paths are relative to ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        inside = self._git("rev-parse", "--is-inside-work-tree", check=False)
        if inside.returncode != 0 or inside.stdout.strip() != b"true":
            raise GitError(f"{root} is not inside a git repository")

    def default_base(self) -> str:
        """Return ``origin/main`` when that ref exists, else ``HEAD``."""
        return DEFAULT_REMOTE_BASE if self._is_commit(DEFAULT_REMOTE_BASE) else "HEAD"

    def commit(self, ref: str) -> str:
        """Return the full commit id ``ref`` names; raise :class:`GitError` if none."""
        if ref.startswith("-") or not self._is_commit(ref):  # "-x" would be read as an option
            raise GitError(f"git ref {ref!r} does not exist (or is not a commit) in {self.root}")
        return self._git("rev-parse", "--verify", f"{ref}^{{commit}}").stdout.decode().strip()

    def read(self, commit: str, path: Path) -> bytes | None:
        """Return the content of ``path`` at ``commit``, or None if it does not exist there."""
        spec = f"{commit}:./{self.relative(path)}"
        if self._git("cat-file", "-e", spec, check=False).returncode != 0:
            return None
        return self._git("cat-file", "blob", spec).stdout

    def has_tree(self, commit: str, path: Path) -> bool:
        """Return whether the folder ``path`` exists at ``commit``."""
        result = self._git("cat-file", "-t", f"{commit}:./{self.relative(path)}", check=False)
        return result.returncode == 0 and result.stdout.strip() == b"tree"

    def extract(self, commit: str, path: Path, destination: Path) -> None:
        """Write the folder ``path`` as it is at ``commit`` into ``destination``."""
        archive = self._git("archive", "--format=tar", f"{commit}:./{self.relative(path)}")
        destination.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(destination, filter="data")

    def relative(self, path: Path) -> str:
        """Return ``path`` relative to the repository root, in git's notation."""
        if not path.is_absolute():
            return path.as_posix()
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            raise GitError(f"{path} is not inside the repository {self.root}") from None

    def _is_commit(self, ref: str) -> bool:
        result = self._git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
        return result.returncode == 0

    def _git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        try:
            result = subprocess.run(["git", *args], cwd=self.root, capture_output=True, check=False)
        except OSError as err:
            raise GitError(f"cannot run git: {err}") from err
        if check and result.returncode != 0:
            message = result.stderr.decode(errors="replace").strip().splitlines()
            raise GitError(f"git {args[0]} failed: {message[-1] if message else 'no message'}")
        return result

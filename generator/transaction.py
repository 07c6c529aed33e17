"""Change several files and folders together or not at all, even when the process is killed.

``make update`` adopts an upstream change in five places: the spec, the config (digest and
version), the changelog and the generated package. A run cut off between two of them (a
cancelled CI job, a killed process) must not leave a spec that its package does not match,
recorded as adopted. So before the first change, :func:`all_or_nothing` copies what is there
into ``.unfinished-update/<name>/`` and writes a journal listing it; the journal is removed
once the last change is made (that removal is the commit). A journal still there means a run
that did not finish: the next one puts everything it lists back (:func:`undo_unfinished`)
before doing anything else, and can then adopt the change again, from the start.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

FOLDER = ".unfinished-update"
"""Beside specs/ and generated/: one folder per transaction under way."""
JOURNAL = "journal.json"
KILL_AT = "GENERATOR_KILL_AT"
"""Test hook: the name of a :func:`checkpoint` at which the process kills itself (SIGKILL),
as a cancelled job would be; tests/generator/test_update_killed.py runs ``make update`` so."""


@contextmanager
def all_or_nothing(root: Path, name: str, paths: Sequence[Path]) -> Iterator[None]:
    """Run the block as one change of ``paths`` (files or folders under ``root``): if it
    raises, or the process dies in it, every path is put back as it was (or removed)."""
    undo_unfinished(root)
    transaction = root / FOLDER / name
    shutil.rmtree(transaction, ignore_errors=True)  # a copy begun by a run killed before
    transaction.mkdir(parents=True)
    entries = []
    for index, path in enumerate(paths):
        backup = transaction / str(index)
        if path.is_dir():
            shutil.copytree(path, backup, symlinks=True)
        elif path.is_file():
            shutil.copy2(path, backup)
        entries.append(
            {
                "path": path.resolve().relative_to(root.resolve()).as_posix(),
                "backup": backup.name if path.exists() else None,
            }
        )
    journal = transaction / JOURNAL
    journal.with_suffix(".tmp").write_text(json.dumps(entries, indent=1), encoding="utf-8")
    journal.with_suffix(".tmp").replace(journal)  # the transaction starts here
    checkpoint("started")
    try:
        yield
    except BaseException:
        _undo(root, transaction)
        raise
    checkpoint("finished")
    journal.unlink()  # the commit
    checkpoint("committed")
    shutil.rmtree(transaction, ignore_errors=True)


def unfinished(root: Path) -> list[str]:
    """Return the names of the transactions under ``root`` that a killed run left unfinished."""
    folder = root / FOLDER
    if not folder.is_dir():
        return []
    return sorted(entry.name for entry in folder.iterdir() if (entry / JOURNAL).is_file())


def undo_unfinished(root: Path) -> list[str]:
    """Put back everything the unfinished transactions under ``root`` had changed; return
    their names. What a killed run left without a journal (a copy not finished) is removed."""
    names = unfinished(root)
    for name in names:
        _undo(root, root / FOLDER / name)
    shutil.rmtree(root / FOLDER, ignore_errors=True)
    return names


def checkpoint(step: str) -> None:
    """Mark a step of a transaction: the process kills itself here when ``$GENERATOR_KILL_AT``
    names it (a test hook; nothing happens otherwise)."""
    if os.environ.get(KILL_AT) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def _undo(root: Path, transaction: Path) -> None:
    """Restore every path the journal lists. Each step can be repeated, so a run killed while
    undoing is undone again by the next one; the journal goes last."""
    journal = transaction / JOURNAL
    for entry in json.loads(journal.read_text(encoding="utf-8")):
        target = root / entry["path"]
        backup = None if entry["backup"] is None else transaction / entry["backup"]
        if backup is not None and backup.is_file():
            restoring = target.with_name(f".{target.name}.restoring")
            shutil.copy2(backup, restoring)
            restoring.replace(target)  # atomic: the old file or the restored one
            continue
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
        if backup is not None:
            shutil.copytree(backup, target, symlinks=True)
    journal.unlink()
    shutil.rmtree(transaction, ignore_errors=True)

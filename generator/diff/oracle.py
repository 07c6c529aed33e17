"""The verdict oracle: type-check a caller of the base package against the new package, and
hold the reported verdicts to what the type checker finds.

A caller synthesised from the base side's package (:mod:`caller`) uses its whole public API.
mypy (pinned, ``--strict`` less the checks that judge style rather than compatibility)
checks it against the new side's package. Then:

* every error must be explained by a change reported breaking in the package layer, at the
  object the erring code uses or at a type it names;
* every change reported breaking in the package layer must produce an error there, unless
  its rule is marked runtime-only (a default or a value: nothing a type checker sees);
* and, coarsely, the spec layer must agree: it reports a breaking change a type checker can
  see when, and only when, there are errors.

Many comparisons are checked in one mypy run: each gets its own caller module and imports
its new package under its own name.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from generator.diff.caller import Caller, Use
from generator.diff.rules import Change

# --strict, less the checks that are about style: returning a value typed Any, and a bare
# generic such as ``dict`` in the package's own annotations, are not incompatibilities.
MYPY_CONFIG = """\
[mypy]
strict = True
warn_return_any = False
disallow_any_generics = False
warn_unused_configs = False
follow_imports = silent
python_version = 3.11
"""
_ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")


@dataclass
class Comparison:
    """One comparison to check: a caller of the base package, where the new package is,
    and what the diff reported."""

    name: str
    """A unique Python identifier: the caller module's name."""
    caller: Caller
    package: Path
    """The new side's package folder (the one holding ``__init__.py``)."""
    alias: str
    """The name the caller imports the new package as."""
    api_changes: list[Change]
    spec_changes: list[Change] | None = None
    """The spec layer's changes, when they are the only difference between the packages
    (no template change): then its verdicts are held to the type checker too."""
    unchanged: bool = False
    """The new package's code is the base package's: a caller of one checks against the
    other as against itself, without error, so mypy need not run for it."""


@dataclass
class Verdicts:
    """What the oracle found for one comparison."""

    name: str
    errors: list[str] = field(default_factory=list)
    """Every type error in the caller, as ``line: message (object used)``."""
    unexplained: list[str] = field(default_factory=list)
    """Errors that no change reported breaking explains."""
    unconfirmed: list[Change] = field(default_factory=list)
    """Package changes reported breaking (not runtime-only) that caused no error."""
    spec_disagrees: str | None = None
    """Why the spec layer's verdict disagrees with the type checker, if it does."""

    @property
    def agrees(self) -> bool:
        """Return whether the reported verdicts are what the type checker found."""
        return not self.unexplained and not self.unconfirmed and self.spec_disagrees is None


class OracleError(Exception):
    """mypy could not be run, or failed in a way that is not a type error."""


def check(comparisons: list[Comparison], workdir: Path) -> list[Verdicts]:
    """Type-check every comparison's caller in one mypy run; return the verdicts, in order."""
    packages = workdir / "packages"
    callers = workdir / "callers"
    packages.mkdir(parents=True)
    callers.mkdir()
    checked = [c for c in comparisons if not c.unchanged]
    for comparison in checked:
        (packages / comparison.alias).symlink_to(comparison.package.resolve())
        (callers / f"{comparison.name}.py").write_text(comparison.caller.text, encoding="utf-8")
    config = workdir / "mypy.ini"
    config.write_text(MYPY_CONFIG + f"cache_dir = {workdir / 'mypy-cache'}\n", encoding="utf-8")
    files = [f"callers/{c.name}.py" for c in checked]
    errors = _run_mypy(config, packages, files, workdir) if files else {}
    return [_verdicts(c, errors.get(f"callers/{c.name}.py", [])) for c in comparisons]


def _run_mypy(
    config: Path, packages: Path, files: list[str], cwd: Path
) -> dict[str, list[tuple[int, str]]]:
    """Return the errors per file as ``(line, message)``."""
    environment = {**os.environ, "MYPYPATH": str(packages)}
    command = [sys.executable, "-m", "mypy", "--config-file", str(config), "--no-error-summary"]
    result = subprocess.run(
        [*command, "--hide-error-context", "--no-pretty", *files],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode not in (0, 1):  # 1: type errors found; anything else: mypy failed
        raise OracleError(f"mypy failed ({result.returncode}): {result.stderr.strip()}")
    found: dict[str, list[tuple[int, str]]] = {}
    for line in result.stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            found.setdefault(match["file"], []).append((int(match["line"]), match["message"]))
    return found


def _verdicts(comparison: Comparison, errors: list[tuple[int, str]]) -> Verdicts:
    """Return what the ``errors`` of one comparison's caller say about its verdicts."""
    verdicts = Verdicts(comparison.name)
    breaking = [c for c in comparison.api_changes if c.breaking]
    confirmed: set[int] = set()
    for line, message in errors:
        use = comparison.caller.use_at(line)
        element = use.element if use else "(no public object)"
        text = f"{line}: {message} ({element})"
        verdicts.errors.append(text)
        explaining = [i for i, c in enumerate(breaking) if use and _explains(c, use)]
        confirmed.update(explaining)
        if not explaining:
            verdicts.unexplained.append(text)
    # A type that is gone is Any to a type checker: what else changed in code that names
    # it shows no error of its own, but the code breaks on the removal.
    gone = [c for i, c in enumerate(breaking) if i in confirmed and c.rule.id.endswith("-removed")]
    verdicts.unconfirmed = [
        c
        for i, c in enumerate(breaking)
        if i not in confirmed
        and not c.rule.runtime_only
        and not any(_explains(removal, use) for removal in gone for use in _uses(c, comparison))
    ]
    if comparison.spec_changes is not None:
        verdicts.spec_disagrees = _spec_disagreement(comparison.spec_changes, bool(errors))
    return verdicts


def _uses(found: Change, comparison: Comparison) -> list[Use]:
    return [use for use in comparison.caller.uses if _explains(found, use)]


def _explains(found: Change, use: Use) -> bool:
    """Whether a package change is about the object ``use`` uses, or a type it names."""
    for obj in found.objects:
        path = obj.split("(", 1)[0]  # pkg.mod.f(limit): a parameter of pkg.mod.f
        if path == use.element or use.element.startswith(path + "."):
            return True
        if any(name == path or name.startswith(path + ".") for name in use.names):
            return True
        constructed = use.element.removesuffix(".__init__")
        if constructed != use.element and path.rpartition(".")[0] == constructed:
            return True  # a field of the class constructed
    return False


def _spec_disagreement(spec_changes: list[Change], errors: bool) -> str | None:
    seen = [c for c in spec_changes if c.breaking and not c.rule.runtime_only]
    if seen and not errors:
        rules = ", ".join(sorted({c.rule.id for c in seen}))
        return f"the spec layer reports breaking changes a type checker sees ({rules}), no error"
    if errors and not any(c.breaking for c in spec_changes):
        return "there are type errors, but the spec layer reports nothing breaking"
    return None

"""The errors the generator reports: what is wrong, in which file, and where in it."""

from __future__ import annotations

from pathlib import Path

from generator.paths import ROOT


class SpecError(Exception):
    """An API description that cannot be used: says which file, where in it, and what is wrong."""

    def __init__(
        self, source: Path, message: str, *, pointer: str | None = None, line: int | None = None
    ) -> None:
        self.source = source
        self.message = message
        self.pointer = pointer
        self.line = line
        self.problems: list[SpecError] = [self]
        """Every problem this error reports (more than itself when several were combined)."""
        super().__init__(str(self))

    def __str__(self) -> str:
        where = _display_path(self.source)
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer is not None:
            where += f" at {self.pointer}"
        return f"{where}: {self.message}"

    @classmethod
    def combine(cls, source: Path, problems: list[SpecError], *, total: int) -> SpecError:
        """Return one error reporting every problem of ``problems`` (``total`` found in all)."""
        if len(problems) == 1 and total == 1:
            return problems[0]
        more = f" (the first {len(problems)} shown)" if total > len(problems) else ""
        listed = "\n".join(f"  - {problem}" for problem in problems)
        combined = cls(source, f"{total} problems{more}:\n{listed}")
        combined.problems = problems
        return combined


class GenerationError(Exception):
    """openapi-python-client could not turn a valid spec into a complete package."""


def _display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)

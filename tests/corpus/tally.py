"""What the corpus run found, per spec, for the line each spec gets in pytest's summary."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SpecTally:
    """Counts for one corpus spec."""

    operations_called: int = 0
    passed: int = 0
    models: int | None = None
    mypy_errors: int | None = None
    generated: bool = True

    def line(self, name: str) -> str:
        models = "?" if self.models is None else str(self.models)
        mypy = "not run" if self.mypy_errors is None else str(self.mypy_errors)
        return (
            f"corpus {name}: {self.operations_called} operations called, {self.passed} passed, "
            f"{models} models, mypy errors: {mypy}"
            + ("" if self.generated else " (could not be generated)")
        )


TALLY: dict[str, SpecTally] = {}
"""By corpus spec name; filled as the corpus tests run."""


def tally(name: str) -> SpecTally:
    return TALLY.setdefault(name, SpecTally())

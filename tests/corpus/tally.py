"""What the corpus run found, per spec, for the line each spec gets in pytest's summary."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SpecTally:
    """Counts for one corpus spec."""

    operations_called: int = 0
    passed: int = 0
    operations: int | None = None
    """Operations in the spec."""
    operations_generated: int | None = None
    models: int | None = None
    mypy_errors: int | None = None
    overlay_actions: int = 0
    generated: bool = True

    def line(self, name: str) -> str:
        if not self.generated:
            return (
                f"corpus {name}: could not be generated (overlay actions: {self.overlay_actions})"
            )
        models = "?" if self.models is None else str(self.models)
        mypy = "not run" if self.mypy_errors is None else str(self.mypy_errors)
        called = (
            f"{self.operations_called} operations called, {self.passed} passed"
            if self.operations_called
            else "not called"
        )
        return (
            f"corpus {name}: {self.operations_generated}/{self.operations} operations generated, "
            f"{models} models, mypy errors: {mypy}, {called}, "
            f"overlay actions: {self.overlay_actions}"
        )


TALLY: dict[str, SpecTally] = {}
"""By corpus spec name; filled as the corpus tests run."""


def tally(name: str) -> SpecTally:
    return TALLY.setdefault(name, SpecTally())

# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The ``planship_stub`` pytest fixture, registered by this package's ``pytest11`` entry
point (``pytest -p no:planship_client`` turns it off). pytest loads this module when it
starts, so it imports nothing until a test asks for the fixture."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import PlanshipStub


@pytest.fixture
def planship_stub(request: pytest.FixtureRequest) -> Iterator[PlanshipStub]:
    """A ``PlanshipStub`` in front of every client of ``planship_client`` for the
    test. After a test that passed, a stubbed response nobody used fails it (set
    ``allow_unused = True`` on the stub to accept that); after one that failed, only its own
    failure is reported."""
    from .testing import PlanshipStub  # noqa: PLC0415 - see the module's docstring

    failed_before = request.session.testsfailed
    stub = PlanshipStub()
    stub.__enter__()
    try:
        yield stub
    finally:
        stub.close()
    if request.session.testsfailed == failed_before:
        stub.verify()

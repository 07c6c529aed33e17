# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The ``planetscale_stub`` pytest fixture, registered by this package's ``pytest11`` entry
point (``pytest -p no:planetscale_client`` turns it off). pytest loads this module when it
starts, so it imports nothing until a test asks for the fixture."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import PlanetScaleStub


@pytest.fixture
def planetscale_stub(request: pytest.FixtureRequest) -> Iterator[PlanetScaleStub]:
    """A ``PlanetScaleStub`` in front of every client of ``planetscale_client`` for the
    test. After a test that passed, a stubbed response nobody used fails it (set
    ``allow_unused = True`` on the stub to accept that); after one that failed, only its own
    failure is reported."""
    from .testing import PlanetScaleStub  # noqa: PLC0415 - see the module's docstring

    failed_before = request.session.testsfailed
    stub = PlanetScaleStub()
    stub.__enter__()
    try:
        yield stub
    finally:
        stub.close()
    if request.session.testsfailed == failed_before:
        stub.verify()

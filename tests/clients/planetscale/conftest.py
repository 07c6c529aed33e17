"""Fixtures for the PlanetScale client: a client on a fake base URL with zero-wait retries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx
from planetscale_client import PlanetScaleClient, RetryPolicy

BASE_URL = "https://api.planetscale.test/v1"


class SleepRecorder:
    """Stands in for time.sleep / asyncio.sleep: records the delays, never waits."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def client(sleeps: SleepRecorder) -> Iterator[PlanetScaleClient]:
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.asleep, random_fraction=lambda: 0.0)
    with PlanetScaleClient("tok-id", "tok-secret", base_url=BASE_URL, retry=policy) as client:
        yield client


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router

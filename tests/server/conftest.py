"""Fixtures for the sync server tests: a real SQLite file per test, the service, the cast, test devices."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from sync_server.service import SyncService
from sync_server.settings import Settings
from sync_server.storage import SQLiteStorage
from tests.server.support import FakeClock, TestDevice, add_cast, make_settings


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path, clock: FakeClock) -> Settings:
    return make_settings(str(tmp_path / "server.db"), clock)


@pytest.fixture
def store(settings: Settings) -> Iterator[SQLiteStorage]:
    s = SQLiteStorage(settings.db_path)
    yield s
    s.close()


@pytest.fixture
def service(settings: Settings, store: SQLiteStorage) -> SyncService:
    svc = SyncService(settings, store)
    add_cast(svc)
    return svc


@pytest.fixture
def device(service: SyncService, clock: FakeClock) -> Callable[..., TestDevice]:
    def make(username: str | None, **kw) -> TestDevice:
        return TestDevice(service, username, clock, **kw)
    return make

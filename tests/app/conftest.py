"""Fixtures for app-level tests: the real server in process (real SQLite file); ``async def`` tests run in asyncio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.harness import Server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = Server(tmp_path / "server.db")
    s.add_account("vera", ["volunteer"])
    s.add_account("lena", ["lotse"])
    yield s
    s.close()

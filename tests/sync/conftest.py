"""Fixtures for the sync tests: the real server in process (real SQLite file) and devices with real replicas.

``async def`` tests run with ``asyncio.run`` (a tiny hook instead of a plugin): each test gets a fresh event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sync.harness import Device, Server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = Server(tmp_path / "server.db")
    for username, roles in (("lena", ["lotse"]), ("lars", ["lotse"]), ("corinna", ["coordinator"]),
                            ("vera", ["volunteer"]), ("klaus", ["volunteer"])):
        s.add_account(username, roles)
    yield s
    s.close()


@pytest.fixture
def device(tmp_path: Path, server: Server) -> Iterator[Callable[..., Device]]:
    made: list[Device] = []

    def make(name: str, **kwargs: Any) -> Device:
        kwargs.setdefault("wall_ms", server.clock.wall_ms)  # one movable "now" for the server and every device
        d = Device(name, tmp_path / f"{name}.db", server, **kwargs)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()

from __future__ import annotations

import pytest

from app.store import Replica
from tests.store.store_helpers import ANNA, Wall


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def open_replica(tmp_path, wall):
    """Open replicas on real SQLite files in tmp_path; all are closed after the test."""
    opened: list[Replica] = []

    def _open(name: str = "replica.db", session: dict | None = ANNA, **kwargs) -> Replica:
        r = Replica.open(tmp_path / name, wall, **kwargs)
        if session is not None:
            r.set_session(session)
        opened.append(r)
        return r

    yield _open
    for r in opened:
        try:
            r.close()
        except Exception:
            pass


@pytest.fixture
def replica(open_replica) -> Replica:
    """A replica used by Anna (volunteer in Arnsberg)."""
    return open_replica()

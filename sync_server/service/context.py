"""What every write transaction of the service shares: the server clock, loaded from and saved to the storage."""

from __future__ import annotations

from datetime import UTC, datetime

from core.hlc import Clock
from sync_server.settings import Settings
from sync_server.storage.base import ReadTx, WriteTx

NODE_KEY = "node"
CLOCK_KEY = "clock"
GC_HORIZON_KEY = "gc_horizon"


def load_clock(tx: ReadTx, settings: Settings) -> Clock:
    node = tx.get_meta(NODE_KEY)
    if node is None:  # pragma: no cover - the service creates it when it starts
        raise RuntimeError("the server node id is missing (service not initialised)")
    return Clock(node, settings.now_ms, last=tx.get_meta(CLOCK_KEY), max_skew_ms=settings.max_skew_ms)


class WriteContext:
    """One write transaction with the server's hybrid logical clock (persisted in the same transaction)."""

    def __init__(self, tx: WriteTx, settings: Settings) -> None:
        self.tx = tx
        self.settings = settings
        self.now_ms = settings.now_ms()
        self.clock = load_clock(tx, settings)

    def save_clock(self) -> None:
        self.tx.set_meta(CLOCK_KEY, self.clock.last)


def iso_utc(ms: int) -> str:
    """A DATETIME field value (UTC, trailing Z) for a time in ms."""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
